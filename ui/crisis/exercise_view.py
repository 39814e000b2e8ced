"""One exercise, from planning to evaluation: scenario and objectives, participants, planning
checklist, conduct log, evaluation and lessons learned. The header takes the next step (conducted,
evaluated) and opens the printouts in the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import clock_span, day_in_header, unbroken
from samverkan_desktop.i18n import N_, _, ngettext
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import (
    exercise_objectives,
    exercise_participants,
    exercise_reading,
    exercises,
)
from samverkan_desktop.services.exercise_checklist import no_checklist_reason
from samverkan_desktop.services.exercise_rows import ExerciseDetail, ExerciseRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.exercise_checklist import ChecklistTab
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.crisis.exercise_evaluation import EvaluationTab
from ui.crisis.exercise_lessons_tab import LessonsTab
from ui.crisis.exercise_log import ConductLogTab
from ui.crisis.exercise_tabs import ParticipantsTab, ScenarioTab
from ui.crisis.exercises_page import when_text
from ui.widgets.back_key import guarded_back
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.greyed import grey_for, press
from ui.widgets.menu_line_key import show_key_at_line_end
from ui.widgets.operations import perform, refused_before_asking
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.record_header import StartTab, header_labels, record_header
from ui.widgets.record_more_menu import RecordMoreMenu
from ui.widgets.refusal_line import RefusalLine
from ui.widgets.step_button import start_timer, step_button, wait_for
from ui.widgets.wording import menu_button, print_button


def heading_when(row: ExerciseRow) -> str:
    """ "tisdag 29 december 2026 · 09.00–12.00 · v. 53", as a meeting's header: the list's
    "2026-12-29 (v. 53)" left out the start the coordinator opens it to check."""
    if row.date is None:
        return when_text(row)  # a month in the annual plan, no day yet
    return day_in_header(row.date, clock_span(row.start_time, row.end_time))


NEXT_STEP = {
    ExerciseStatus.PLANNED: (ExerciseStatus.CONDUCTED, N_("Mark as conducted")),
    ExerciseStatus.CONDUCTED: (ExerciseStatus.EVALUATED, N_("Mark as evaluated")),
}


class ExerciseView(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ExerciseDetail | None = None
        back = QPushButton(_("← All exercises"), self)
        back.clicked.connect(self.back_requested)
        self.title, self.subtitle = header_labels(self)
        self.title.setObjectName("exerciseTitle")

        self.next_button = step_button(self, self.next_step)
        # A planned exercise open at its start: the step wakes.
        self._start_timer = start_timer(self, self._start_reached)
        edit = QPushButton(_("Edit…"), self)
        edit.clicked.connect(self.edit)
        self.more_menu = RecordMoreMenu(
            self,
            self.step_back,
            _("Cancel the exercise…"),
            self.cancel,
            _("Delete the exercise…"),
            self.delete,
        )
        self.more_button = menu_button(_("More"), self.more_menu, self)
        self.back_action = self.more_menu.back_action
        self.cancel_action = self.more_menu.cancel_action
        self.delete_action = self.more_menu.delete_action
        prints = QMenu(self)
        self.checklist_print = prints.addAction(_("Participants' checklist…"), self.print_checklist)
        self.evaluation_print = prints.addAction(_("Evaluation report…"), self.print_evaluation)
        prints.setToolTipsVisible(True)  # a greyed entry says why
        prints.addAction(_("Exercise plan for the year…"), self.print_plan)
        self.print_button = print_button(prints, self)

        header = record_header(
            back,
            self.title,
            self.subtitle,
            [self.next_button, edit, self.print_button, self.more_button],
        )
        # Why the step is greyed, in sight under the header, as a walk's under its step bar.
        self.step_refusal = RefusalLine(self)
        self.step_refusal.setObjectName("stepRefusal")
        header.addWidget(self.step_refusal, 3, 0, 1, 3)

        self.tabs = QTabWidget(self)
        self.scenario_tab = ScenarioTab(ctx, self)
        self.participants_tab = ParticipantsTab(ctx, self)
        self.checklist_tab = ChecklistTab(ctx, self)
        self.log_tab = ConductLogTab(ctx, self)
        self.evaluation_tab = EvaluationTab(ctx, self)
        self.lessons_tab = LessonsTab(ctx, self)
        self.evaluation_tab.lesson_requested.connect(self._lesson_for_objective)
        self.tabs.addTab(self.scenario_tab, _("Scenario and objectives"))
        self.tabs.addTab(self.participants_tab, _("Participants"))
        self.tabs.addTab(self.checklist_tab, _("Planning checklist"))
        self.tabs.addTab(self.log_tab, _("Conduct log"))
        self.tabs.addTab(self.evaluation_tab, _("Evaluation"))
        self.tabs.addTab(self.lessons_tab, _("Lessons and actions"))
        self.start_tab = StartTab(self.tabs, ctx.navigator, "exercises")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        # The keys of an opened walk and the meeting editor: back to the list, print; named in
        # Hjälp → Kortkommandon and in the buttons' tooltips.
        bound: list[QAction] = []  # the tooltips below name their keys: what is bound
        for text, keys, slot in (
            # Not by Esc in an evaluation being written, nor in a date's calendar.
            (
                _("Back to all exercises"),
                ["Esc", "Alt+Left"],
                guarded_back(self, self.back_requested.emit),
            ),
            # A greyed entry's key says why and builds nothing (it built the printout only for
            # the core to refuse it).
            (
                _("Participants' checklist…"),
                ["Ctrl+P"],
                lambda: press(self.checklist_print, self.print_checklist, self),
            ),
            (
                _("Evaluation report…"),
                ["Ctrl+Shift+P"],
                lambda: press(self.evaluation_print, self.print_evaluation, self),
            ),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            bound.append(action)
        leave = key_guide.first_key(bound[0])
        checklist = show_key_at_line_end(self.checklist_print, bound[1])
        report = show_key_at_line_end(self.evaluation_print, bound[2])
        back.setToolTip(_("Back to all exercises ({key})").format(key=leave))
        self.print_button.setToolTip(
            _("Participants' checklist ({checklist}), evaluation report ({report})").format(
                checklist=checklist, report=report
            )
        )

    def tab_pages(self) -> list:  # type: ignore[type-arg]
        return [
            self.scenario_tab,
            self.participants_tab,
            self.checklist_tab,
            self.log_tab,
            self.evaluation_tab,
            self.lessons_tab,
        ]

    # --- showing -----------------------------------------------------------------------------

    def show_exercise(self, exercise_id: int) -> bool:
        try:
            detail = self.ctx.call(exercise_reading.get_exercise, exercise_id)
        except DomainError:
            return False
        start = self._start_tab(detail)
        # Its step: the status, and whether it is the day (the log is then where one goes on).
        step = (detail.exercise.status, self.tabs.indexOf(start))
        self.start_tab.open(exercise_id, step, start)
        self.detail = detail
        row = detail.exercise
        self.title.setText(row.title)
        status = _(row.status.label)
        unassessed = row.objectives - row.evaluated
        if row.status is ExerciseStatus.EVALUATED and unassessed:
            # Evaluated with an objective added since: the evaluation is not complete.
            status += " " + ngettext(
                "({n} objective not evaluated)", "({n} objectives not evaluated)", unassessed
            ).format(n=unassessed)
            # Kept on one line: the line wraps between its parts, not after "(1".
            status = unbroken(status)
        # When and where on the first line, what kind and how far on the second: as one
        # line it wrapped wherever the width ended at 1024 px ("Karlavägen 104, / stabsrummet").
        where = [heading_when(row), row.location] if row.location else [heading_when(row)]
        facts = [_(row.type.label), status]
        if row.plan:
            facts.append(_("exercises {plan}").format(plan=row.plan))
        self.subtitle.setText(" · ".join(where) + "\n" + " · ".join(facts))
        self._show_step(row)
        self.back_action.setEnabled(
            row.status
            in (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED, ExerciseStatus.CANCELLED)
        )
        self.cancel_action.setEnabled(row.status is ExerciseStatus.PLANNED)
        # The core refuses the report of an exercise not held: greyed, the reason its tooltip
        # ("Övningen …": the title is right above), and its key says it.
        no_report = exercise_objectives.no_report_reason(row.status)
        self.evaluation_print.setEnabled(no_report is None)
        grey_for([self.evaluation_print], no_report)
        no_checklist = no_checklist_reason(row.status)
        self.checklist_print.setEnabled(no_checklist is None)
        grey_for([self.checklist_print], no_checklist)
        for tab in self.tab_pages():
            tab.show_exercise(detail)
        return True

    def _show_step(self, row: ExerciseRow) -> None:
        step = NEXT_STEP.get(row.status)
        self.next_button.setVisible(step is not None)
        if step is not None:
            self.next_button.setText(_(step[1]))
        # Planned for a coming day, or for later today: greyed until it starts, the reason (and
        # the way forward) under the header and as its tooltip, rather than a click that only
        # refuses, as a walk's step. Open at its start, the button wakes then (the tabs are
        # left as they are).
        self._start_timer.stop()
        too_early = None
        if row.status is ExerciseStatus.PLANNED:
            today, now = exercises.program_moment()
            # "Övningen …": its title is right above, and a long one repeated took three lines.
            too_early = exercises.too_early_to_hold(
                None, row.status, row.date, today, row.start_time, now
            )
            wait_for(self._start_timer, row.date, row.start_time, today, now)
        self.next_button.setEnabled(too_early is None)
        self.next_button.setToolTip(too_early or "")
        self.step_refusal.show_refusal(too_early)

    def _start_reached(self) -> None:
        if self.detail is not None:
            self._show_step(self.detail.exercise)

    def _lesson_for_objective(self, objective_id: int) -> None:
        self.tabs.setCurrentWidget(self.lessons_tab)
        self.lessons_tab.new_lesson(objective_id)

    def _start_tab(self, detail: ExerciseDetail) -> QWidget:
        """Where a coordinator usually continues: planning, the conduct log on the day it is
        held (opened during the exercise to note what happens), or evaluation once conducted."""
        status = detail.exercise.status
        if status is ExerciseStatus.CONDUCTED:
            return self.evaluation_tab
        if status is ExerciseStatus.EVALUATED:
            return self.lessons_tab
        if status is ExerciseStatus.PLANNED and detail.exercise.date == clock.today():
            return self.log_tab
        return self.scenario_tab

    def refresh(self) -> None:
        if self.detail is not None and not self.show_exercise(self.detail.exercise.id):
            self.detail = None
            self.back_requested.emit()

    # --- steps -------------------------------------------------------------------------------

    def next_step(self) -> None:
        if self.detail is None:
            return
        step = NEXT_STEP.get(self.detail.exercise.status)
        if (
            step is not None
            and step[0] is ExerciseStatus.EVALUATED
            and not self._evaluations_saved()
        ):
            return
        if step is not None and perform(
            self, self.ctx, "crisis", exercises.set_status, self.detail.exercise.id, step[0]
        ):
            if step[0] is ExerciseStatus.CONDUCTED:
                self.tabs.setCurrentWidget(self.evaluation_tab)
                self._offer_all_attended()
            else:
                self.tabs.setCurrentWidget(self.lessons_tab)

    def _evaluations_saved(self) -> bool:
        """The results chosen on the Evaluation tab and not yet saved count: saved first, as
        closing the window saves them (refused "not assessed" beside a result chosen, it read
        as a fault). False when one was refused (said)."""
        unsaved = self.evaluation_tab.store_drafts()
        if unsaved is not None:
            show_error(self, unsaved.question.format(reason=unsaved.refusal.message))
        return unsaved is None

    def _offer_all_attended(self) -> None:
        """Just held, with invited participants and nobody ticked: usually everyone came, so one
        answer marks them all (the few who did not are corrected on the Participants tab);
        otherwise the report says attendance was not recorded."""
        if self.detail is None:
            return
        participants = self.detail.participants
        if not participants or any(p.attended for p in participants):
            return
        if confirm(
            self,
            _("Attendance"),
            ngettext(
                "Did the invited participant attend?",
                "Did all {n} invited participants attend?",
                len(participants),
            ).format(n=len(participants)),
            _("All invited attended"),
            destructive=False,
            cancel_text=_("Record attendance myself"),
            detail=_("Then correct anyone who did not come on the Participants tab."),
        ):
            perform(
                self,
                self.ctx,
                "crisis",
                exercise_participants.mark_all_attended,
                self.detail.exercise.id,
            )

    def step_back(self) -> None:
        if self.detail is None:
            return
        previous = {
            ExerciseStatus.CONDUCTED: ExerciseStatus.PLANNED,
            ExerciseStatus.EVALUATED: ExerciseStatus.CONDUCTED,
            ExerciseStatus.CANCELLED: ExerciseStatus.PLANNED,
        }.get(self.detail.exercise.status)
        if previous is not None:
            # "Övningen har …" if refused: the title is right above.
            perform(
                self,
                self.ctx,
                "crisis",
                exercises.set_status,
                self.detail.exercise.id,
                previous,
                named=False,
            )

    def cancel(self) -> None:
        if self.detail is not None and confirm(
            self,
            _("Cancel the exercise"),
            _("Cancel “{title}”? It stays in the annual plan, struck through.").format(
                title=self.detail.exercise.title
            ),
            _("Cancel the exercise"),
        ):
            perform(
                self,
                self.ctx,
                "crisis",
                exercises.set_status,
                self.detail.exercise.id,
                ExerciseStatus.CANCELLED,
                named=False,
            )

    def edit(self) -> None:
        if self.detail is not None and ExerciseDialog(self.ctx, self.detail, self).exec():
            self.ctx.bus.announce("crisis")

    def delete(self) -> None:
        detail = self.detail
        if detail is None or refused_before_asking(
            self, self.ctx, "crisis", exercises.check_deletable, detail.exercise.id
        ):
            return
        if confirm(
            self,
            _("Delete the exercise"),
            _("Delete “{title}” with its objectives, participants, checklist and log?").format(
                title=detail.exercise.title
            ),
            _("Delete"),
        ) and perform(self, self.ctx, "crisis", exercises.delete_exercise, detail.exercise.id):
            self.detail = None
            self.back_requested.emit()

    # --- printouts ---------------------------------------------------------------------------

    def _file_stem(self) -> str:
        assert self.detail is not None
        row = self.detail.exercise
        when = row.date.isoformat() if row.date else str(row.year)
        return f"{row.title} {when}".replace("/", "-")

    def print_checklist(self) -> None:
        from samverkan_desktop.reports import exercise_checklist

        if self.detail is None:
            return
        exercise_id = self.detail.exercise.id
        preview_in_background(
            self,
            _("Participants' checklist"),
            _("Checklist {name}.pdf").format(name=self._file_stem()),
            lambda: self.ctx.call(exercise_checklist.build, exercise_id),
        )

    def print_evaluation(self) -> None:
        from samverkan_desktop.reports import exercise_evaluation

        if self.detail is None:
            return
        exercise_id = self.detail.exercise.id
        preview_in_background(
            self,
            _("Evaluation report"),
            _("Evaluation {name}.pdf").format(name=self._file_stem()),
            lambda: self.ctx.call(exercise_evaluation.build, exercise_id),
        )

    def print_plan(self) -> None:
        if self.detail is not None:
            print_exercise_plan(self, self.ctx, self.detail.exercise.year)


def print_exercise_plan(parent: QWidget, ctx: AppContext, year: int) -> None:
    from samverkan_desktop.reports import exercise_plan

    preview_in_background(
        parent,
        _("Exercise plan {year}").format(year=year),
        _("Exercise plan {year}.pdf").format(year=year),
        lambda: ctx.call(exercise_plan.build, year),
    )
