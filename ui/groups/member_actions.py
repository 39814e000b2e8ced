"""The chosen group's members: add one, change a role, take one out of the group (with the
last day, the actions handed over and an Undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from samverkan_desktop.services import group_leaving
from samverkan_desktop.services.group_rows import GroupDetail, MemberRow
from ui.context import AppContext
from ui.groups.detail import GroupDetailPane
from ui.groups.groups_page import GroupsPage
from ui.groups.leave_dialog import LeaveGroupDialog
from ui.groups.member_dialog import MemberDialog
from ui.groups.withdrawn import handed_over_text, withdrawn_text
from ui.widgets.operations import perform_undo, run_form


class MemberActions:
    """Answers the pane's requests. ``host``: the area, parent of the dialogs; ``tabs``: the
    pane's tabs (a member added is shown in the Medlemmar tab)."""

    def __init__(
        self,
        ctx: AppContext,
        host: QWidget,
        page: GroupsPage,
        detail: GroupDetailPane,
        tabs: QTabWidget,
        current: Callable[[], GroupDetail | None],
    ) -> None:
        self.ctx = ctx
        self.host = host
        self.page = page
        self.detail = detail
        self.tabs = tabs
        self.current = current
        detail.add_member_requested.connect(self.add_member)
        detail.change_role_requested.connect(self.change_role)
        detail.remove_member_requested.connect(self.remove_member)

    def add_member(self) -> None:
        group = self.current()
        if group is None:
            return
        self.tabs.setCurrentWidget(self.detail.members_page)  # the new member shown in the list
        dialog = MemberDialog(self.ctx, group, parent=self.host)
        if run_form(dialog, self.ctx, "groups"):
            added = self.current()
            if added is not None and dialog.added_person_id is not None:
                self.detail.members.select_id(
                    next(
                        (m.id for m in added.members if m.person_id == dialog.added_person_id),
                        None,
                    )
                )

    def change_role(self, member: MemberRow) -> None:
        group = self.current()
        if group is not None:
            run_form(MemberDialog(self.ctx, group, member, self.host), self.ctx, "groups")

    def remove_member(self, member: MemberRow) -> None:
        group = self.current()
        if group is None:
            return
        actions = self.ctx.call(group_leaving.open_actions, member.person_id, group.id)
        # The confirmation asks for the last day, and what becomes of open actions if any.
        dialog = LeaveGroupDialog(self.ctx, group, member, actions, self.host)
        if not run_form(dialog, self.ctx, ("groups", "meetings", "actions")):
            return
        left = dialog.left
        assert left is not None  # saved
        text = (
            group_leaving.removed_text(member.name, group.name, left)
            + handed_over_text(left, group)
            + withdrawn_text(left)
        )
        # Undo puts back the role, the invitations withdrawn and the actions handed over.
        self.page.notify(
            text,
            undo=lambda: perform_undo(
                self.host,
                self.ctx,
                ("groups", "meetings", "actions"),
                group_leaving.come_back,
                left,
            ),
        )
