"""How long something runs: "Tills vidare" or "t.o.m." a date (a group's term, an agreement's
validity). The date is asked for only when "Until" is chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.term_suggestion import suggested_term_end
from ui.widgets.fields import OptionalDateEdit


class TermRow(QWidget):
    def __init__(
        self, parent: QWidget | None = None, suggest: Callable[[], dt.date | None] | None = None
    ) -> None:
        """``suggest``: the start the term's end is suggested from when "Until" is chosen with
        no date given (a year on: ``term_suggestion``)."""
        super().__init__(parent)
        self._suggest = suggest
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.standing_radio = QRadioButton(_("Standing (tills vidare)"), self)
        self.until_radio = QRadioButton(_("Until"), self)
        self.until_edit = OptionalDateEdit(self)
        choice = QButtonGroup(self)
        choice.addButton(self.standing_radio)
        choice.addButton(self.until_radio)
        self.standing_radio.setChecked(True)
        self.until_edit.setEnabled(False)
        self.until_radio.toggled.connect(self._until_toggled)
        layout.addWidget(self.standing_radio)
        layout.addSpacing(12)
        layout.addWidget(self.until_radio)
        layout.addWidget(self.until_edit, 1)
        self.setFocusProxy(self.until_edit)

    def _until_toggled(self, on: bool) -> None:
        self.until_edit.setEnabled(on)
        if on and self.until_edit.value_or_none() is None and not self.until_edit.refusal():
            start = self._suggest() if self._suggest else None
            self.until_edit.set_value(suggested_term_end(start or clock.today()))

    def set_until(self, until: dt.date | None) -> None:
        if until is None:
            self.standing_radio.setChecked(True)
        else:
            self.until_radio.setChecked(True)
            self.until_edit.set_value(until)

    def is_standing(self) -> bool:
        return self.standing_radio.isChecked()

    def until(self) -> dt.date | None:
        """The date chosen (None while standing); a date typed wrong raises as the edit does."""
        return None if self.is_standing() else self.until_edit.value()
