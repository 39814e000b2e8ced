"""The groups' "Print" button and its menu: the chosen group's member list, the collaboration
structure, the follow-up, the report to the district council and the action plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services.group_rows import GroupDetail
from ui.context import AppContext
from ui.groups.groups_page import GroupsPage
from ui.meetings.export import file_stem
from ui.widgets.pdf_preview import preview_as_of, preview_in_background, preview_when_chosen
from ui.widgets.wording import add_print_menu


class GroupsPrintMenu:
    """One "Print" button (the toolbar has no room for two at a laptop's width): the selected
    group's member list (Ctrl+P) and the collaboration structure, the agreement's appendix
    (Ctrl+Shift+P), and the period reports. ``host``: the area, parent of the previews."""

    def __init__(
        self,
        ctx: AppContext,
        host: QWidget,
        page: GroupsPage,
        current: Callable[[], GroupDetail | None],
    ) -> None:
        self.ctx = ctx
        self.host = host
        self.current = current
        self.members_action = QAction(_("Member list of the selected group…"), host)
        self.members_action.setShortcut(QKeySequence("Ctrl+P"))
        self.members_action.triggered.connect(lambda _checked=False: self.print_members())
        self.members_action.setEnabled(False)
        page.current_changed.connect(lambda row: self.members_action.setEnabled(row is not None))
        self.structure_action = QAction(_("Collaboration structure…"), host)
        self.structure_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.structure_action.triggered.connect(lambda _checked=False: self.print_structure())
        for action in (self.members_action, self.structure_action):
            # As the toolbar's own: listening while the area is shown, wherever the focus is.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            page.addAction(action)
        menu = QMenu(host)
        menu.addAction(self.members_action)
        menu.addAction(self.structure_action)
        for text, slot in (
            (_("Follow-up…"), self.print_follow_up),
            (_("Report to the district council…"), self.print_council),
            (_("Action plan…"), self.print_plan),
        ):
            action = QAction(text, host)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
        self.print_action = add_print_menu(page.toolbar, menu)
        self.menu = menu

    def print_structure(self) -> None:
        from samverkan_desktop.reports import group_structure

        def as_of(day: dt.date) -> tuple[str, Callable[[], bytes]]:
            return _("Collaboration structure {date}.pdf").format(
                date=day.isoformat()
            ), lambda: self.ctx.call(group_structure.build_structure, day)

        # As of today at once; the preview's "As of" makes it as of another day.
        preview_as_of(self.host, _("Collaboration structure"), clock.today(), as_of)

    def print_follow_up(self) -> None:
        """T1, T2 or VB and the year asked first, then the preview like the structure."""
        from samverkan_desktop.reports import follow_up
        from samverkan_desktop.services.follow_up_periods import period_to_follow_up
        from ui.groups.follow_up_dialog import FollowUpDialog

        today = clock.today()
        opens_on = self.ctx.call(period_to_follow_up, today)
        dialog = FollowUpDialog(today, opens_on, self.host)

        def chosen() -> tuple[str, Callable[[], bytes]]:
            period, year = dialog.choice()
            return follow_up.title_of(period, year), lambda: self.ctx.call(
                follow_up.build_follow_up, period, year, today
            )

        preview_when_chosen(self.host, dialog, chosen)

    def print_council(self) -> None:
        """The period asked first (this year so far), then the preview like the follow-up."""
        from samverkan_desktop.reports import council_report
        from samverkan_desktop.services.council_report import default_period
        from ui.widgets.period_dialog import PeriodDialog

        today = clock.today()
        dialog = PeriodDialog(
            self.host,
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

        preview_when_chosen(self.host, dialog, chosen)

    def print_plan(self) -> None:
        from ui.groups.area_plans import print_action_plan  # the agreement in force

        print_action_plan(self.host, self.ctx, None)

    def print_members(self) -> None:
        from samverkan_desktop.reports import group_structure

        group = self.current()
        if group is None:
            return
        today = clock.today()
        preview_in_background(
            self.host,
            _("Member list"),
            _("{group} member list {date}.pdf").format(
                group=file_stem(group.name), date=today.isoformat()
            ),
            lambda: self.ctx.call(group_structure.build_members, group.id, today),
        )
