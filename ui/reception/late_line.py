"""One line above the tiles naming the units overdue and who has them, in the overdue red:
on a small screen the tiles of the last row lie below the fold, and the tile area does not
scroll from the keyboard, so a late unit there went unseen. A home loan is "home loan", as on
its tile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms.common import OVERDUE_PALETTE
from ui.reception.loan_texts import shown_borrower


def late_text(rows: list[UnitRow]) -> str:
    late = [
        _("{code} {name} (since {time})").format(
            code=row.code,
            name=shown_borrower(row),
            time=display_datetime(row.due_at),
        )
        for row in rows
        if row.overdue
    ]
    return _("Overdue units: {units}").format(units=" · ".join(late)) if late else ""


class LateLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lateLine")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#lateLine {{ color: {OVERDUE_PALETTE.text.name()}; font-size: 17px;"
            " font-weight: 600; }"
        )
        self.hide()

    def set_units(self, rows: list[UnitRow]) -> None:
        text = late_text(rows)
        self.setText(text)
        self.setVisible(bool(text))
