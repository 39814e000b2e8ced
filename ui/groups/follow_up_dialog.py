"""Groups → Print → Follow-up…: which follow-up (T1, T2 or VB, and the year) to preview, and
what it holds (the annual report more than a tertial's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.i18n import _
from ui.widgets.dialogs import button_box
from ui.widgets.fields import EnumCombo
from ui.widgets.number_field import NumberField
from ui.widgets.number_row import NumberRow

YEARS_BACK = 10  # follow-ups of older years are not asked for; the CLI still prints them


class FollowUpDialog(QDialog):
    """Nothing typed to lose: Esc or Cancel just closes it."""

    def __init__(
        self,
        today: dt.date,
        opens_on: tuple[FollowUpPeriod, int],  # follow_up_periods.period_to_follow_up
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Follow-up"))
        period, year = opens_on
        layout = QFormLayout(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addRow(self.hint)
        self.period_combo = EnumCombo(FollowUpPeriod, parent=self)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._say_what_it_holds())
        self.period_combo.set_value(period)
        self._say_what_it_holds()
        layout.addRow(_("Period"), self.period_combo)
        self.year_spin = NumberField(self)
        self.year_spin.setRange(today.year - YEARS_BACK, today.year + 1)
        self.year_spin.setValue(year)
        self.year_row = NumberRow(self.year_spin, self)
        layout.addRow(_("Year"), self.year_row)
        buttons = button_box(_("Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if not self.year_row.refused():  # else another year's follow-up than the one typed
            super().accept()

    def _say_what_it_holds(self) -> None:
        text = _(
            "The groups followed up at the period: their meetings, decisions, actions and, "
            "for a place collaboration, the safety walks at its places."
        )
        if self.period_combo.value() is FollowUpPeriod.VB:
            text += "\n" + _(
                "The annual report adds what the groups wrote at T1 and T2, and ends with the "
                "year's crisis preparedness: crisis plans, exercises held and lessons still open."
            )
        self.hint.setText(text)

    def choice(self) -> tuple[FollowUpPeriod, int]:
        return self.period_combo.value(), self.year_spin.value()
