"""Trygghetsvandringar → 'Årets vandringsplan…': the year asked first, then the preview of the
year's prioritised places and what came of them (the report to the council names them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from samverkan_desktop.i18n import _
from ui.context import AppContext
from ui.widgets.dialogs import button_box
from ui.widgets.number_field import NumberField
from ui.widgets.number_row import NumberRow
from ui.widgets.pdf_preview import preview_in_background


class WalkPlanDialog(QDialog):
    """Nothing typed to lose: Esc or Cancel just closes it."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Walk plan"))
        layout = QFormLayout(self)
        hint = QLabel(
            _(
                "The places prioritised for the year in rank order, with the walks made or "
                "planned there, and the year's walks at other places."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addRow(hint)
        self.year = NumberField(self)
        self.year.setRange(2000, 2100)  # the years a place can be prioritised
        self.year.setValue(year)
        self.year_row = NumberRow(self.year, self)
        layout.addRow(_("Year"), self.year_row)
        buttons = button_box(_("Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if not self.year_row.refused():  # else another year's plan than the one typed
            super().accept()


def print_walk_plan(parent: QWidget, ctx: AppContext, year: int) -> WalkPlanDialog:
    """Ask for the year (``year`` chosen), then preview that year's plan."""
    dialog = WalkPlanDialog(year, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        from samverkan_desktop.reports import walk_plan

        year = dialog.year.value()
        preview_in_background(
            parent,
            walk_plan.title_of(year),
            _("Walk plan {year}.pdf").format(year=year),
            lambda: ctx.call(walk_plan.build, year),
        )

    dialog.accepted.connect(chosen)
    dialog.open()  # window-modal without a nested event loop
    return dialog
