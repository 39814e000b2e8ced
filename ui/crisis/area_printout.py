"""Arkiv → Skriv ut… in Kris och övningar: what the tab in view prints from its own buttons (the
chosen plan, the contact list, the exercise plan, an opened exercise's report or checklist, a
training session's attendance list, the fire safety inspections). It was greyed for the whole
area ("prints from its tabs"); now it is greyed only on a tab with nothing to print (who lacks
training), or where the tab's own printout is greyed (no plan or session chosen), saying why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from samverkan_desktop.i18n import _
from ui.crisis.exercise_view import print_exercise_plan

if TYPE_CHECKING:
    from ui.crisis.area import CrisisArea


class CrisisPrintouts:
    """The area's printouts as menu entries; ``current`` is the one of the tab in view."""

    def __init__(self, area: CrisisArea) -> None:
        self._area = area
        # Entries of their own, without keys: the pages' keyed actions have no text (Hjälp →
        # Kortkommandon lists their keys from the key guide, once).
        self.contacts = QAction(_("Print contact list…"), area)
        self.contacts.triggered.connect(lambda _checked=False: area.org_page.print_contacts())
        self.exercise_plan = QAction(_("Print exercise plan…"), area)
        self.exercise_plan.triggered.connect(lambda _checked=False: self._print_plan())
        self.attendance = QAction(_("Attendance list…"), area)
        attendees = area.sessions_page.detail.attendees
        self.attendance.triggered.connect(lambda _checked=False: attendees.print_list())

    def _print_plan(self) -> None:
        area = self._area
        print_exercise_plan(area, area.ctx, area.exercises_page.plan_view.year.value())

    def current(self) -> QAction | None:
        area = self._area
        tab = area.tabs.currentWidget()
        if tab is area.plans_page:
            return area.plans_page.print_action  # greyed until a plan is chosen
        if tab is area.org_page:
            return self.contacts
        if tab is area.exercises_stack:
            if area.exercises_stack.currentWidget() is not area.exercise_view:
                return self.exercise_plan
            view = area.exercise_view
            # Held: its evaluation report; before (or cancelled): the participants' checklist,
            # greyed with its reason where there is none to give.
            report = view.evaluation_print
            return report if report.isEnabled() else view.checklist_print
        if tab is area.fire_page:
            return area.fire_page.print_action
        if tab is area.training_tabs and area.training_tabs.currentWidget() is area.sessions_page:
            chosen = area.sessions_page.detail.attendees.session_id is not None
            self.attendance.setEnabled(chosen)
            return self.attendance
        return None

    def hint(self) -> str:
        """Why the entry is greyed: the tab's own reason, or the tab has nothing to print."""
        printout = self.current()
        if printout is self.attendance:
            return _("Choose a session to print its attendance list.")
        if printout is not None:
            return printout.toolTip()
        tabs = self._area.tabs
        return _("{area} has nothing to print.").format(area=tabs.tabText(tabs.currentIndex()))
