"""Cancel a planned safety walk, asking why (optional): the reason stays with the walk, shown in
the list, its header and the calendar (the meeting's cancel form, ui.widgets.cancel_dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import walk_steps
from ui.context import AppContext
from ui.widgets.cancel_dialog import CancelWithReasonDialog


class CancelWalkDialog(CancelWithReasonDialog):
    def __init__(
        self, ctx: AppContext, walk_id: int, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx,
            (_("Cancel the walk"), _("Cancel the walk"), _("Keep the walk")),
            _("Safety walk"),
            label,
            _("Why (optional; shown with the walk and in the calendar)"),
            parent,
        )
        self.walk_id = walk_id

    def save(self) -> None:
        self.ctx.call(walk_steps.cancel_walk, self.walk_id, self.reason())
