"""The exercise's plan: its name, type, when (a month of the annual plan, or a day and
hours), where, its leader, the crisis plan it exercises and its scenario."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import MONTHS
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercise_templates, exercises, plans
from samverkan_desktop.services.exercise_rows import ExerciseDetail
from samverkan_desktop.services.exercises import ExerciseInput
from ui.areas import area_title
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
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
        self,
        ctx: AppContext,
        exercise: ExerciseDetail | None = None,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
    ) -> None:
        """``year``: a new exercise's, the annual plan's shown beside the list (this year's
        unless given)."""
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
        self.year.setValue(year or clock.today().year)
        self.add_row("year", _("Year"), self.year)
        self.month = month_combo(self)
        self.add_row("month", _("Month (annual plan)"), self.month)
        self._year_given: int | None = None
        if exercise is None:  # planned ahead: February picked in December is next year's
            self._year_given = self.year.value()  # the year as the dialog put it
            self._year_shown = self._year_given  # the annual plan's it was opened from
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
        self.add_check("leader_id", lambda: check_person_known(self.leader_picker, "leader_id"))
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
        # The month and year follow the date while the dialog is open, as the saved exercise
        # does (exercises.py saves a dated exercise in its date's month): a month chosen by
        # hand beside a date was shown and then silently not saved.
        self.date.dateChanged.connect(lambda *_args: self._month_follows_date())
        self._month_follows_date()
        self.title_edit.setFocus()

    def _month_follows_date(self) -> None:
        day = self.date.value_or_none()
        follows = (
            _("Follows the date; month and year are chosen only for an exercise without a date")
            if day is not None
            else ""
        )
        for field in (self.month, self.year):  # chosen only for an undated exercise
            field.setEnabled(day is None)
            field.setToolTip(follows)
        if day is None:
            return
        self.month.setCurrentIndex(self.month.findData(day.month))
        self.year.setValue(day.year)
        if self._year_given is not None:  # the year the dialog put, not one set by hand
            self._year_given = day.year

    def _year_follows_month(self, _index: int) -> None:
        month = self.month.currentData()
        if month is not None and self.year.value() == self._year_given:  # not set by hand
            self._year_given = exercises.planned_year(month, self._year_shown, clock.today())
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
