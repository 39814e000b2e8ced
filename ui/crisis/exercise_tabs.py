"""The planning tabs of one exercise: scenario and objectives, participants by role, and the
planning checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import clock_held, with_clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import (
    exercise_objectives,
    exercise_participants,
    exercise_reading,
    exercises,
)
from samverkan_desktop.services.exercise_rows import ExerciseDetail, ObjectiveRow, ParticipantRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import button_row, in_list_order
from ui.crisis.exercise_text_dialogs import ObjectiveDialog, TextDialog
from ui.crisis.exercises_page import when_text
from ui.crisis.participant_dialog import ParticipantDialog
from ui.widgets.arrow_buttons import DOWN, UP, as_up_and_down, enable_arrows, own_place
from ui.widgets.detail import DETAIL_STYLE, FactList
from ui.widgets.dialogs import confirm, show_error, show_info
from ui.widgets.operations import perform, refused_before_asking, run_form
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import Column
from ui.widgets.wording import EMPTY


class ExerciseTab(QWidget):
    """A tab showing one part of the exercise; changes go through a service and announce."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ExerciseDetail | None = None

    @property
    def exercise_id(self) -> int:
        assert self.detail is not None
        return self.detail.exercise.id

    def change(self, function, *args) -> bool:  # type: ignore[no-untyped-def]
        return perform(self, self.ctx, "crisis", function, *args)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        self.detail = detail


# --- scenario and objectives -------------------------------------------------------------------


def objective_columns() -> list[Column[ObjectiveRow]]:
    return [
        Column("#", lambda r: r.position, align_right=True, width=34),
        # the objectives beside the scenario: a few, in a tall list, read whole
        Column(_("Objective"), lambda r: r.text, tooltip=lambda r: r.text, wrap=True),
    ]


class ScenarioTab(ExerciseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(DETAIL_STYLE)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(heading(_("The exercise"), left))
        self.facts = FactList(left)
        for key, label in (
            ("type", _("Type")),
            ("when", _("When")),
            ("place", _("Place")),
            ("leader", _("Exercise leader")),
            ("checklist", _("Planning checklist")),
        ):
            self.facts.add_fact(key, label)
        left_layout.addWidget(self.facts)
        left_layout.addWidget(heading(_("Scenario"), left))
        self.scenario = self._text(left)
        left_layout.addWidget(self.scenario)
        self.notes_heading = heading(_("Notes"), left)
        left_layout.addWidget(self.notes_heading)
        self.notes = self._text(left)
        left_layout.addWidget(self.notes)
        left_layout.addStretch(1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.objectives_heading = heading(_("Objectives"), right)
        right_layout.addWidget(self.objectives_heading)
        row, self.buttons = button_row(
            right,
            [
                (_("Add objective…"), self.add_objective),
                (_("Edit…"), self.edit_objective),
                (UP, lambda: self.move_selected(-1)),
                (DOWN, lambda: self.move_selected(1)),
                (_("Delete…"), self.delete_objective),
            ],
        )
        as_up_and_down(*self.buttons[2:4])
        right_layout.addLayout(row)
        self.objectives: RecordTable[ObjectiveRow] = RecordTable(objective_columns(), right)
        back_to_list(self.buttons[4], self.objectives, self.buttons[0])
        self.objectives.set_empty_text(_("No objectives yet: what is the exercise to test?"))
        self.objectives.activated.connect(lambda _r: self.edit_objective())
        self.objectives.current_changed.connect(lambda _r: self._update_buttons())
        right_layout.addWidget(self.objectives, 1)
        right_layout.addWidget(
            muted(_("Each objective is evaluated after the exercise (Evaluation tab)."), right)
        )

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(split)
        self._update_buttons()

    @staticmethod
    def _text(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _update_buttons(self) -> None:
        selected = self.objectives.current_row() is not None
        for button in self.buttons[1:]:
            button.setEnabled(selected)
        up, down, table = *self.buttons[2:4], self.objectives
        enable_arrows(up, down, own_place(table), len(table.rows_model.rows()), table)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        super().show_exercise(detail)
        row = detail.exercise
        self.facts.set_fact("type", _(row.type.label))
        self.facts.set_fact(
            "when", clock_held(with_clock(when_text(row), detail.start_time, detail.end_time))
        )
        self.facts.set_fact("place", row.location)
        self.facts.set_fact("leader", row.leader)
        self.facts.set_fact("checklist", detail.template_name)
        self.scenario.setText(detail.scenario or _("No scenario written yet."))
        self.notes.setText(detail.notes or "")
        self.notes.setVisible(bool(detail.notes))
        self.notes_heading.setVisible(bool(detail.notes))
        self.objectives_heading.setText(
            _("Objectives ({count})").format(count=len(detail.objectives))
        )
        self.objectives.set_rows(detail.objectives)
        self._update_buttons()

    def add_objective(self) -> None:
        if self.detail is None:
            return
        exercise_id = self.exercise_id
        dialog = TextDialog(
            self.ctx,
            _("New objective"),
            _("Objective"),
            lambda text, _w: self.ctx.call(exercise_objectives.add_objective, exercise_id, text),
            parent=self,
        )
        dialog.text_edit.setPlaceholderText(
            _("e.g. The crisis management team is convened within 1 hour")
        )
        was_evaluated = self.detail.exercise.status is ExerciseStatus.EVALUATED
        if not run_form(dialog, self.ctx, "crisis") or not was_evaluated:
            return
        try:
            row = self.ctx.call(exercise_reading.get_exercise, exercise_id).exercise
        except DomainError:
            return
        if row.status is not ExerciseStatus.EVALUATED:
            # The service took the exercise back: its first objective is not yet assessed.
            show_info(
                self,
                _(
                    "“{title}” is back to conducted: assess the new objective on the Evaluation "
                    "tab, then mark the exercise as evaluated again."
                ).format(title=row.title),
            )

    def edit_objective(self) -> None:
        objective = self.objectives.current_row()
        if objective is None:
            return
        run_form(ObjectiveDialog(self.ctx, objective, parent=self), self.ctx, "crisis")

    def move_selected(self, delta: int) -> None:
        in_list_order(self.objectives)
        objective = self.objectives.current_row()
        if objective is not None:
            self.change(exercise_objectives.move_objective, objective.id, delta)

    def delete_objective(self) -> None:
        objective = self.objectives.current_row()
        if objective is None or refused_before_asking(
            self, self.ctx, "crisis", exercise_objectives.check_objective_deletable, objective.id
        ):
            return
        if confirm(
            self,
            _("Delete objective"),
            _("Delete the objective “{text}” and its evaluation?").format(text=objective.text),
            _("Delete"),
        ):
            self.change(exercise_objectives.delete_objective, objective.id)


# --- participants ------------------------------------------------------------------------------


def participant_columns() -> list[Column[ParticipantRow]]:
    return [
        Column(_("Name"), lambda r: r.name, width=170),
        Column(_("Role"), lambda r: r.role, width=160),
        Column(_("Function"), lambda r: r.function, width=130),
        Column(
            _("Organisation"), lambda r: r.organisation, tooltip=lambda r: r.organisation, width=220
        ),
        Column(
            _("Attended"), lambda r: "✓" if r.attended else EMPTY, sort_key=lambda r: r.attended
        ),
    ]


class ParticipantsTab(ExerciseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(_("Participants"), self)
        row, self.buttons = button_row(
            self,
            [
                (_("Add participant…"), self.add_participant),
                (_("Add the crisis organisation"), self.add_from_roles),
                (_("Edit…"), self.edit_participant),
                (_("Attended yes/no"), self.toggle_attended),
                (_("Remove…"), self.remove_participant),
            ],
        )
        self.buttons[1].setToolTip(
            _("Add the primary holders and deputies of every crisis role who are not on the list")
        )
        self.table: RecordTable[ParticipantRow] = RecordTable(participant_columns(), self)
        back_to_list(self.buttons[4], self.table, self.buttons[0])
        self.table.set_empty_text(_("No participants yet."))
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _r: self.edit_participant())
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        self.table.on_tick(self.toggle_attended)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            muted(
                _("{key} marks the selected participant as attended or not.").format(
                    key=key_guide.LIST_TICK.label()
                ),
                self,
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current_row() is not None
        for button in self.buttons[2:]:
            button.setEnabled(selected)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        super().show_exercise(detail)
        attended = sum(1 for p in detail.participants if p.attended)
        count = len(detail.participants)
        # Before the exercise is held "0 deltog" read as nobody came (the printout leaves the
        # attendance blank until then too).
        if detail.exercise.status in exercises.HELD or attended:
            text = _("Participants ({count}, {attended} attended)").format(
                count=count, attended=attended
            )
        else:
            text = _("Participants ({count})").format(count=count)
        self.heading.setText(text)
        self.table.set_rows(detail.participants)
        self._update_buttons()

    def add_participant(self) -> None:
        if self.detail is None:
            return
        taken = {p.person_id for p in self.detail.participants}
        run_form(
            ParticipantDialog(self.ctx, self.exercise_id, taken=taken, parent=self),
            self.ctx,
            "crisis",
        )

    def add_from_roles(self) -> None:
        if self.detail is None:
            return
        try:
            added = self.ctx.call(
                exercise_participants.add_participants_from_roles, self.exercise_id
            )
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.bus.announce("crisis")
        show_info(
            self,
            ngettext(
                "{n} person from the crisis organisation was added.",
                "{n} people from the crisis organisation were added.",
                added,
            ).format(n=added)
            if added
            else _("Everyone in the crisis organisation is already on the list."),
        )

    def edit_participant(self) -> None:
        participant = self.table.current_row()
        if participant is not None and self.detail is not None:
            run_form(
                ParticipantDialog(self.ctx, self.exercise_id, participant, parent=self),
                self.ctx,
                "crisis",
            )

    def toggle_attended(self) -> None:
        p = self.table.current_row()
        if p is not None:
            self.change(
                exercise_participants.update_participant,
                p.id,
                p.role_id,
                p.function,
                not p.attended,
            )

    def remove_participant(self) -> None:
        p = self.table.current_row()
        if p is not None and confirm(
            self,
            _("Remove participant"),
            _("Remove {name} from the exercise?").format(name=p.name),
            _("Remove"),
        ):
            self.change(exercise_participants.remove_participant, p.id)
