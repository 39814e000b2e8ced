"""What is done to the chosen action from Åtgärder: its status, a note, an edit, a new action,
its history, each with Undo in the notice (moved from ui.actions.area)."""

from __future__ import annotations

from typing import Any

from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource, ActionStatus
from samverkan_desktop.services import actions
from samverkan_desktop.services.action_rows import ActionRow
from ui.actions.action_dialog import ActionDialog
from ui.actions.detail import ActionDetailPane
from ui.actions.edit_undo import edit_with_undo, offer_undo_of_new
from ui.actions.status_change import set_status
from ui.actions.table import ActionsTable
from ui.widgets.area import Area
from ui.widgets.history import show_history
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform, perform_undo

SOURCE_KEYS = {
    ActionSource.MEETING: "meetings",
    ActionSource.WALK_OBSERVATION: "walks",
    ActionSource.EXERCISE_LESSON: "crisis",
    ActionSource.FIRE_INSPECTION: "crisis",
}


class ActionChanges(Area):
    """ActionsArea's changes to the chosen action (shown in its detail pane)."""

    table: ActionsTable
    detail: ActionDetailPane
    notice: NoticeBar
    _touched: set[int]  # changed here: patch the index instead of rebuilding

    def current_action(self) -> ActionRow | None:
        return self.detail.action

    def _changed(self, action: ActionRow) -> tuple[str, ...]:
        """Remember what changed here and say who else shows it."""
        self._touched.add(action.id)
        source = SOURCE_KEYS.get(action.source_type)
        return ("actions", "overview", source) if source else ("actions", "overview")

    def change_status(self, action: ActionRow, status: ActionStatus) -> None:
        keys = self._changed(action)
        saved: list[int] = []

        def change(session: Any) -> None:
            # The version shown: refused if another desk changed the action meanwhile.
            saved.append(set_status(session, action, status))

        if not perform(self, self.ctx, keys, change):
            self.detail.show_action(self.current_action())  # the combo shows the old status
            return
        self.notify(
            _status_text(action.title, status),
            undo=lambda: self._restore_status(action, saved[0]),
        )

    def _restore_status(self, action: ActionRow, version: int) -> None:
        keys = self._changed(action)
        perform_undo(
            self,
            self.ctx,
            keys,
            lambda session: actions.set_action_status(
                session, action.id, action.status, action.closed_on, expected_version=version
            ),
        )
        self.table.select_id(action.id)

    def mark_done(self) -> None:
        action = self.current_action()
        if action is not None and action.status is not ActionStatus.DONE:
            self.change_status(action, ActionStatus.DONE)

    def add_note(self, action: ActionRow, text: str) -> None:
        keys = self._changed(action)
        note_id: list[int] = []

        def add(session: Any) -> None:
            note_id.append(actions.add_action_note(session, action.id, text))

        if perform(self, self.ctx, keys, add):
            self.detail.drafts.forget(action.id)  # (the pane may show another action by now)
            self.notify(
                _("Note added to “{title}”.").format(title=action.title),
                undo=lambda: perform_undo(
                    self, self.ctx, self._changed(action), actions.delete_action_note, note_id[0]
                ),
            )

    def edit_current(self) -> None:
        action = self.current_action()
        if action is not None:
            self.edit(action)

    def edit(self, action: ActionRow) -> None:
        edit_with_undo(self, self.ctx, action, self._changed(action), self.notice)

    def create_action(self) -> None:
        dialog = ActionDialog(self.ctx, parent=self)
        if not dialog.exec() or dialog.saved_id is None:
            return
        self._touched.add(dialog.saved_id)
        self.ctx.bus.announce("actions", "overview")
        self.show_record(dialog.saved_id)
        offer_undo_of_new(self, self.ctx, dialog.saved_id, ("actions", "overview"), self.notice)

    def show_history(self) -> None:
        """The audit trail of the selected action: who changed what, and when."""
        action = self.current_action()
        if action is not None:
            show_history(self, self.ctx, "actions", action.id, action.title)

    def notify(self, text: str, undo: Any = None) -> None:
        self.notice.show_message(text, undo)


def _status_text(title: str, status: ActionStatus) -> str:
    """A done action in the words of "Markera klar" and of the command line ("… är markerad
    som klar"); it read "har nu status klar"."""
    if status is ActionStatus.DONE:
        return _("“{title}” is marked done.").format(title=title)
    return _("“{title}” is now {status}.").format(title=title, status=_(status.label).lower())
