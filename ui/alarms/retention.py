"""The question before a shorter retention period of alarm loans is saved: the window takes
the borrowers out of the loans past it at the next start, which cannot be undone, so it asks as
"Pseudonymise old loans…" does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import setting_losses
from ui.context import AppContext
from ui.widgets.dialogs import confirm


def confirm_shorter_retention(parent: QWidget, ctx: AppContext, months: int) -> bool:
    """Whether a retention period of ``months`` may be saved: asked only when it takes the
    borrowers out of some loan (the safe answer is the default)."""
    lost = ctx.call(setting_losses.shorter_retention, months)
    if lost is None:
        return True
    return confirm(parent, _("Shorten the retention period"), lost, _("Save and remove borrowers"))
