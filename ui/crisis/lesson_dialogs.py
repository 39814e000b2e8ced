"""A lesson learned of an exercise: a new one and the action it raises (in the rows every
action form has), a lesson's text and objective changed, and the objectives' choice they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_lessons, exercise_objectives
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercise_rows import ExerciseDetail, LessonRow, ObjectiveRow
from ui.actions.action_rows import due_row, what_row
from ui.actions.responsible_rows import ResponsibleFields, responsible_rows
from ui.context import AppContext
from ui.widgets.fields import TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.form_reload import Values
from ui.widgets.record_form import RecordForm


class ObjectiveCombo(QComboBox):
    """The exercise's objectives to tie a lesson to, or none (a lesson may stand alone). Its
    value is the objective, not its place in the list: after another desk's objectives are
    loaded (F5) the one she chose stays chosen though the list was read anew
    (form_reload.Compound)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(30)

    def set_objectives(self, objectives: Iterable[ObjectiveRow], chosen: int | None) -> None:
        self.clear()
        self.addItem(_("– not tied to an objective –"), None)
        for objective in objectives:
            self.addItem(f"{objective.position}. {objective.text}", objective.id)
            self.setItemData(self.count() - 1, objective.text, Qt.ItemDataRole.ToolTipRole)
        self.choose(chosen)

    def choose(self, objective_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(objective_id)))

    def form_values(self) -> Values:
        return (self.currentData(),)

    def put_form_values(self, values: Values) -> None:
        self.choose(values[0])  # type: ignore[arg-type]

    def form_text(self) -> str:
        return self.currentText()


def objective_combo(
    detail: ExerciseDetail, objective_id: int | None, parent: QWidget
) -> ObjectiveCombo:
    combo = ObjectiveCombo(parent)
    combo.set_objectives(detail.objectives, objective_id)
    return combo


class LessonDialog(ResponsibleFields, FormDialog):
    """A lesson learned and the action it raises, if any: what is to be done, who, by when."""

    def __init__(
        self,
        ctx: AppContext,
        detail: ExerciseDetail,
        objective_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("New lesson learned"),
            parent,
            ok_text=_("Add and raise action"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = None
        self.lesson = TextBox(self, _("What the exercise showed"), 3)
        self.add_row("text", _("Lesson"), self.lesson)
        self.objective = objective_combo(detail, objective_id, self)
        self.add_row("objective_id", _("Objective"), self.objective)
        # What went well needs nothing done: unticked, the lesson is recorded without an action
        # (and without anyone responsible); ticked, the action's fields are required as ever.
        self.raises_action = QCheckBox(_("Raise an action (something is to be done)"), self)
        self.raises_action.setChecked(True)
        self.add_row("raise_action", _("Follow-up"), self.raises_action)
        # The action's rows in Åtgärder's words, order and hints (ui.actions.action_rows); what
        # an empty title becomes, which the other forms have not, said under it.
        self.action = what_row(self, "action_title")
        self.empty_action = self.add_note(
            "action_title", _("Empty: the action takes the lesson's text.")
        )
        # Who, as every action form asks it (Åtgärder, a meeting's, a walk's).
        self.responsible = responsible_rows(
            self,
            ctx,
            "responsible_person_id",
            "responsible_organisation_id",
            _("– no organisation –"),
        )
        self.person.set_value(None)
        self.organisation.set_value(None)
        # The action's "say who is responsible" under the person (it stood atop the form, far
        # from the two fields that answer it), the focus in the person's field.
        self.add_part("responsible", "responsible_person_id", self.person_picker)
        self.due = due_row(self, clock.today() + dt.timedelta(days=90))
        self.raises_action.toggled.connect(self._follow_up_changed)
        self.setMinimumWidth(600)
        self.lesson.setFocus()

    def _follow_up_changed(self, raised: bool) -> None:
        for field in (
            self.action,
            self.empty_action,
            self.person_picker,
            self.organisation_picker,
            self.due,
        ):
            field.setEnabled(raised)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_("Add and raise action") if raised else _("Add lesson"))

    def save(self) -> None:
        raised = self.raises_action.isChecked()
        if raised:  # unticked, the greyed action fields are not asked about
            self.responsible.check_known()
        data = LessonInput(
            text=self.lesson.toPlainText(),
            action_title=self.action.text().strip() or None,
            responsible_person_id=self.person.value(),
            responsible_organisation_id=self.organisation.value(),
            due_on=self.due.value(),
            objective_id=self.objective.currentData(),
            raise_action=raised,
        )
        self.saved_id = self.ctx.call(exercise_lessons.add_lesson, self.detail.exercise.id, data)


class EditLessonDialog(RecordForm[LessonRow]):
    """A lesson's text and the objective it is about; its action is edited in Actions. Saved
    over another desk's change, it is refused."""

    def __init__(
        self,
        ctx: AppContext,
        detail: ExerciseDetail,
        lesson: LessonRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Edit lesson"), parent, ok_text=_("Save"), settings=ctx.settings)
        self.ctx = ctx
        self.lesson = TextBox(self, _("What the exercise showed"), 3)
        self.add_row("text", _("Lesson"), self.lesson)
        self.exercise_id = detail.exercise.id
        self.objective = ObjectiveCombo(self)  # filled with the lesson (fill)
        self.add_row("objective_id", _("Objective"), self.objective)
        self.setMinimumWidth(600)
        self.show_record(lesson)
        self.lesson.setFocus()

    def read_record(self, shown: LessonRow) -> LessonRow:
        return self.ctx.call(exercise_lessons.lesson_row, shown.id)

    def fill(self, record: LessonRow) -> None:
        self.lesson.setPlainText(record.text)
        # Read anew: after F5 the lesson may be about an objective another desk added, and
        # the objectives may be renamed or moved since the window listed them.
        objectives = self.ctx.call(exercise_objectives.objective_rows, self.exercise_id)
        self.objective.set_objectives(objectives, record.objective_id)

    def save(self) -> None:
        assert self.record is not None
        self.ctx.call(
            exercise_lessons.update_lesson,
            self.record.id,
            self.lesson.toPlainText(),
            self.objective.currentData(),
            shown=(self.record.text, self.record.objective_id),
        )
