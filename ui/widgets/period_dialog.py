"""A period asked before a printout of it (the alarm loan log, the report to the district
council): from and to, both required, the end not before the start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog


class PeriodDialog(FormDialog):
    """The period of a printout (default: the current month so far)."""

    # As wide as its two dates and its buttons: at a form's 520 px it stood half empty. Its
    # title still reads whole in the window's bar beside the bar's buttons, and a hint (a
    # sentence over the dates) is given a width to wrap in (__init__).
    minimum_width = 0
    HINT_WIDTH = 360
    TITLE_BAR_BUTTONS = 120

    def __init__(
        self,
        parent: QWidget | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        *,
        title: str | None = None,
        hint: str | None = None,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(title or _("Loan log"), parent, ok_text=ok_text or _("Show"))
        today = clock.today()
        if hint:
            label = QLabel(hint, self)
            label.setWordWrap(True)
            self.form.addRow(label)
        self.from_edit = OptionalDateEdit(self)
        self.from_edit.set_value(start or today.replace(day=1))
        self.add_row("start", _("From"), self.from_edit)
        self.to_edit = OptionalDateEdit(self)
        self.to_edit.set_value(end or today)
        self.add_row("end", _("To"), self.to_edit)
        title_room = self.fontMetrics().horizontalAdvance(self.windowTitle())
        self.minimum_width = max(
            title_room + self.TITLE_BAR_BUTTONS, self.HINT_WIDTH if hint else 0
        )
        self.setMinimumWidth(self.minimum_width)

    def edited(self) -> bool:
        """Two dates are nothing to lose: Esc or Cancel just closes it, as the follow-up's
        period dialog (asking "Close without saving?" before a printout was never saved)."""
        return False

    def save(self) -> None:
        start, end = self.from_edit.value(), self.to_edit.value()
        if start is None:
            raise ValidationError(_("Give the first day."), field="start")
        if end is None:
            raise ValidationError(_("Give the last day."), field="end")
        if end < start:
            raise ValidationError(_("The period cannot end before it starts."), field="end")

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.from_edit.value(), self.to_edit.value()
        assert start is not None and end is not None
        return start, end
