"""After the exercise: each objective evaluated (met / partly met / not met, with a comment) and
the overall assessment below them (exercise_assessment). The lessons learned have a tab of their
own (exercise_lessons_tab)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.services import exercise_lessons, exercise_objectives
from samverkan_desktop.services.exercise_rows import ExerciseDetail, ObjectiveRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import (
    OK_COLOUR,
    RefusalLine,
    heading,
    muted,
)
from ui.crisis.exercise_assessment import AssessmentBox, Unsaved
from ui.crisis.exercise_tabs import ExerciseTab
from ui.widgets.dialogs import show_error
from ui.widgets.fields import TextBox
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import DUE_SOON_COLOUR, MUTED_COLOUR, WARNING_COLOUR, Column

RESULT_COLOURS = {
    ObjectiveResult.MET: OK_COLOUR,
    ObjectiveResult.PARTLY: DUE_SOON_COLOUR,
    ObjectiveResult.NOT_MET: WARNING_COLOUR,
}


def result_colour(result: ObjectiveResult | None) -> QColor | None:
    return MUTED_COLOUR if result is None else RESULT_COLOURS[result]


def evaluation_columns() -> list[Column[ObjectiveRow]]:
    return [
        Column("#", lambda r: r.position, align_right=True, width=34),
        Column(_("Objective"), lambda r: r.text, tooltip=lambda r: r.text, width=330, wrap=True),
        Column(
            _("Result"),
            lambda r: _(r.result.label) if r.result else _("not evaluated"),
            sort_key=lambda r: list(ObjectiveResult).index(r.result) if r.result else 9,
            colour=lambda r: result_colour(r.result),
            width=120,
        ),
        Column(_("Comment"), lambda r: r.comment, tooltip=lambda r: r.comment),
    ]


Shown = tuple[ObjectiveResult | None, str | None]  # an objective's result and comment


class ObjectiveDraft(NamedTuple):
    """An objective's evaluation typed and not saved, and where it belongs."""

    result: ObjectiveResult | None
    comment: str
    exercise_id: int
    position: int
    shown: Shown  # what the editor showed when typing began: the save is checked against it


class EvaluationTab(ExerciseTab):
    lesson_requested = Signal(int)  # objective id: a lesson learned about it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(_("Evaluation per objective"), self)
        self.table: RecordTable[ObjectiveRow] = RecordTable(evaluation_columns(), self)
        self.table.current_changed.connect(self._fill_editor)

        self.editor_heading = heading(_("Evaluate the selected objective"), self)
        self.editor_heading.setWordWrap(True)  # "Objective 2: <its whole text>"
        # Without objectives there is nothing to assess here; the exercise may still be
        # marked as evaluated (the service allows it), its lessons saying what was learned.
        self.no_objectives = muted(
            _(
                "Add objectives under Scenario and objectives. Without objectives the exercise "
                "can still be marked as evaluated: write down what was learned under Lessons "
                "and actions."
            ),
            self,
        )
        self.no_objectives.hide()
        # Evaluation comes after the exercise: while it is planned (or cancelled) the controls
        # are greyed and this line says why (the service's own refusal).
        self.not_held = RefusalLine(self)
        self._refusal: str | None = None
        self._lesson_refusal: str | None = None  # the same for "Lesson learned from …"
        self.results = QButtonGroup(self)
        result_row = QHBoxLayout()
        self.result_buttons: dict[ObjectiveResult | None, QRadioButton] = {}
        for index, (result, text) in enumerate(
            (
                (ObjectiveResult.MET, _("&1 Met")),
                (ObjectiveResult.PARTLY, _("&2 Partly met")),
                (ObjectiveResult.NOT_MET, _("&3 Not met")),
                (None, _("&0 Not evaluated")),
            )
        ):
            button = QRadioButton(text, self)
            self.results.addButton(button, index)
            self.result_buttons[result] = button
            result_row.addWidget(button)
        result_row.addStretch(1)
        self.comment = TextBox(self, _("What went well, what did not, and why"), 3)
        self.save_button = QPushButton(
            key_guide.with_keys(_("Save evaluation"), key_guide.TEXT_BOX_SAVE), self
        )
        self.save_button.clicked.connect(self.save_evaluation)
        save = QAction(self)
        key_guide.TEXT_BOX_SAVE.apply(save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save_evaluation)
        # On the objectives' part only: in the assessment below, Ctrl+Enter saves that.
        self.objective_part = QWidget(self)
        self.objective_part.addAction(save)
        self.lesson_button = QPushButton(_("Lesson learned from this objective…"), self)
        self.lesson_button.clicked.connect(self._request_lesson)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.lesson_button)
        save_row.addWidget(muted(_("Saving moves on to the next objective."), self), 1)

        part = QVBoxLayout(self.objective_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.addWidget(self.heading)
        part.addWidget(self.table, 1)
        part.addWidget(self.editor_heading)
        part.addWidget(self.no_objectives)
        part.addWidget(self.not_held)
        part.addLayout(result_row)
        part.addWidget(self.comment)
        part.addLayout(save_row)
        self.assessment = AssessmentBox(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.objective_part, 2)
        layout.addSpacing(6)
        layout.addWidget(self.assessment, 1)
        # What was typed for an objective and not saved yet, kept while another objective or
        # exercise is looked at or the tab is refreshed (another change announced), and saved
        # when the window closes: objective id -> draft. ``_shown`` is the objective as it was
        # when put in the editor, ``_shown_in`` its exercise.
        self._drafts: dict[int, ObjectiveDraft] = {}
        self._shown: ObjectiveRow | None = None
        self._shown_in = 0
        # The result and comment the editor was filled from (a draft's own, kept across a
        # refresh): a save made over another desk's later change is refused, not written.
        self._shown_saved: Shown = (None, None)
        self._fill_editor(None)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        same = self.detail is not None and self.detail.exercise.id == detail.exercise.id
        super().show_exercise(detail)
        evaluated = sum(1 for o in detail.objectives if o.result is not None)
        if detail.objectives:
            self.heading.setText(
                _("Evaluation per objective ({done} of {total} evaluated)").format(
                    done=evaluated, total=len(detail.objectives)
                )
            )
        else:
            self.heading.setText(_("Evaluation per objective (no objectives)"))
        self.no_objectives.setVisible(not detail.objectives)
        row = detail.exercise
        self._refusal = exercise_objectives.evaluation_refusal(row.title, row.status)
        self._lesson_refusal = exercise_lessons.lesson_refusal(row.title, row.status)
        # Without objectives the line above says what there is to do; this one would add noise.
        self.not_held.show_refusal(self._refusal, bool(detail.objectives))
        self.assessment.show_exercise(detail, refusal_shown_above=bool(detail.objectives))
        self.lesson_button.setToolTip(self._lesson_refusal or "")
        self.table.set_rows(detail.objectives)
        if (not same or self.table.current_row() is None) and detail.objectives:
            first_open = next((o for o in detail.objectives if o.result is None), None)
            self.table.select_id((first_open or detail.objectives[0]).id)
        self._fill_editor(self.table.current_row())

    def _editor_state(self) -> tuple[ObjectiveResult | None, str]:
        return self.chosen_result(), self.comment.toPlainText()

    def _remember_draft(self) -> None:
        shown = self._shown
        if shown is None:
            return
        state = self._editor_state()
        if state != (shown.result, shown.comment or ""):
            self._drafts[shown.id] = ObjectiveDraft(
                *state, self._shown_in, shown.position, self._shown_saved
            )
        else:
            self._drafts.pop(shown.id, None)

    def _fill_editor(self, objective: ObjectiveRow | None) -> None:
        self._remember_draft()
        self._shown = objective
        self._shown_in = self.detail.exercise.id if self.detail is not None else 0
        enabled = objective is not None and self._refusal is None
        for button in self.result_buttons.values():
            button.setEnabled(enabled)
        self.comment.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.lesson_button.setEnabled(objective is not None and self._lesson_refusal is None)
        if objective is None:
            none = self.detail is not None and not self.detail.objectives
            self.editor_heading.setText(
                _("The exercise has no objectives to evaluate")
                if none
                else _("Select an objective to evaluate it")
            )
            self.comment.clear()
            return
        self.editor_heading.setText(
            _("Objective {n}: {text}").format(n=objective.position, text=objective.text)
        )
        draft = self._drafts.pop(objective.id, None)
        result, comment = draft[:2] if draft else (objective.result, objective.comment or "")
        self._shown_saved = draft.shown if draft else (objective.result, objective.comment)
        self.result_buttons[result].setChecked(True)
        self.comment.setPlainText(comment)

    def _request_lesson(self) -> None:
        objective = self.table.current_row()
        if objective is not None:
            self.lesson_requested.emit(objective.id)

    def chosen_result(self) -> ObjectiveResult | None:
        for result, button in self.result_buttons.items():
            if button.isChecked():
                return result
        return None

    def store_drafts(self) -> Unsaved | None:
        """The window is closing: save every objective's evaluation typed and not saved, in
        whichever exercise, then the overall assessments. The first refusal is returned; what it
        refused stays typed."""
        self._remember_draft()
        if not self._drafts and not self.assessment.has_drafts():
            return None
        unsaved = None
        for objective_id, draft in list(self._drafts.items()):
            try:
                self.ctx.call(
                    exercise_objectives.evaluate_objective,
                    objective_id,
                    draft.result,
                    draft.comment.strip() or None,
                    shown=draft.shown,
                )
            except DomainError as error:
                question = _("The evaluation of objective {n} could not be saved: {reason}")
                question = question.format(n=draft.position, reason="{reason}")
                unsaved = unsaved or Unsaved(draft.exercise_id, question, error)
                continue
            del self._drafts[objective_id]
            if self._shown is not None and self._shown.id == objective_id:
                self._shown = None  # saved: nothing of it to keep as a draft
        assessment_unsaved = self.assessment.store_drafts()
        self.ctx.bus.announce("crisis")  # lists and counts show what was saved
        return unsaved or assessment_unsaved

    def save_evaluation(self) -> None:
        objective = self.table.current_row()
        if objective is None or not self.save_button.isEnabled():
            return  # Ctrl+Enter while the exercise is not held: the line above says why
        try:
            self.ctx.call(
                exercise_objectives.evaluate_objective,
                objective.id,
                self.chosen_result(),
                self.comment.toPlainText().strip() or None,
                shown=self._shown_saved,
            )
        except DomainError as error:
            show_error(self, error)
            return
        self._drafts.pop(objective.id, None)
        self._shown = None  # saved: nothing of it to keep as a draft
        self.ctx.bus.announce("crisis")
        # On to the next objective, ready to be evaluated.
        rows = self.table.rows()
        ids = [r.id for r in rows]
        if objective.id in ids and ids.index(objective.id) + 1 < len(ids):
            self.table.select_id(ids[ids.index(objective.id) + 1])
        self.table.setFocus()
