"""Crisis & exercises: the plans register, the crisis organisation and its contact list,
exercises (annual plan, one exercise from planning to lessons learned) and training."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.overview_items import CRISIS_ORGANISATION, PLANS_REGISTER
from samverkan_desktop.services import crisis_nav, exercises
from ui.context import AppContext
from ui.crisis.area_printout import CrisisPrintouts
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.crisis.exercise_view import ExerciseView, print_exercise_plan
from ui.crisis.exercises_page import ExercisesPage
from ui.crisis.fire_page import FireSafetyPage
from ui.crisis.org_page import OrganisationPage
from ui.crisis.plans_page import PlansPage
from ui.crisis.template_dialog import ExerciseTemplateDialog
from ui.crisis.training_page import GapsPage, SessionsPage
from ui.widgets.area import Area
from ui.widgets.closing import Answer, ask_do_or_discard, close_after_refusal
from ui.widgets.dialogs import confirm
from ui.widgets.operations import perform, refused_before_asking
from ui.widgets.stale_tabs import StaleTabs


class CrisisArea(Area):
    key = "crisis"
    # Names and phones come from the contacts; lesson actions are followed up in Actions;
    # training is shared with the alarms area.
    depends_on = frozenset({"contacts", "actions", "alarms"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plans_page = PlansPage(ctx, self)
        self.org_page = OrganisationPage(ctx, self)
        self.exercises_page = ExercisesPage(ctx, self)
        self.exercise_view = ExerciseView(ctx, self)
        self.exercises_stack = QStackedWidget(self)
        self.exercises_stack.addWidget(self.exercises_page)
        self.exercises_stack.addWidget(self.exercise_view)
        self.fire_page = FireSafetyPage(ctx, self)
        self.sessions_page = SessionsPage(ctx, self)
        self.gaps_page = GapsPage(ctx, self)
        self.training_tabs = QTabWidget(self)
        self.training_tabs.setDocumentMode(True)
        self.training_tabs.addTab(self.sessions_page, _("Courses and sessions"))
        self.training_tabs.addTab(self.gaps_page, _("Who lacks training"))

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plans_page, _("Plans"))
        self.tabs.addTab(self.org_page, _("Crisis organisation"))
        self.tabs.addTab(self.exercises_stack, _("Exercises"))
        self.tabs.addTab(self.training_tabs, _("Training"))
        self.tabs.addTab(self.fire_page, _("Fire safety"))
        self._stale_tabs = StaleTabs(
            [self.tabs, self.training_tabs], self._current_page, self._reload_page
        )

        page = self.exercises_page
        new_exercise = page.add_action(_("New exercise…"), self.new_exercise, "Ctrl+N")
        page.set_empty_hint(_("No exercises yet. {action} adds the first one."), new_exercise)
        page.add_action(_("Open the exercise"), self.open_current, needs_selection=True)
        page.add_action(
            _("Delete…"),
            self.delete_exercise,
            QKeySequence(QKeySequence.StandardKey.Delete),
            needs_selection=True,
        )
        page.toolbar.addSeparator()
        page.add_action(_("Checklist templates…"), self.edit_templates)
        page.activated.connect(lambda row: self.open_exercise(row.id))
        page.plan_view.open_requested.connect(self.open_exercise)
        page.plan_view.print_requested.connect(lambda year: print_exercise_plan(self, ctx, year))
        self.exercise_view.back_requested.connect(self.show_exercise_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.tabs)
        self._printouts = CrisisPrintouts(self)  # Arkiv → Skriv ut…: the tab in view's printout

    # --- Area --------------------------------------------------------------------------------

    def pages(self) -> list[QWidget]:
        return [
            self.plans_page,
            self.org_page,
            self.exercises_stack,
            self.sessions_page,
            self.gaps_page,
            self.fire_page,
        ]

    def refresh(self) -> None:
        """Reload the page in view; the others reload when they are next shown."""
        self._stale_tabs.refresh(self.pages())

    def _current_page(self) -> QWidget:
        current = self.tabs.currentWidget()
        if current is self.training_tabs:
            return self.training_tabs.currentWidget()
        return current

    def _reload_page(self, page: QWidget) -> None:
        if page is self.plans_page:
            self.plans_page.reload()
        elif page is self.org_page:
            self.org_page.reload()
        elif page is self.exercises_stack:
            self.exercises_page.fill_filters()
            self.exercises_page.reload()
            if self.exercises_stack.currentWidget() is self.exercise_view:
                self.exercise_view.refresh()
        elif page is self.sessions_page:
            self.sessions_page.fill_filters()
            self.sessions_page.reload()
        elif page is self.gaps_page:
            self.gaps_page.fill_filters()
            self.gaps_page.reload()
        elif page is self.fire_page:
            self.fire_page.reload()

    def window_closing(self, shown: bool) -> bool:
        """Every objective's evaluation and overall assessment typed and not saved is saved, in
        whichever exercise; a refusal shows that exercise's Utvärdering tab, with the text, and
        asks whether to close all the same. Then a note typed in a conduct log and not entered:
        entering it stamps the time, so the coordinator is asked (staying is the default)."""
        view = self.exercise_view
        unsaved = view.evaluation_tab.store_drafts()
        if unsaved is not None:
            self._show_typed(unsaved.exercise_id, view.evaluation_tab, shown)
            changed = _("someone else changed the assessment while you were typing.")
            if not close_after_refusal(self, unsaved.question, unsaved.refusal, changed):
                return False
        return self._log_notes_closing(shown)

    def _log_notes_closing(self, shown: bool) -> bool:
        log_tab = self.exercise_view.log_tab
        pending = log_tab.pending()
        if not pending:
            return True
        current = log_tab.exercise_id if log_tab.detail is not None else None
        self._show_typed(current if current in pending else next(iter(pending)), log_tab, shown)
        count = len(pending)
        answer = ask_do_or_discard(
            self,
            log_tab.closing_question(count),
            ngettext("Enter the note now", "Enter the notes now", count),
            ngettext("Discard the note", "Discard the notes", count),
        )
        if answer is Answer.STAY:
            return False
        if answer is Answer.DISCARD:
            log_tab.discard_pending()
            return True
        unsaved = log_tab.enter_pending()
        if unsaved is None:
            return True
        self._show_typed(unsaved.exercise_id, log_tab, True)
        changed = _("someone else changed the exercise while you were typing.")
        return close_after_refusal(self, unsaved.question, unsaved.refusal, changed)

    def _show_typed(self, exercise_id: int, tab: QWidget, shown: bool) -> None:
        """The exercise on the tab with the text typed, in view behind the question."""
        self._open(exercise_id)
        self.exercise_view.tabs.setCurrentWidget(tab)
        if not shown:
            self.ctx.navigator.go(self.key)

    def main_printout(self) -> QAction | None:
        return self._printouts.current()

    def main_printout_hint(self) -> str:
        return self._printouts.hint()

    def show_subset(self, subset: str) -> None:
        """The "Get started" card's step: the crisis organisation's tab; the plans card's
        link: the plans register."""
        if subset == CRISIS_ORGANISATION:
            self.tabs.setCurrentWidget(self.org_page)
        elif subset == PLANS_REGISTER:
            self.tabs.setCurrentWidget(self.plans_page)

    def show_record(self, record_id: int) -> None:
        """The Overview's links: a plan due for revision, the next exercise, or premises due
        for a fire safety inspection."""
        kind, ident = crisis_nav.decode(record_id)
        if kind == "fire_inspection":
            self.tabs.setCurrentWidget(self.fire_page)
            self.fire_page.show_id(ident)
        elif kind == "plan":
            self.tabs.setCurrentWidget(self.plans_page)
            self.plans_page.show_id(ident)
        else:
            self.tabs.setCurrentWidget(self.exercises_stack)
            self.open_exercise(ident)

    # --- exercises ---------------------------------------------------------------------------

    def open_exercise(self, exercise_id: int) -> None:
        """Another exercise opened with a note typed in the shown one's conduct log asks first,
        as closing the window does: entering it stamps the time (kept silently, it was found
        only at closing, or forgotten)."""
        if self._log_note_settled(exercise_id):
            self._open(exercise_id)

    def _log_note_settled(self, exercise_id: int) -> bool:
        """The note typed in the log of the exercise shown, when another is to be opened:
        entered or discarded as the coordinator answers; False to stay with it (the default),
        or when entering it was refused (the refusal shown)."""
        view, log_tab = self.exercise_view, self.exercise_view.log_tab
        shown = view.detail.exercise.id if view.detail is not None else None
        if shown is None or shown == exercise_id or not log_tab.entry.text().strip():
            return True
        self._show_typed(shown, log_tab, True)
        answer = ask_do_or_discard(
            self,
            log_tab.closing_question(1),
            ngettext("Enter the note now", "Enter the notes now", 1),
            ngettext("Discard the note", "Discard the notes", 1),
            title=_("Open another exercise?"),
        )
        if answer is Answer.DISCARD:
            log_tab.entry.clear()
            return True
        return answer is Answer.DO and log_tab.add_entry()

    def _open(self, exercise_id: int) -> None:
        self.tabs.setCurrentWidget(self.exercises_stack)
        if self.exercise_view.show_exercise(exercise_id):
            self.exercises_stack.setCurrentWidget(self.exercise_view)
            self.exercises_page.select_id(exercise_id)
            # Back at the list, the plan below it is this exercise's year (one just planned for
            # February, in December: next year's plan, where it lies).
            detail = self.exercise_view.detail
            if detail is not None:
                self.exercises_page.plan_view.year.setValue(detail.exercise.year)

    def open_current(self) -> None:
        row = self.exercises_page.current_row()
        if row is not None:
            self.open_exercise(row.id)

    def show_exercise_list(self) -> None:
        self.exercises_stack.setCurrentWidget(self.exercises_page)
        self.exercises_page.reload()
        self.exercises_page.table.setFocus()

    def new_exercise(self) -> None:
        # The year of the annual plan under the list: in December it shows the coming year's.
        year = self.exercises_page.plan_view.year.value()
        dialog = ExerciseDialog(self.ctx, parent=self, year=year)
        if dialog.exec() and dialog.saved_id is not None:
            self.ctx.bus.announce("crisis")
            self.open_exercise(dialog.saved_id)

    def edit_templates(self) -> None:
        if ExerciseTemplateDialog(self.ctx, self).exec():
            self.ctx.bus.announce("crisis")

    def delete_exercise(self) -> None:
        row = self.exercises_page.current_row()
        if row is None or refused_before_asking(
            self, self.ctx, "crisis", exercises.check_deletable, row.id
        ):
            return
        if confirm(
            self,
            _("Delete the exercise"),
            _("Delete “{title}” with its objectives, participants, checklist and log?").format(
                title=row.title
            ),
            _("Delete"),
        ):
            perform(self, self.ctx, "crisis", exercises.delete_exercise, row.id)
