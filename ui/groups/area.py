"""Groups: the collaboration structure (steering, preparation and working groups, councils,
place collaborations, networks) with their members picked from the contacts register."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, InUseError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.overview_items import AGREEMENTS
from samverkan_desktop.services import (
    agenda,
    follow_up_texts,
    group_editing,
    group_leaving,
    groups,
    meeting_rules,
)
from samverkan_desktop.services.group_rows import GroupDetail, GroupRow, MemberRow
from samverkan_desktop.services.group_standing import Standing
from ui.context import AppContext
from ui.groups.detail import GroupDetailPane, rule_paragraph
from ui.groups.end_dialog import EndGroupDialog
from ui.groups.follow_up_tab import FollowUpTab
from ui.groups.group_dialog import GroupDialog
from ui.groups.leave_dialog import LeaveGroupDialog
from ui.groups.member_dialog import MemberDialog
from ui.groups.models import group_columns
from ui.groups.next_meetings import NextMeetings
from ui.groups.rule_editing import edit_rule, plan_new_group
from ui.groups.withdrawn import handed_over_text, withdrawn_text
from ui.meetings.export import file_stem
from ui.widgets.area import Area
from ui.widgets.closing import close_after_refusal
from ui.widgets.dialogs import confirm
from ui.widgets.fields import EnumCombo
from ui.widgets.list_page import ListPage, filter_whole
from ui.widgets.operations import perform_confirmed, perform_undo, run_form
from ui.widgets.pdf_preview import preview_as_of, preview_in_background, preview_when_chosen
from ui.widgets.record_combo import RecordCombo


class GroupsPage(ListPage[GroupRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(group_columns(), _("Search name, purpose or meeting frequency …"), parent)
        self.ctx = ctx
        alls = (_("All types"), _("All priority areas"), _("All statuses"))
        self.type_filter = EnumCombo(GroupType, alls[0], self)
        self.area_filter = RecordCombo(alls[1], self, editable=False)
        # As the status column reads: a group whose term ran out is not among the active.
        self.status_filter = EnumCombo(Standing, alls[2], self)
        for combo, all_text in zip(
            (self.type_filter, self.area_filter, self.status_filter), alls, strict=True
        ):
            filter_whole(combo, all_text)
            self.add_filter(combo)
        # The search alone on its row, the filters on theirs, the actions above both and the
        # group's tabs: beside the Medlemmar tab at 1100 px one row cut the search to "Sök …"
        # and the filters' names, and hid "Överenskommelser…" and "Historik" under ».
        # Each filter as wide as its "all" text, the last onto a second line where the list
        # is narrow (beside the members at 1024 px).
        self.filters_wrapping([self.type_filter, self.area_filter, self.status_filter])
        self.toolbar_across()

    def load_rows(self) -> list[GroupRow]:
        return self.ctx.call(
            groups.list_groups,
            self.search_text(),
            type=self.type_filter.value(),
            standing=self.status_filter.value(),
            priority_area_id=self.area_filter.value(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} group", "{count} groups", count).format(count=count)


# The list's and the pane's shares of the width. The facts want half: in a third a long meeting
# rule put "Nästa möten" below the pane's foot at 1280x800 (the list beside them keeps its name,
# status, Möts and term). The members' four columns (name, title, organisation, role) need half
# to be read whole at 1280 px.
DETAILS_SHARE = (1, 1)
MEMBERS_SHARE = (1, 1)
# Narrower (1024 px), the members' pane gets the room for their words whole ("Platsutv-ecklare"
# broke in every row at 66 px), up to this share of the width; the list leaves its types aside.
MEMBERS_MOST = 0.6


class GroupsArea(Area):
    key = "groups"
    depends_on = frozenset({"contacts", "meetings"})  # members' names; the meeting rule

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = GroupsPage(ctx, self)
        self.detail = GroupDetailPane(self.page)
        # The next meetings, under the facts, open in the calendar's meeting editor.
        self.next_meetings = NextMeetings(ctx, self.detail)
        sections = self.detail.sections
        sections.insertWidget(sections.indexOf(self.detail.facts) + 1, self.next_meetings)
        # The group's details, and beside them in a tab the follow-up it writes for a period.
        self.follow_up_tab = FollowUpTab(ctx, self.page)
        self.tabs = QTabWidget(self.page)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.detail, _("Details"))
        self.tabs.addTab(self.detail.members_page, _("Members"))
        self.tabs.addTab(self.follow_up_tab, _("Follow-up"))
        self.addAction(self.detail.add_member_action)  # Ctrl+M on either tab
        self.tabs.currentChanged.connect(self._share_width)
        self.page.set_detail(self.tabs, DETAILS_SHARE)
        # The divider where the user left it, also after a restart.
        fit = self.page.detail_fit
        assert fit is not None
        fit.remember(ctx.settings, "groups/divider")
        page = self.page
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
        self._print_menu(page)
        # The agreement with the police the groups work under: found here, not only through a
        # group's form or details (an empty district had no way to it in sight).
        self.agreements_action = page.add_action(
            _("Agreements…"), lambda: self.show_agreements(), "Ctrl+Shift+O"
        )
        page.current_changed.connect(self._show_detail)
        page.activated.connect(lambda _row: self.edit_group())
        self.detail.add_member_requested.connect(self.add_member)
        self.detail.change_role_requested.connect(self.change_role)
        self.detail.remove_member_requested.connect(self.remove_member)
        self.detail.agreement_requested.connect(lambda: self.show_agreements())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)

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

    def _share_width(self, _index: int) -> None:
        fit = self.page.detail_fit
        if fit is not None:
            members = self.tabs.currentWidget() is self.detail.members_page
            fit.set_stretch(MEMBERS_SHARE if members else DETAILS_SHARE)
            fit.set_minimum(self._members_room() if members else 0)

    def _members_room(self) -> int:
        """The pane's width for the members' words whole, within MEMBERS_MOST of the width."""
        layout = self.detail.members_page.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        needed = self.detail.members.whole_words_width() + margins.left() + margins.right()
        return min(needed, int(self.page.splitter.width() * MEMBERS_MOST))

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
            self.detail.facts.set_fact("rule", rule_paragraph(rule) if rule else None)
        self.tabs.setTabText(
            self.tabs.indexOf(self.detail.members_page), self.detail.members_title()
        )
        self._share_width(self.tabs.currentIndex())  # this group's members' words
        self.end_action.setEnabled(group is not None and group.status is not GroupStatus.ENDED)

    # --- group actions -----------------------------------------------------------------------

    def new_group(self) -> None:
        dialog = GroupDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "groups") and dialog.saved_id is not None:
            self.page.show_id(dialog.saved_id)
            # "Möts" written as a rule: its first meetings are planned from it now (the rule
            # dialog opens with it, to save or cancel); before, nothing was planned and the
            # "Meeting rule" button was left to be found.
            planned = plan_new_group(self.ctx, self, dialog.saved_id)
            if planned is not None:
                self.page.notify(planned)

    def edit_group(self) -> None:
        group = self.current_group()
        if group is not None:
            run_form(GroupDialog(self.ctx, group, self), self.ctx, "groups")

    def end_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        dialog = EndGroupDialog(self.ctx, group, self)
        if not run_form(dialog, self.ctx, "groups"):
            return
        ended = self.current_group()
        # Undo puts the group back as the dialog ended it (another desk's, when it loaded
        # theirs), if it is still as this desk left it.
        group = dialog.group
        before = dataclasses.replace(group.to_input(), expected_version=dialog.saved_version)
        self.page.notify(
            _("“{name}” is ended as of {date}.").format(
                name=group.name, date=iso_date(ended.ended_on if ended else None)
            ),
            undo=lambda: perform_undo(
                self, self.ctx, "groups", group_editing.update_group, group.id, before
            ),
        )

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        try:
            self.ctx.call(agenda.check_group_deletable, group.id)
        except InUseError as history:
            # A group with minutes is history: offer what the coordinator can do instead.
            if confirm(
                self,
                _("Delete group"),
                history.message + "\n\n" + _("End the group now?"),
                _("End group…"),
                destructive=False,
            ):
                self.end_group()
            return
        message = _("Delete the group “{name}”? This cannot be undone.").format(name=group.name)
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
        message += "\n\n" + _("To keep its history, end the group instead.")
        question = (_("Delete group"), message, _("Delete group"))
        if perform_confirmed(
            self, self.ctx, "groups", question, group_editing.delete_group, group.id
        ):
            self.page.notify(_("“{name}” was deleted.").format(name=group.name))

    def edit_rule(self) -> None:
        group = self.current_group()
        if group is None:
            return
        saved = edit_rule(self.ctx, self, group.id, group.name, group.meeting_frequency)
        if saved is not None:
            self.page.notify(saved)

    def show_agreements(self, select_id: int | None = None) -> None:
        from ui.groups.agreements_dialog import AgreementsDialog  # seldom opened: not at start

        AgreementsDialog(self.ctx, self, select_id).exec()
        self.refresh()  # a group's agreement may have gone, or got a new title

    # --- printing ----------------------------------------------------------------------------

    def _print_menu(self, page: GroupsPage) -> None:
        """One "Print" button (the toolbar has no room for two at a laptop's width): the
        selected group's member list (Ctrl+P) and the collaboration structure, the agreement's
        appendix (Ctrl+Shift+P)."""
        self.members_print_action = QAction(_("Member list of the selected group…"), self)
        self.members_print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.members_print_action.triggered.connect(lambda _checked=False: self.print_members())
        self.members_print_action.setEnabled(False)
        page.current_changed.connect(
            lambda row: self.members_print_action.setEnabled(row is not None)
        )
        self.structure_action = QAction(_("Collaboration structure…"), self)
        self.structure_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.structure_action.triggered.connect(lambda _checked=False: self.print_structure())
        for action in (self.members_print_action, self.structure_action):
            # As the toolbar's own: listening while the area is shown, wherever the focus is.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            page.addAction(action)
        menu = QMenu(self)
        menu.addAction(self.members_print_action)
        menu.addAction(self.structure_action)
        self.follow_up_action = QAction(_("Follow-up…"), self)
        self.follow_up_action.triggered.connect(lambda _checked=False: self.print_follow_up())
        menu.addAction(self.follow_up_action)
        self.council_action = QAction(_("Report to the district council…"), self)
        self.council_action.triggered.connect(lambda _checked=False: self.print_council())
        menu.addAction(self.council_action)
        self.action_plan_action = QAction(_("Action plan…"), self)
        self.action_plan_action.triggered.connect(lambda _checked=False: self._print_plan())
        menu.addAction(self.action_plan_action)
        self.print_action = QAction(_("Print"), self)
        self.print_action.setMenu(menu)
        page.toolbar.addAction(self.print_action)
        button = page.toolbar.widgetForAction(self.print_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = menu

    def print_structure(self) -> None:
        from samverkan_desktop.reports import group_structure

        def as_of(day: dt.date) -> tuple[str, Callable[[], bytes]]:
            return _("Collaboration structure {date}.pdf").format(
                date=day.isoformat()
            ), lambda: self.ctx.call(group_structure.build_structure, day)

        # As of today at once; the preview's "As of" makes it as of another day.
        preview_as_of(self, _("Collaboration structure"), clock.today(), as_of)

    def print_follow_up(self) -> None:
        """T1, T2 or VB and the year asked first, then the preview like the structure."""
        from samverkan_desktop.reports import follow_up
        from samverkan_desktop.services.follow_up_periods import period_to_follow_up
        from ui.groups.follow_up_dialog import FollowUpDialog

        today = clock.today()
        opens_on = self.ctx.call(period_to_follow_up, today)
        dialog = FollowUpDialog(today, opens_on, self)

        def chosen() -> tuple[str, Callable[[], bytes]]:
            period, year = dialog.choice()
            return follow_up.title_of(period, year), lambda: self.ctx.call(
                follow_up.build_follow_up, period, year, today
            )

        preview_when_chosen(self, dialog, chosen)

    def print_council(self) -> None:
        """The period asked first (this year so far), then the preview like the follow-up."""
        from samverkan_desktop.reports import council_report
        from samverkan_desktop.services.council_report import default_period
        from ui.widgets.period_dialog import PeriodDialog

        today = clock.today()
        dialog = PeriodDialog(
            self,
            *default_period(today),
            title=_("Report to the district council"),
            hint=_(
                "The agreement and its priority areas, the groups' work and what they wrote, "
                "the place collaborations, the safety walks and the safety work of the period."
            ),
            ok_text=_("Preview"),
        )

        def chosen() -> tuple[str, Callable[[], bytes]]:
            first, last = dialog.period()
            return council_report.title_of(first, last), lambda: self.ctx.call(
                council_report.build, first, last, today
            )

        preview_when_chosen(self, dialog, chosen)

    def _print_plan(self) -> None:
        from ui.groups.area_plans import print_action_plan  # the agreement in force

        print_action_plan(self, self.ctx, None)

    def print_members(self) -> None:
        from samverkan_desktop.reports import group_structure

        group = self.current_group()
        if group is None:
            return
        today = clock.today()
        preview_in_background(
            self,
            _("Member list"),
            _("{group} member list {date}.pdf").format(
                group=file_stem(group.name), date=today.isoformat()
            ),
            lambda: self.ctx.call(group_structure.build_members, group.id, today),
        )

    # --- members -----------------------------------------------------------------------------

    def add_member(self) -> None:
        group = self.current_group()
        if group is None:
            return
        self.tabs.setCurrentWidget(self.detail.members_page)  # the new member shown in the list
        dialog = MemberDialog(self.ctx, group, parent=self)
        if run_form(dialog, self.ctx, "groups"):
            added = self.current_group()
            if added is not None and dialog.added_person_id is not None:
                self.detail.members.select_id(
                    next(
                        (m.id for m in added.members if m.person_id == dialog.added_person_id),
                        None,
                    )
                )

    def change_role(self, member: MemberRow) -> None:
        group = self.current_group()
        if group is not None:
            run_form(MemberDialog(self.ctx, group, member, self), self.ctx, "groups")

    def remove_member(self, member: MemberRow) -> None:
        group = self.current_group()
        if group is None:
            return
        actions = self.ctx.call(group_leaving.open_actions, member.person_id, group.id)
        # The confirmation asks for the last day, and what becomes of open actions if any.
        dialog = LeaveGroupDialog(self.ctx, group, member, actions, self)
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
                self,
                self.ctx,
                ("groups", "meetings", "actions"),
                group_leaving.come_back,
                left,
            ),
        )
