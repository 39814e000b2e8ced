"""What the Crisis area's exercise views and printouts show: an exercise's row in a list and its
detail with objectives, participants, checklist, conduct log and lessons (built by
exercise_reading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.formatting import EMPTY
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.services.action_rows import ActionRow


@dataclass(frozen=True)
class ExerciseRow:
    id: int
    title: str
    type: ExerciseType
    status: ExerciseStatus
    year: int
    month: int | None
    date: dt.date | None
    location: str | None
    leader: str | None
    objectives: int
    objectives_met: int
    objectives_partly: int
    objectives_not_met: int
    evaluated: int  # objectives with a result
    lessons: int
    open_actions: int
    participants: int
    checklist_done: int
    checklist_total: int
    plan: str | None = None  # the name of the crisis plan it exercises
    start_time: dt.time | None = None
    end_time: dt.time | None = None


def objectives_text(row: ExerciseRow) -> str:
    """The Objectives cell of the exercise lists, the window's and the command line's alike:
    "2 mål" before any is evaluated (an exercise not yet held has met none, and "0 av 2" or
    "Uppfyllda mål: 2 mål" read as if it had), "1 av 2 uppfyllda" after; "–" without any."""
    if not row.objectives:
        return EMPTY
    if not row.evaluated:
        return ngettext("{n} objective", "{n} objectives", row.objectives).format(n=row.objectives)
    # Agrees with the number met: "1 av 4 uppfyllt", "2 av 4 uppfyllda" (as in the printout).
    return ngettext("{met} of {total} met", "{met} of {total} met", row.objectives_met).format(
        met=row.objectives_met, total=row.objectives
    )


def objectives_unevaluated(row: ExerciseRow) -> int:
    """How many objectives await their evaluation: those of a held exercise without a result
    (none before it is held: nothing is evaluated in advance)."""
    held = row.status in (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED)
    return row.objectives - row.evaluated if held or row.evaluated else 0


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    position: int
    text: str
    result: ObjectiveResult | None
    comment: str | None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    name: str
    title: str | None
    organisation: str | None
    phone: str | None
    role_id: int | None
    role: str | None
    function: str | None
    attended: bool


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    position: int
    title: str
    guidance: str | None
    weeks_before: int | None
    due_on: dt.date | None  # the exercise day minus the weeks
    done_on: dt.date | None


@dataclass(frozen=True)
class LogRow:
    id: int
    logged_at: dt.datetime
    text: str


@dataclass(frozen=True)
class LessonRow:
    id: int
    text: str
    objective_id: int | None
    objective: str | None
    action_id: int | None
    action: ActionRow | None
    # No action now, though one was raised and deleted since (services.lesson_actions_removed):
    # ``action_removed``, with the day when the audit trail has it.
    action_removed: bool = False
    action_removed_on: dt.date | None = None

    @property
    def action_text(self) -> str:
        """The lesson's action as the window and the evaluation report name it: its title, or
        why there is none ("(åtgärden togs bort 2026-11-20)", "(ingen åtgärd)")."""
        if self.action is not None:
            return self.action.title
        if self.action_removed_on is not None:
            return _("(the action was deleted {date})").format(
                date=self.action_removed_on.isoformat()
            )
        return _("(the action was deleted)") if self.action_removed else _("(no action)")


@dataclass(frozen=True)
class ExerciseDetail:
    exercise: ExerciseRow
    scenario: str | None
    notes: str | None
    assessment: str | None  # "Samlad bedömning" (services.exercise_assessment)
    start_time: dt.time | None
    leader_id: int | None
    template_name: str | None
    plan_id: int | None
    objectives: tuple[ObjectiveRow, ...]
    participants: tuple[ParticipantRow, ...]
    checklist: tuple[ChecklistRow, ...]
    log: tuple[LogRow, ...]
    lessons: tuple[LessonRow, ...]
    version: int  # the row version the exercise form saves against (services.versions)
    end_time: dt.time | None = None  # None: about two hours assumed (calendar_entries)


@dataclass(frozen=True)
class PlanMonth:
    month: int  # 1-12; 0 collects the exercises not yet given a month
    exercises: tuple[ExerciseRow, ...]
