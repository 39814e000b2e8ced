"""What the Crisis area's exercise views and printouts show: an exercise's row in a list and its
detail with objectives, participants, checklist, conduct log and lessons (built by
exercise_reading)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.services.actions import ActionRow


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


@dataclass(frozen=True)
class ExerciseDetail:
    exercise: ExerciseRow
    scenario: str | None
    notes: str | None
    assessment: str | None  # "Samlad bedömning" (services.exercise_assessment)
    start_time: dt.time | None
    leader_id: int | None
    template_name: str | None
    objectives: tuple[ObjectiveRow, ...]
    participants: tuple[ParticipantRow, ...]
    checklist: tuple[ChecklistRow, ...]
    log: tuple[LogRow, ...]
    lessons: tuple[LessonRow, ...]


@dataclass(frozen=True)
class PlanMonth:
    month: int  # 1-12; 0 collects the exercises not yet given a month
    exercises: tuple[ExerciseRow, ...]
