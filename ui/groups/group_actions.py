"""The tool bar's actions on the chosen group: new, edit, meeting rule, end and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import InUseError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import (
    agenda,
    follow_up_texts,
    group_edit_undo,
    group_editing,
    group_end,
    group_restore,
    groups,
)
from samverkan_desktop.services.group_rows import GroupDetail
from samverkan_desktop.services.group_standing import Standing
from ui.context import AppContext
from ui.groups.end_dialog import EndGroupDialog
from ui.groups.group_dialog import GroupDialog
from ui.groups.groups_page import GroupsPage
from ui.groups.rule_editing import edit_rule, plan_new_group
from ui.widgets.dialogs import confirm
from ui.widgets.operations import perform_confirmed, perform_undo, run_form

if TYPE_CHECKING:  # the type only: the ORM is not imported on the window's start path here
    from sqlalchemy.orm import Session


class GroupActions:
    """``host``: the area, parent of the dialogs; ``current``: the group shown beside the list."""

    def __init__(
        self,
        ctx: AppContext,
        host: QWidget,
        page: GroupsPage,
        current: Callable[[], GroupDetail | None],
    ) -> None:
        self.ctx = ctx
        self.host = host
        self.page = page
        self.current = current
        self.new_action = page.add_action(_("New group…"), self.new_group, "Ctrl+N")
        page.set_empty_hint(_("No groups yet. {action} adds the first one."), self.new_action)
        self.edit_action = page.add_action(_("Edit…"), self.edit_group, needs_selection=True)
        self.rule_action = page.add_action(
            _("Meeting rule…"), self.edit_rule, "Ctrl+R", needs_selection=True
        )
        self.end_action = page.add_action(_("End group…"), self.end_group, needs_selection=True)
        self.delete_action = page.add_action(
            _("Delete…"), self.delete_group, QKeySequence.StandardKey.Delete, needs_selection=True
        )
        page.activated.connect(lambda _row: self.edit_group())

    def new_group(self) -> None:
        dialog = GroupDialog(self.ctx, parent=self.host)
        if run_form(dialog, self.ctx, "groups") and dialog.saved_id is not None:
            self.page.show_id(dialog.saved_id)
            # "Möts" written as a rule: its first meetings are planned from it now (the rule
            # dialog opens with it, to save or cancel); before, nothing was planned and the
            # "Meeting rule" button was left to be found.
            planned = plan_new_group(self.ctx, self.host, dialog.saved_id)
            if planned is not None:
                self.page.notify(planned)

    def edit_group(self) -> None:
        group = self.current()
        if group is None:
            return
        dialog = GroupDialog(self.ctx, group, self.host)
        if not run_form(dialog, self.ctx, "groups") or dialog.before_save is None:
            return
        # Undo puts the fields back as they were, as ending the group and removing a member
        # are undone, if the group is still as this desk saved it.
        before = dialog.before_save
        saved = self.ctx.call(groups.get_group, before.id)
        self.page.notify(
            _("“{title}” was saved.").format(title=saved.name),
            undo=lambda: perform_undo(
                self.host,
                self.ctx,
                ("groups", "meetings"),
                group_edit_undo.undo_edit,
                before,
                saved.version,
            ),
        )

    def end_group(self) -> None:
        group = self.current()
        if group is None:
            return
        dialog = EndGroupDialog(self.ctx, group, self.host)
        if not run_form(dialog, self.ctx, "groups"):
            return
        ended = self.current()
        # Undo puts the group back as the dialog ended it (another desk's, when it loaded
        # theirs), if it is still as this desk left it: its end day too, when the dialog moved
        # an end set for a later day (the form's fields alone kept the new day).
        group = dialog.group
        saved_version = dialog.saved_version
        assert saved_version is not None
        # An end set for a later day: the group still works until then, as the list reads it.
        ahead = ended is not None and ended.standing(clock.today()).standing is not Standing.ENDED
        before = group_end.end_ahead(group, clock.today())  # the later day it was set to end on
        # The day as saved; the dialog's, where the list no longer shows the group.
        end_day = ended.ended_on if ended is not None else dialog.date_edit.value()
        text = ""
        if end_day is not None:
            subject = _("“{name}”").format(name=group.name)
            text = group_end.end_said(subject, end_day, ahead, before)
            text += self._kept_after(group.id, end_day)
        self.page.notify(
            text,
            undo=lambda: perform_undo(
                self.host,
                self.ctx,
                ("groups", "meetings"),
                group_edit_undo.undo_end,
                group,
                saved_version,
            ),
        )

    def _kept_after(self, group_id: int, ended_on: dt.date) -> str:
        """ " 1 planned meeting after it is kept: 2026-12-07.": those holding the user's work
        stay in the calendar (group_end.planned_after); said, so none is believed gone."""
        kept = self.ctx.call(group_end.planned_after, group_id, ended_on)
        if not kept:
            return ""
        return " " + ngettext(
            "{count} planned meeting after it is kept (an agenda of its own, or added or "
            "changed by hand): {days}.",
            "{count} planned meetings after it are kept (an agenda of their own, or added or "
            "changed by hand): {days}.",
            len(kept),
        ).format(count=len(kept), days=", ".join(day.isoformat() for _id, day in kept))

    def delete_group(self) -> None:
        group = self.current()
        if group is None:
            return
        try:
            self.ctx.call(agenda.check_group_deletable, group.id)
        except InUseError as history:
            # A group with minutes is history: offer what the coordinator can do instead.
            if confirm(
                self.host,
                _("Delete group"),
                history.message + "\n\n" + _("End the group now?"),
                _("End group…"),
                destructive=False,
            ):
                self.end_group()
            return
        undoable = self.ctx.call(group_restore.deletion_undoable, group.id)
        question = (_("Delete group"), self._deletion_text(group, undoable), _("Delete group"))
        taken: list[group_restore.DeletedGroup | None] = []

        def delete(session: Session, group_id: int) -> None:
            taken.append(group_editing.delete_group(session, group_id))

        if not perform_confirmed(self.host, self.ctx, "groups", question, delete, group.id):
            return
        text = _("“{name}” was deleted.").format(name=group.name)
        deleted = taken[0]
        if deleted is None:  # it held meetings: the question said it cannot be undone
            self.page.notify(text)
            return
        self.page.notify(text, undo=lambda: self._undo_delete(deleted))

    def _undo_delete(self, deleted: group_restore.DeletedGroup) -> None:
        """The group back as it was, chosen in the list again."""
        restored: list[int] = []

        def restore(session: Session) -> None:
            restored.append(group_restore.restore(session, deleted))

        if perform_undo(self.host, self.ctx, ("groups", "meetings"), restore):
            self.page.show_id(restored[0])

    def _deletion_text(self, group: GroupDetail, undoable: bool) -> str:
        """The question, with what goes with the group and what stays."""
        message = (
            _("Delete the group “{name}”?")
            if undoable  # Ångra under the list puts it back
            else _("Delete the group “{name}”? This cannot be undone.")
        ).format(name=group.name)
        if group.members:
            message += "\n\n" + ngettext(
                "Its {count} member stays in the contacts register.",
                "Its {count} members stay in the contacts register.",
                len(group.members),
            ).format(count=len(group.members))
        meetings = self.ctx.call(groups.meeting_count, group.id)
        if meetings:
            message += "\n\n" + ngettext(
                "Its {count} meeting in the calendar is deleted too.",
                "Its {count} meetings in the calendar are deleted too.",
                meetings,
            ).format(count=meetings)
        written = self.ctx.call(follow_up_texts.written_count, group.id)
        if written:
            message += "\n\n" + ngettext(
                "Its follow-up written for {count} period is deleted too.",
                "Its follow-up written for {count} periods is deleted too.",
                written,
            ).format(count=written)
        return message + "\n\n" + _("To keep its history, end the group instead.")

    def edit_rule(self) -> None:
        group = self.current()
        if group is None:
            return
        saved = edit_rule(self.ctx, self.host, group.id, group.name, group.meeting_frequency)
        if saved is not None:
            self.page.notify(saved)
