"""Edit an action in Åtgärder's form and offer "Ångra" in a notice: the same step from Åtgärder
and from a walk's actions (a walk's "Ändra…" had no undo); a new action is offered "Ångra" the
same way (``offer_undo_of_new``: the action deleted). The undo puts the action back as it
was, without the notes the save wrote (a postponement's "Nytt klart senast …"), and is refused
naming what another desk changed since (action_undo)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import action_reading, action_undo
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import input_of
from ui.actions.action_dialog import ActionDialog
from ui.context import AppContext
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform_undo, run_form


def edit_with_undo(
    parent: QWidget,
    ctx: AppContext,
    action: ActionRow,
    changes: tuple[str, ...],
    notice: NoticeBar,
) -> bool:
    """Open the form on ``action`` (as saved now); saved, the notice offers Undo. True when
    saved; ``changes``: the areas that show the action."""
    dialog = ActionDialog(ctx, action, parent)
    if not run_form(dialog, ctx, changes):
        return False
    # Refused by the version this desk saved, should another desk save before the read below.
    before = input_of(action, dialog.saved_version)
    known = {note.id for note in action.notes}
    saved = ctx.call(action_reading.get_action, action.id)
    added = [note.id for note in saved.notes if note.id not in known]

    def undo() -> None:
        perform_undo(parent, ctx, changes, action_undo.undo_edit, action.id, before, saved, added)

    notice.show_message(_("“{title}” was saved.").format(title=saved.title), undo)
    return True


def offer_undo_of_new(
    parent: QWidget, ctx: AppContext, action_id: int, changes: tuple[str, ...], notice: NoticeBar
) -> None:
    """After a new action is saved (and announced): the notice offers Undo, which deletes it,
    refused naming what another desk changed or noted since (action_undo.undo_create)."""
    saved = ctx.call(action_reading.get_action, action_id)

    def undo() -> None:
        perform_undo(parent, ctx, changes, action_undo.undo_create, action_id, saved)

    notice.show_message(_("The action “{title}” was added.").format(title=saved.title), undo)
