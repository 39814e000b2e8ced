"""Forms of an exercise: its plan (type, when, where, scenario), an objective, a participant, a
checklist point and a lesson learned that raises an action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from samverkan_desktop import clock, unit_words
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import MONTHS
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import (
    crisis_org,
    exercise_lessons,
    exercise_objectives,
    exercise_participants,
    exercise_reading,
    exercise_templates,
    exercises,
    plans,
)
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercise_rows import (
    ExerciseDetail,
    LessonRow,
    ObjectiveRow,
    ParticipantRow,
)
from samverkan_desktop.services.exercises import ExerciseInput
from ui.actions.action_rows import due_row, what_row
from ui.actions.responsible_rows import ResponsibleFields, responsible_rows
from ui.areas import area_title
from ui.contacts.choices import people_choices
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.counted_spin import CountedSpinBox
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.form_reload import Values
from ui.widgets.number_field import NumberField
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.time_span import TimeSpanEdit


def month_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(_("– no month yet –"), None)
    for number, name in enumerate(MONTHS, start=1):
        combo.addItem(_(name), number)
    return combo


class ExerciseDialog(RecordForm[ExerciseDetail]):
    def __init__(
        self, ctx: AppContext, exercise: ExerciseDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit exercise") if exercise else _("New exercise"),
            parent,
            ok_text=_("Save") if exercise else _("Plan exercise"),
            settings=ctx.settings,
            # Wider, the room to the left column (below): at 900 px halves, a long name,
            # leader and plan were cut ("Krisledningsplan Östermalms stadsdelsförva…").
            size=(1060, 0),
        )
        self.ctx = ctx
        self.saved_id: int | None = exercise.exercise.id if exercise else None
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_("e.g. Krisledningsövning – strömavbrott"))
        self.add_row("title", _("Name"), self.title_edit)
        self.type = EnumCombo(ExerciseType, parent=self)
        self.add_row("type", _("Type"), self.type)
        self.year = NumberField(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.add_row("year", _("Year"), self.year)
        self.month = month_combo(self)
        self.add_row("month", _("Month (annual plan)"), self.month)
        if exercise is None:  # planned ahead: February picked in December is next year's
            self._year_given = self.year.value()  # the year as the dialog put it
            self.month.currentIndexChanged.connect(self._year_follows_month)
        self.date = OptionalDateEdit(self)
        self.date.setToolTip(_("When the day is set, year and month follow it"))
        self.add_row("date", _("Date"), self.date)
        self.times = TimeSpanEdit(self)
        self.time = self.times.start
        self.times.add_to(self, _("Starts at"))
        self.location = QLineEdit(self)
        self.add_row("location", _("Place"), self.location)
        self.leader = RecordCombo(_("– nobody named –"), self)
        self.leader.setMinimumContentsLength(28)
        self.leader_picker = person_picker(ctx, self, self.leader)
        self.leader.set_value(None)
        self.add_row("leader_id", _("Exercise leader"), self.leader_picker)
        # Only a new exercise takes a checklist template: an edit has no such row (its combo,
        # made anyway, lay unplaced over the "Name" label).
        self.template: QComboBox | None = None
        if exercise is None:
            self.template = QComboBox(self)
            self.template.addItem(_("– no checklist –"), None)
            for template in ctx.call(exercise_templates.list_templates, active_only=True):
                self.template.addItem(template.name, template.id)
            default = ctx.call(exercise_templates.default_template_id)
            self.template.setCurrentIndex(max(0, self.template.findData(default)))
            self.add_row("template_id", _("Planning checklist"), self.template)
        # The plans register is short: a drop-down, no typing or "new plan" button.
        self.plan = RecordCombo(_("– none –"), self, editable=False)
        self.plan.set_items(ctx.call(plans.plan_choices, exercise.plan_id if exercise else None))
        self.plan.setToolTip(
            _(
                "The crisis plan the exercise exercises: the plans register shows when each was last exercised"
            )
        )
        self.add_row("plan_id", _("Exercises the plan"), self.plan)
        if self.plan.count() <= 1:  # only "– none –": the first day, no plan registered
            self.add_note(
                "plan_id",
                _(
                    "No plans yet: the crisis plan is added under {area} → {tab} → “{action}”."
                ).format(
                    area=area_title("crisis"),
                    tab=_("Plans"),
                    action=_("New plan…").removesuffix("…"),
                ),
            )
        self.new_column()
        self.scenario = TextBox(self, _("What happens, the situation the exercise starts from"), 7)
        self.add_row("scenario", _("Scenario"), self.scenario)
        self.notes = TextBox(self, lines=4)
        self.add_row("notes", _("Notes"), self.notes)
        # The facts' column holds the long one-line names; the texts wrap in theirs.
        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)
        if exercise is not None:
            self.show_record(exercise)
        self.title_edit.setFocus()

    def _year_follows_month(self, _index: int) -> None:
        month = self.month.currentData()
        if month is not None and self.year.value() == self._year_given:  # not set by hand
            self._year_given = exercises.coming_year(month, clock.today())
            self.year.setValue(self._year_given)

    def read_record(self, shown: ExerciseDetail) -> ExerciseDetail:
        return self.ctx.call(exercise_reading.get_exercise, shown.exercise.id)

    def changed_fields(self, before: ExerciseDetail, after: ExerciseDetail) -> list[str]:
        """The form's fields are the exercise's (its name, type, when) and the detail's own
        (scenario, leader): compared in both, named in the form's order."""
        changed = {
            *super().changed_fields(before.exercise, after.exercise),
            *super().changed_fields(before, after),
        }
        return [field for field in self.field_rows() if field in changed]

    def fill(self, detail: ExerciseDetail) -> None:
        row = detail.exercise
        self.title_edit.setText(row.title)
        self.type.set_value(row.type)
        self.year.setValue(row.year)
        self.month.setCurrentIndex(max(0, self.month.findData(row.month)))
        self.date.set_value(row.date)
        self.times.set_times(detail.start_time, detail.end_time)
        self.location.setText(row.location or "")
        self.leader.set_value(detail.leader_id)
        self.plan.set_value(detail.plan_id)
        self.scenario.setPlainText(detail.scenario or "")
        self.notes.setPlainText(detail.notes or "")

    def save(self) -> None:
        check_person_known(self.leader_picker, "leader_id")
        start, end = self.times.times()
        data = ExerciseInput(
            title=self.title_edit.text(),
            type=self.type.value(),
            year=self.year.value(),
            month=self.month.currentData(),
            date=self.date.value(),
            start_time=start,
            end_time=end,
            location=self.location.text(),
            scenario=self.scenario.toPlainText(),
            leader_id=self.leader.value(),
            notes=self.notes.toPlainText(),
            status=self.record.exercise.status if self.record else ExerciseStatus.PLANNED,
            plan_id=self.plan.value(),
            expected_version=self.record.version if self.record else None,
        )
        if self.record is None:
            assert self.template is not None
            self.saved_id = self.ctx.call(
                exercises.create_exercise, data, self.template.currentData()
            )
        else:
            self.ctx.call(exercises.update_exercise, self.record.exercise.id, data)


class TextDialog(FormDialog):
    """One line of text (an objective, a checklist point), with an optional number of weeks."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        label: str,
        store: Callable[[str, int | None], object],
        text: str = "",
        weeks: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent, ok_text=_("Save"), settings=ctx.settings)
        self.store = store  # the service call: (text, weeks before or None)
        self.text_edit = QLineEdit(text, self)
        self.add_row("text", label, self.text_edit)
        self.weeks: CountedSpinBox | None = None
        if weeks:
            self.weeks = CountedSpinBox(
                lambda n: ngettext(" week before", " weeks before", n),
                self,
                unit=unit_words.weeks,
            )
            self.weeks.setRange(-1, 104)  # as the service and a template allow
            self.weeks.setSpecialValueText(_("no date"))
            self.weeks.setValue(-1)
            self.add_row("weeks_before", _("To be done"), self.weeks)
        self.text_edit.setFocus()

    def save(self) -> None:
        if not self.text_edit.text().strip():
            raise ValidationError(_("Write the text."), field="text")
        weeks = self.weeks.value() if self.weeks is not None else -1
        self.store(self.text_edit.text().strip(), None if weeks < 0 else weeks)


class ObjectiveDialog(RecordForm[ObjectiveRow]):
    """An objective's text changed; saved over another desk's change, it is refused."""

    def __init__(self, ctx: AppContext, objective: ObjectiveRow, parent: QWidget | None = None):
        super().__init__(_("Edit objective"), parent, ok_text=_("Save"), settings=ctx.settings)
        self.ctx = ctx
        self.text_edit = QLineEdit(self)
        self.text_edit.setMinimumWidth(420)  # an objective is a sentence
        self.add_row("text", _("Objective"), self.text_edit)
        self.show_record(objective)
        self.text_edit.setFocus()

    def read_record(self, shown: ObjectiveRow) -> ObjectiveRow:
        return self.ctx.call(exercise_objectives.objective_row, shown.id)

    def fill(self, record: ObjectiveRow) -> None:
        self.text_edit.setText(record.text)

    def save(self) -> None:
        assert self.record is not None
        self.ctx.call(
            exercise_objectives.update_objective,
            self.record.id,
            self.text_edit.text(),
            shown=self.record.text,
        )


class ParticipantDialog(FormDialog):
    """Add a participant (a person, the crisis role they have in the exercise, a function such as
    Motspel or Observatör) or change one."""

    def __init__(
        self,
        ctx: AppContext,
        exercise_id: int,
        participant: ParticipantRow | None = None,
        taken: set[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit participant") if participant else _("Add participant"),
            parent,
            ok_text=_("Save") if participant else _("Add"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.exercise_id = exercise_id
        self.participant = participant
        self.person = RecordCombo(_("Type part of a name …"), self)
        if participant is None:
            self.person.setMinimumContentsLength(34)
            self.person_picker = person_picker(
                ctx, self, self.person, lambda: people_choices(ctx, exclude=taken or set())
            )
            self.person.set_value(None)
            self.add_row("person_id", _("Person"), self.person_picker)
        self.role = QComboBox(self)
        self.role.addItem(_("– no crisis role –"), None)
        for role in ctx.call(crisis_org.list_roles):
            self.role.addItem(role.name, role.id)
        self.add_row("role_id", _("Role in the exercise"), self.role)
        self.function = QLineEdit(self)
        self.function.setPlaceholderText(_("e.g. Motspel, Observatör, Utvärderare"))
        self.add_row("function", _("Function"), self.function)
        if participant is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(participant.role_id)))
            self.function.setText(participant.function or "")
        else:
            self.person.setFocus()

    def save(self) -> None:
        role_id = self.role.currentData()
        function = self.function.text().strip() or None
        if self.participant is not None:
            self.ctx.call(
                exercise_participants.update_participant,
                self.participant.id,
                role_id,
                function,
                self.participant.attended,
            )
            return
        check_person_known(self.person_picker, "person_id")
        person_id = self.person.value()
        if person_id is None:
            raise ValidationError(_("Choose the person to add."), field="person_id")
        self.ctx.call(
            exercise_participants.add_participant, self.exercise_id, person_id, role_id, function
        )


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
            _("(no organisation)"),
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
