"""The crisis preparedness (krisberedskap) of the annual follow-up (VB): the crisis plans in
force at the year's end and those revised in it, the exercises held in the year (date, kind,
the plan exercised) and the lessons learned still open, from this year's exercises or earlier.

Why at VB: the city's safety programme, whose focus areas include the crisis management
capability, is followed up in the budget work's T1, T2 and annual report (shared/seeds/003),
and the district tells its council the crisis plan's revision and the exercise held beside the
collaboration's work (seed 000). The groups' tertial follow-ups keep to the groups.

Lessons are counted as the groups' actions are: on the year's last day once it has ended,
today while it runs (services/action_counting.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.models import (
    Action,
    ActionSource,
    Exercise,
    ExerciseLesson,
    Person,
    PlanKind,
)
from samverkan_desktop.services.action_counting import open_on, responsible_of
from samverkan_desktop.services.council_safety import (
    ExercisePart,
    PlanPart,
    held_exercises,
    next_planned_exercise,
    plan_parts,
)

# The plans of the crisis preparedness: the four documents of the law on extraordinary events,
# the crisis management plan and the continuity plans. Not the collaboration's own plans (the
# agreement, the situation picture, the VBE plan), the threat routine nor the fire safety.
CRISIS_PLAN_KINDS = frozenset(
    {
        PlanKind.STEERING_DOCUMENT,
        PlanKind.RISK_ANALYSIS,
        PlanKind.EXTRAORDINARY_EVENTS_PLAN,
        PlanKind.TRAINING_EXERCISE_PLAN,
        PlanKind.CRISIS_MANAGEMENT_PLAN,
        PlanKind.CONTINUITY_PLAN,
    }
)


@dataclass(frozen=True)
class OpenLesson:
    lesson: str  # what the exercise showed
    action: str  # what is done about it
    exercise: str
    exercise_date: dt.date | None
    exercise_year: int
    responsible: str  # "person · organisation" (action_rows.responsible_text)
    due_on: dt.date | None
    overdue: bool  # past its due date on the day counted
    responsible_person: str | None = None  # the person alone, to print apart from it


@dataclass(frozen=True)
class CrisisPreparedness:
    # In force on the day counted, by next revision; ``adopted_in_period``: revised in the year.
    plans: tuple[PlanPart, ...]
    exercises: tuple[ExercisePart, ...]  # held in the year, oldest first
    open_lessons: tuple[OpenLesson, ...]  # the overdue first, then by due date
    counted_on: dt.date  # the day the lessons are counted open
    next_exercise: ExercisePart | None = None  # planned after today, while the year runs

    @property
    def any(self) -> bool:
        return bool(self.plans or self.exercises or self.open_lessons)


def _open_lessons(session: Session, last: dt.date, counted: dt.date) -> tuple[OpenLesson, ...]:
    rows = session.execute(
        select(Action, ExerciseLesson.text, Exercise.title, Exercise.date, Exercise.year)
        .join(ExerciseLesson, ExerciseLesson.action_id == Action.id)
        .join(Exercise, Exercise.id == ExerciseLesson.exercise_id)
        .where(Action.source_type == ActionSource.EXERCISE_LESSON, Action.raised_on <= last)
        .options(
            selectinload(Action.responsible_person).selectinload(Person.organisation),
            selectinload(Action.responsible_organisation),
        )
    ).all()
    lessons = [
        OpenLesson(
            lesson=text,
            action=action.title,
            exercise=title,
            exercise_date=day,
            exercise_year=year,
            responsible=responsible_of(action),
            responsible_person=action.responsible_person.name
            if action.responsible_person
            else None,
            due_on=action.due_on,
            overdue=action.due_on is not None and action.due_on < counted,
        )
        for action, text, title, day, year in rows
        if open_on(action, counted)
    ]
    lessons.sort(key=lambda item: (not item.overdue, item.due_on or dt.date.max, item.exercise))
    return tuple(lessons)


def crisis_preparedness(
    session: Session, first: dt.date, last: dt.date, today: dt.date
) -> CrisisPreparedness:
    counted = min(last, today)
    return CrisisPreparedness(
        plans=tuple(p for p in plan_parts(session, first, counted) if p.kind in CRISIS_PLAN_KINDS),
        exercises=held_exercises(session, first, counted),
        open_lessons=_open_lessons(session, last, counted),
        counted_on=counted,
        next_exercise=next_planned_exercise(session, last, today),
    )
