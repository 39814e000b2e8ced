"""After the exercise: each objective evaluated (met / partly met / not met, with a comment) and
the overall assessment below them (exercise_assessment). The lessons learned have a tab of their
own (exercise_lessons_tab).

An evaluation is saved against the objective as the editor was filled from it: when another desk
evaluated it meanwhile the save is refused, the line above the editor says what they changed and
"Load their change, keep my text" (F5) loads theirs into what she left alone, as the record forms
do (ReloadOffer)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
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

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.services import exercise_lessons, exercise_objectives
from samverkan_desktop.services.exercise_rows import ExerciseDetail, ObjectiveRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import OK_COLOUR
from ui.crisis.exercise_assessment import AssessmentBox, Unsaved
from ui.crisis.exercise_tabs import ExerciseTab
from ui.widgets.dialogs import show_error
from ui.widgets.fields import TextBox
from ui.widgets.form_reload import Values
from ui.widgets.in_place_record import InPlaceRecordFields, message_line, theirs_line
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.refusal_line import RefusalLine
from ui.widgets.reload_offer import ReloadOffer
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


class ResultChoice(QWidget):
    """An objective's result, one radio button each (the keys 1, 2, 3, 0): read and put back as
    one value when another desk's evaluation is loaded beside hers (form_reload.Compound)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[ObjectiveResult | None, QRadioButton] = {}
        for index, (result, text) in enumerate(
            (
                (ObjectiveResult.MET, _("&1 Met")),
                (ObjectiveResult.PARTLY, _("&2 Partly met")),
                (ObjectiveResult.NOT_MET, _("&3 Not met")),
                (None, _("&0 Not evaluated")),
            )
        ):
            button = QRadioButton(text, self)
            self.group.addButton(button, index)
            self.buttons[result] = button
            row.addWidget(button)
        row.addStretch(1)

    def result(self) -> ObjectiveResult | None:
        return next((r for r, button in self.buttons.items() if button.isChecked()), None)

    def set_result(self, result: ObjectiveResult | None) -> None:
        self.buttons[result].setChecked(True)

    def form_values(self) -> Values:
        return (self.result(),)

    def put_form_values(self, values: Values) -> None:
        (result,) = values
        self.set_result(result)  # type: ignore[arg-type]

    def form_text(self) -> str:
        result = self.result()
        return _(result.label) if result else _("not evaluated")


class ObjectiveDraft(NamedTuple):
    """An objective's evaluation typed and not saved, and where it belongs."""

    result: ObjectiveResult | None
    comment: str
    exercise_id: int
    position: int
    shown: Shown  # what the editor showed when typing began: the save is checked against it


class EvaluationTab(InPlaceRecordFields, ExerciseTab):
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
        self.result_choice = ResultChoice(self)
        self.result_buttons = self.result_choice.buttons
        self.comment = TextBox(self, _("What went well, what did not, and why"), 3)
        # A save refused because another desk evaluated the objective meanwhile: said here,
        # with the offer to load theirs (F5 while the focus is in the tab).
        self.general_error = message_line(self)
        self.reload_offer = ReloadOffer(
            self, self.general_error, self, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reload_button = self.reload_offer.button
        # Field names as ObjectiveRow's, which the services compare.
        self._rows = {
            "result": (self.result_choice, theirs_line(self)),
            "comment": (self.comment, theirs_line(self)),
        }
        self._labels = {"result": _("Result"), "comment": _("Comment")}
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
        part.addWidget(self.general_error)
        part.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        part.addWidget(self.result_choice)
        part.addWidget(self._rows["result"][1])
        part.addWidget(self.comment)
        part.addWidget(self._rows["comment"][1])
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
        self._show_count(detail.objectives)
        self.no_objectives.setVisible(not detail.objectives)
        row = detail.exercise
        self._refusal = exercise_objectives.evaluation_refusal(row.status)
        self._lesson_refusal = exercise_lessons.lesson_refusal(row.status)
        # Without objectives the line above says what there is to do; this one would add noise.
        self.not_held.show_refusal(self._refusal, bool(detail.objectives))
        self.assessment.show_exercise(detail, refusal_shown_above=bool(detail.objectives))
        self.lesson_button.setToolTip(self._lesson_refusal or "")
        self.table.set_rows(detail.objectives)
        if (not same or self.table.current_row() is None) and detail.objectives:
            first_open = next((o for o in detail.objectives if o.result is None), None)
            self.table.select_id((first_open or detail.objectives[0]).id)
        self._fill_editor(self.table.current_row())

    def _show_count(self, objectives: Sequence[ObjectiveRow]) -> None:
        evaluated = sum(1 for o in objectives if o.result is not None)
        if objectives:
            self.heading.setText(
                _("Evaluation per objective ({done} of {total} evaluated)").format(
                    done=evaluated, total=len(objectives)
                )
            )
        else:
            self.heading.setText(_("Evaluation per objective (no objectives)"))

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
        if objective is None or self._shown is None or objective.id != self._shown.id:
            self.clear_errors()  # a refusal is about the objective it refused
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
        self._shown_saved = draft.shown if draft else (objective.result, objective.comment)
        # What the record said, then what she typed over it: hers is what differs (F5).
        self._put(*self._shown_saved)
        self.reload_offer.remember_opened()
        if draft:
            self._put(draft.result, draft.comment)

    def _put(self, result: ObjectiveResult | None, comment: str | None) -> None:
        self.result_choice.set_result(result)
        self.comment.setPlainText(comment or "")

    def _request_lesson(self) -> None:
        """The evaluation chosen for the objective is saved first: left as a draft, the list
        said "ej utvärderat" beside the lesson drawn from it, and "Markera som utvärderad" was
        refused for want of an assessment."""
        objective = self.table.current_row()
        if objective is None:
            return
        typed = self._editor_state() != (objective.result, objective.comment or "")
        if typed and self.save_button.isEnabled() and not self._store(objective):
            return
        self.lesson_requested.emit(objective.id)

    def chosen_result(self) -> ObjectiveResult | None:
        return self.result_choice.result()

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
        if not self._store(objective):
            return
        # On to the next objective, ready to be evaluated.
        rows = self.table.rows()
        ids = [r.id for r in rows]
        if objective.id in ids and ids.index(objective.id) + 1 < len(ids):
            self.table.select_id(ids[ids.index(objective.id) + 1])
        self.table.setFocus()

    def _store(self, objective: ObjectiveRow) -> bool:
        """Save the editor's evaluation of ``objective``; False when refused (said)."""
        try:
            self.ctx.call(
                exercise_objectives.evaluate_objective,
                objective.id,
                self.chosen_result(),
                self.comment.toPlainText().strip() or None,
                shown=self._shown_saved,
            )
        except StaleRecordError:
            self.reload_offer.offer()
            return False
        except DomainError as error:
            show_error(self, error)
            return False
        self.clear_errors()
        self._drafts.pop(objective.id, None)
        self._shown = None  # saved: nothing of it to keep as a draft
        self.ctx.bus.announce("crisis")
        return True

    # --- another desk evaluated the objective meanwhile (ReloadOffer) -------------------------

    def shown_record(self) -> ObjectiveRow | None:
        """The objective as the editor was filled from it (a draft's, kept across a refresh)."""
        if self._shown is None:
            return None
        result, comment = self._shown_saved
        return dataclasses.replace(self._shown, result=result, comment=comment)

    def saved_record(self) -> ObjectiveRow:
        assert self._shown is not None
        return self.ctx.call(exercise_objectives.objective_row, self._shown.id)

    def show_record(self, record: ObjectiveRow) -> None:
        """Theirs in the editor; her next save goes against it (and a draft kept from here on
        is checked against theirs)."""
        self._shown = record
        self._shown_saved = (record.result, record.comment)
        self._put(record.result, record.comment)
        # The list beside says theirs too (the rest of the exercise as it was shown).
        if self.table.replace_row(record):
            self._show_count(self.table.rows())
