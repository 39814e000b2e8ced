"""Groups: the collaboration structure (steering, preparation and working groups, councils,
place collaborations, networks) with their members picked from the contacts register.

The area puts together the list (groups_page), the chosen group's tabs (detail, follow_up_tab),
the tool bar's actions (group_actions), the "Print" menu (print_menu) and the members' actions
(member_actions)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.overview_items import AGREEMENTS
from samverkan_desktop.services import group_end, groups, meeting_rules
from samverkan_desktop.services.group_rows import GroupDetail, GroupRow
from ui.context import AppContext
from ui.groups.detail import GroupDetailPane
from ui.groups.follow_up_tab import FollowUpTab
from ui.groups.group_actions import GroupActions
from ui.groups.groups_page import GroupsPage
from ui.groups.member_actions import MemberActions
from ui.groups.next_meetings import NextMeetings
from ui.groups.print_menu import GroupsPrintMenu
from ui.widgets.area import Area
from ui.widgets.closing import close_after_refusal

# The list's and the pane's shares of the width, one divider for every tab of the pane: the facts
# want half (in a third a long meeting rule put "Nästa möten" below the pane's foot at 1280x800),
# and the members' table fits its four columns within it. A divider per tab made the list jump
# at each switch (at 1024 px its Möts column went and its filters took two rows).
PANE_SHARE = (1, 1)


class GroupsArea(Area):
    key = "groups"
    depends_on = frozenset({"contacts", "meetings"})  # members' names; the meeting rule

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = GroupsPage(ctx, self)
        self.detail = GroupDetailPane(self.page)
        # The next meetings, each opening in the calendar's meeting editor.
        self.next_meetings = NextMeetings(ctx, self.detail)
        self.detail.add_next_meetings(self.next_meetings)
        # The group's details, and beside them in a tab the follow-up it writes for a period.
        self.follow_up_tab = FollowUpTab(ctx, self.page)
        self.tabs = QTabWidget(self.page)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.detail, _("Details"))
        self.tabs.addTab(self.detail.members_page, _("Members"))
        self.tabs.addTab(self.follow_up_tab, _("Follow-up"))
        self.addAction(self.detail.add_member_action)  # Ctrl+M on either tab
        self.page.set_detail(self.tabs, PANE_SHARE)
        # The divider where the user left it, on every tab, also after a restart.
        fit = self.page.detail_fit
        assert fit is not None
        fit.remember(ctx.settings, "groups/divider")
        self.group_actions = GroupActions(ctx, self, self.page, self.current_group)
        self.printing = GroupsPrintMenu(ctx, self, self.page, self.current_group)
        # The agreement with the police the groups work under: found here, not only through a
        # group's form or details (an empty district had no way to it in sight).
        self.agreements_action = self.page.add_action(
            _("Agreements…"), lambda: self.show_agreements(), "Ctrl+Shift+O"
        )
        self.page.current_changed.connect(self._show_detail)
        self.member_actions = MemberActions(
            ctx, self, self.page, self.detail, self.tabs, self.current_group
        )
        self.detail.agreement_requested.connect(lambda: self.show_agreements())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        areas = self.ctx.call(groups.list_priority_areas)
        self.page.area_filter.set_items([(a.id, a.name) for a in areas])
        self.page.reload()

    def show_record(self, record_id: int) -> None:
        """A group; a negative id is an agreement (services.agreements.agreement_record, the
        Overview's reminder of its revision): the agreements, with it chosen."""
        if record_id < 0:
            self.show_agreements(-record_id)
        else:
            self.page.show_id(record_id)

    def main_printout(self) -> QAction:
        return self.printing.members_action

    def main_printout_hint(self) -> str:
        return _("Choose a group to print its member list.")

    def show_subset(self, subset: str) -> None:
        """The "Get started" card's step: the agreements, to register the first one."""
        if subset == AGREEMENTS:
            self.show_agreements()

    def window_closing(self, shown: bool) -> bool:
        """The follow-up typed and not saved is saved, in whichever group and period. A refusal
        shows that group's follow-up, with the text, and asks whether to close all the same."""
        unsaved = self.follow_up_tab.store_drafts()
        if unsaved is None:
            return True
        group_id, period, year = unsaved.key
        self.page.show_id(group_id)
        self.follow_up_tab.show_period(period, year)
        self.tabs.setCurrentWidget(self.follow_up_tab)
        if not shown:
            self.ctx.navigator.go(self.key)  # the text in view behind the question
        return close_after_refusal(
            self,
            unsaved.question,
            unsaved.refusal,
            _("someone else changed the follow-up while you were typing."),
        )

    # --- the selected group ------------------------------------------------------------------

    def current_group(self) -> GroupDetail | None:
        return self.detail.group

    def _show_detail(self, row: GroupRow | None) -> None:
        group = None
        if row is not None:
            try:
                group = self.ctx.call(groups.get_group, row.id)
            except DomainError:
                group = None  # deleted meanwhile: the next refresh drops it from the list
        self.detail.show_group(group)
        self.follow_up_tab.show_group(group)
        # No group: the narrow strip beside the list says to pick one; its tabs would be cut
        # ("Detaljer | Uppf◂▸") and lead nowhere.
        self.tabs.tabBar().setVisible(group is not None)
        # Nor a Tab stop: Tab went to the hidden tab bar, which took no focus, and stayed put.
        self.tabs.setFocusPolicy(
            Qt.FocusPolicy.TabFocus if group is not None else Qt.FocusPolicy.NoFocus
        )
        if group is None and self.tabs.currentWidget() is self.detail.members_page:
            self.tabs.setCurrentWidget(self.detail)  # the strip's hint, not an empty table
        rule = self.ctx.call(meeting_rules.get_rule, group.id) if group is not None else None
        self.next_meetings.show_group(group.id if group else None, has_rule=rule is not None)
        if group is not None:
            self.detail.show_rule(rule, self.next_meetings.shared_place)
        self.tabs.setTabText(
            self.tabs.indexOf(self.detail.members_page), self.detail.members_title()
        )
        # Also for an end set for a later day: to end it sooner or move the day.
        self.group_actions.end_action.setEnabled(
            group is not None and group_end.can_end(group, clock.today())
        )

    def show_agreements(self, select_id: int | None = None) -> None:
        from ui.groups.agreements_dialog import AgreementsDialog  # seldom opened: not at start

        AgreementsDialog(self.ctx, self, select_id).exec()
        self.refresh()  # a group's agreement may have gone, or got a new title
