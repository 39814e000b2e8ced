"""The safety work ("Säkerhetsarbetet") of the report to the district council: the crisis
management plan's version in force, the exercises and training held in the period, the alarm
units for home visits and home loans, and where the other plans stand. Read only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    AlarmUnit,
    Exercise,
    ExerciseStatus,
    ExerciseType,
    Loan,
    PlanKind,
    UnitKind,
    UnitStatus,
)
from samverkan_desktop.services import (
    exercise_reading,
    fire_inspections,
    fire_summary,
    plan_rows,
    plans,
    training,
)
from samverkan_desktop.services.alarms import at_local
from samverkan_desktop.services.exercise_rows import ExerciseRow
from samverkan_desktop.services.fire_inspections import InspectionRow
from samverkan_desktop.services.plan_rows import DueState
from samverkan_desktop.swedish_order import sort_key

ONE_DAY = dt.timedelta(days=1)
HELD_EXERCISE = (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED)
# Said elsewhere in the report (the agreement), or the crisis plan said first.
NOT_AMONG_OTHER_PLANS = (PlanKind.CRISIS_MANAGEMENT_PLAN, PlanKind.COLLABORATION_AGREEMENT)


@dataclass(frozen=True)
class PlanPart:
    name: str
    kind: PlanKind
    version: str | None  # the version in force at the period's end; None: none adopted yet
    adopted_on: dt.date | None
    adopted_by: str | None
    next_revision: dt.date | None
    due_state: DueState  # at the period's end
    adopted_in_period: bool
    # The latest held exercise of it by the period's end (None: none by then); the crisis
    # plan's sentence says it, as the Overview names a plan long unexercised.
    last_exercised: dt.date | None = None


@dataclass(frozen=True)
class ExercisePart:
    title: str
    type: ExerciseType
    status: ExerciseStatus
    date: dt.date | None
    year: int
    month: int | None
    objectives: int
    objectives_met: int
    evaluated: int
    lessons: int
    plan: str | None = None  # the plan it exercised


@dataclass(frozen=True)
class TrainingPart:
    course: str
    dates: tuple[dt.date, ...]  # the sessions held in the period
    attendees: int


@dataclass(frozen=True)
class AlarmCounts:
    home_visit_units: int  # in use (not retired)
    home_loan_units: int
    home_visit_loans: int  # lent in the period
    home_loan_loans: int

    @property
    def any(self) -> bool:
        return bool(self.home_visit_units or self.home_loan_units)


@dataclass(frozen=True)
class FirePart:
    """The fire safety work (SBA): the latest inspection up to the period's end, and the
    evacuation leaders."""

    inspection: InspectionRow | None
    evacuation_leaders: int
    network_last_met: dt.date | None

    @property
    def any(self) -> bool:
        return self.inspection is not None or bool(self.evacuation_leaders)


@dataclass(frozen=True)
class SafetyWork:
    crisis_plans: tuple[PlanPart, ...]  # usually one
    exercises: tuple[ExercisePart, ...]  # held in the period, oldest first
    next_exercise: ExercisePart | None  # planned after today, for a period up to today
    training: tuple[TrainingPart, ...]  # by first session
    alarms: AlarmCounts
    other_plans: tuple[PlanPart, ...]  # by next revision
    fire: FirePart | None = None


def _last_exercised(session: Session, last: dt.date) -> dict[int, dt.date]:
    """Each plan's latest held exercise on or before ``last``, by plan id."""
    query = (
        select(Exercise.plan_id, func.max(Exercise.date))
        .where(
            Exercise.plan_id.is_not(None),
            Exercise.status.in_(HELD_EXERCISE),
            Exercise.date <= last,
        )
        .group_by(Exercise.plan_id)
    )
    return {
        plan_id: day
        for plan_id, day in session.execute(query)
        if plan_id is not None and day is not None
    }


def plan_parts(session: Session, first: dt.date, last: dt.date) -> list[PlanPart]:
    """The plans in use, each with its version in force at ``last``, by next revision."""
    exercised = _last_exercised(session, last)
    parts = []
    for row in plans.list_plans(session, last, include_inactive=False):
        detail = plans.get_plan(session, row.id, last)
        # The version in force at the period's end (a later one did not exist then).
        version = next((v for v in detail.versions if v.adopted_on <= last), None)
        adopted_on = version.adopted_on if version else None
        due = plan_rows.next_revision(adopted_on, row.revision_interval_months)
        state, _days = plan_rows.revision_due(due, row.active, last)
        parts.append(
            PlanPart(
                name=row.name,
                kind=row.kind,
                version=version.version if version else None,
                adopted_on=adopted_on,
                adopted_by=version.adopted_by if version else None,
                next_revision=due,
                due_state=state,
                adopted_in_period=adopted_on is not None and first <= adopted_on <= last,
                last_exercised=exercised.get(row.id),
            )
        )
    parts.sort(
        key=lambda p: (p.next_revision is None, p.next_revision or dt.date.max, sort_key(p.name))
    )
    return parts


def held_exercises(session: Session, first: dt.date, last: dt.date) -> tuple[ExercisePart, ...]:
    """The exercises held (conducted or evaluated) from ``first`` to ``last``, oldest first."""
    rows = [
        r
        for r in exercise_reading.list_exercises(session)
        if r.status in HELD_EXERCISE and r.date is not None and first <= r.date <= last
    ]
    rows.sort(key=lambda r: (r.date or first, r.id))
    return tuple(_exercise_part(r) for r in rows)


def _exercise_part(row: ExerciseRow) -> ExercisePart:
    return ExercisePart(
        row.title,
        row.type,
        row.status,
        row.date,
        row.year,
        row.month,
        row.objectives,
        row.objectives_met,
        row.evaluated,
        row.lessons,
        row.plan,
    )


def next_planned_exercise(session: Session, last: dt.date, today: dt.date) -> ExercisePart | None:
    """The next exercise planned after today, for a report whose period reaches today (an
    older period's report says what was done then)."""
    if last < today:
        return None
    ahead = exercise_reading.next_exercise(session, today + ONE_DAY)
    return _exercise_part(ahead) if ahead else None


def _training(
    session: Session, first: dt.date, last: dt.date, today: dt.date
) -> tuple[TrainingPart, ...]:
    held_by = min(last, today)  # a session booked ahead is not yet held
    by_course: dict[str, tuple[list[dt.date], list[int]]] = {}
    for row in sorted(training.list_sessions(session), key=lambda s: (s.held_on, s.id)):
        if first <= row.held_on <= held_by:
            dates, counts = by_course.setdefault(row.course, ([], []))
            dates.append(row.held_on)
            counts.append(row.attendee_count)
    return tuple(
        TrainingPart(course, tuple(dates), sum(counts))
        for course, (dates, counts) in by_course.items()
    )


def _alarms(session: Session, first: dt.date, last: dt.date) -> AlarmCounts:
    units = dict(
        session.execute(
            select(AlarmUnit.kind, func.count(AlarmUnit.id))
            .where(AlarmUnit.status != UnitStatus.RETIRED)
            .group_by(AlarmUnit.kind)
        ).all()
    )
    loans = dict(
        session.execute(
            select(Loan.purpose, func.count(Loan.id))
            .where(
                Loan.out_at >= at_local(first, dt.time(0)),
                Loan.out_at < at_local(last + dt.timedelta(days=1), dt.time(0)),
            )
            .group_by(Loan.purpose)
        ).all()
    )
    return AlarmCounts(
        units.get(UnitKind.HOME_VISIT, 0),
        units.get(UnitKind.HOME_LOAN, 0),
        loans.get(UnitKind.HOME_VISIT, 0),
        loans.get(UnitKind.HOME_LOAN, 0),
    )


def _fire(session: Session, last: dt.date) -> FirePart:
    held = [r for r in fire_inspections.list_inspections(session, last) if r.inspected_on <= last]
    summary = fire_summary.summary(session, last)
    return FirePart(
        inspection=held[0] if held else None,  # newest first
        evacuation_leaders=summary.evacuation_leaders,
        network_last_met=summary.network_last_met,
    )


def safety_work(session: Session, first: dt.date, last: dt.date, today: dt.date) -> SafetyWork:
    parts = plan_parts(session, first, last)
    return SafetyWork(
        crisis_plans=tuple(p for p in parts if p.kind is PlanKind.CRISIS_MANAGEMENT_PLAN),
        exercises=held_exercises(session, first, last),
        next_exercise=next_planned_exercise(session, last, today),
        training=_training(session, first, last, today),
        alarms=_alarms(session, first, last),
        other_plans=tuple(p for p in parts if p.kind not in NOT_AMONG_OTHER_PLANS),
        fire=_fire(session, last),
    )
