"""Reading crisis exercises: the list, one exercise's detail, the year's plan month by month and
the next exercise ahead."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    ActionSource,
    Exercise,
    ExerciseLesson,
    ExerciseStatus,
    ExerciseType,
    ObjectiveResult,
)
from samverkan_desktop.services import action_filter, action_reading, settings
from samverkan_desktop.services.exercise_rows import (
    ChecklistRow,
    ExerciseDetail,
    ExerciseRow,
    LessonRow,
    LogRow,
    ObjectiveRow,
    ParticipantRow,
    PlanMonth,
)
from samverkan_desktop.services.lesson_actions_removed import removed_actions
from samverkan_desktop.services.validation import clean


def _query():  # type: ignore[no-untyped-def]
    return (
        select(Exercise)
        .options(
            selectinload(Exercise.objectives),
            selectinload(Exercise.participants),
            selectinload(Exercise.checklist),
            selectinload(Exercise.lessons).selectinload(ExerciseLesson.action),
            selectinload(Exercise.leader),
            selectinload(Exercise.plan),
        )
        .execution_options(populate_existing=True)
    )  # positions may have just been renumbered


def _row(exercise: Exercise) -> ExerciseRow:
    results = [o.result for o in exercise.objectives]
    return ExerciseRow(
        id=exercise.id,
        title=exercise.title,
        type=exercise.type,
        status=exercise.status,
        year=exercise.year,
        month=exercise.month,
        date=exercise.date,
        location=exercise.location,
        leader=exercise.leader.name if exercise.leader else None,
        objectives=len(results),
        objectives_met=results.count(ObjectiveResult.MET),
        objectives_partly=results.count(ObjectiveResult.PARTLY),
        objectives_not_met=results.count(ObjectiveResult.NOT_MET),
        evaluated=sum(1 for r in results if r is not None),
        lessons=len(exercise.lessons),
        open_actions=sum(
            1 for lesson in exercise.lessons if lesson.action and not lesson.action.status.is_closed
        ),
        participants=len(exercise.participants),
        checklist_done=sum(1 for item in exercise.checklist if item.done_on is not None),
        checklist_total=len(exercise.checklist),
        plan=exercise.plan.name if exercise.plan else None,
        start_time=exercise.start_time,
        end_time=exercise.end_time,
    )


def _days(exercise: Exercise) -> tuple[dt.date, dt.date]:
    """The first and last day an exercise may be on: its day, else its month, else its year."""
    if exercise.date is not None:
        return exercise.date, exercise.date
    if exercise.month is not None:
        start = dt.date(exercise.year, exercise.month, 1)
        following = dt.date(exercise.year + exercise.month // 12, exercise.month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    return dt.date(exercise.year, 1, 1), dt.date(exercise.year, 12, 31)


def _sort_key(row: ExerciseRow) -> tuple[int, int, dt.date]:
    return (row.year, row.month or 0, row.date or dt.date(row.year, row.month or 1, 1))


def list_exercises(
    session: Session,
    *,
    year: int | None = None,
    type: ExerciseType | None = None,
    status: ExerciseStatus | None = None,
    search: str | None = None,
    first: dt.date | None = None,
    last: dt.date | None = None,
    plan_id: int | None = None,
) -> list[ExerciseRow]:
    """Exercises, newest first. ``first``/``last``: those held or planned on those days or
    between; one without a day yet counts as its planned month, or year, so that 1 January to
    31 December lists what ``year`` lists. ``plan_id``: those that exercise that plan."""
    query = _query()
    if plan_id is not None:
        query = query.where(Exercise.plan_id == plan_id)
    if year is not None:
        query = query.where(Exercise.year == year)
    if type is not None:
        query = query.where(Exercise.type == type)
    if status is not None:
        query = query.where(Exercise.status == status)
    needle = (clean(search) or "").casefold()
    rows = []
    for exercise in session.scalars(query):
        if needle and needle not in f"{exercise.title} {exercise.scenario or ''}".casefold():
            continue
        start, end = _days(exercise)
        if (first is not None and end < first) or (last is not None and start > last):
            continue
        rows.append(_row(exercise))
    rows.sort(key=lambda r: (_sort_key(r), r.id), reverse=True)
    return rows


def get_exercise(
    session: Session, exercise_id: int, today: dt.date | None = None
) -> ExerciseDetail:
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    exercise = load(session, exercise_id)
    action_rows = {
        row.id: row
        for row in action_reading.list_actions(
            session, action_filter.ActionFilter(source_type=ActionSource.EXERCISE_LESSON), today
        )
    }
    removed = removed_actions(session, [x.id for x in exercise.lessons if x.action_id is None])
    return ExerciseDetail(
        exercise=_row(exercise),
        scenario=exercise.scenario,
        notes=exercise.notes,
        assessment=exercise.assessment,
        version=exercise.version,
        start_time=exercise.start_time,
        end_time=exercise.end_time,
        leader_id=exercise.leader_id,
        template_name=exercise.template_name,
        plan_id=exercise.plan_id,
        objectives=tuple(
            ObjectiveRow(o.id, o.position, o.text, o.result, o.comment) for o in exercise.objectives
        ),
        participants=tuple(
            ParticipantRow(
                id=p.id,
                person_id=p.person_id,
                name=p.person.name,
                title=p.person.title,
                organisation=p.person.organisation.name if p.person.organisation else None,
                phone=p.person.phone,
                role_id=p.role_id,
                role=p.role.name if p.role else None,
                function=p.function,
                attended=p.attended,
            )
            for p in sorted(
                exercise.participants,
                key=lambda p: (p.role.position if p.role else 1_000_000, sort_key(p.person.name)),
            )
        ),
        checklist=tuple(
            ChecklistRow(
                c.id,
                c.position,
                c.title,
                c.guidance,
                c.weeks_before,
                _due_on(exercise.date, c.weeks_before),
                c.done_on,
            )
            for c in exercise.checklist
        ),
        log=tuple(LogRow(e.id, e.logged_at, e.text) for e in exercise.log),
        lessons=tuple(
            LessonRow(
                id=lesson.id,
                text=lesson.text,
                objective_id=lesson.objective_id,
                objective=lesson.objective.text if lesson.objective else None,
                action_id=lesson.action_id,
                action=action_rows.get(lesson.action_id) if lesson.action_id else None,
                action_removed=lesson.id in removed,
                action_removed_on=local(at).date() if (at := removed.get(lesson.id)) else None,
            )
            for lesson in exercise.lessons
        ),
    )


def _due_on(day: dt.date | None, weeks_before: int | None) -> dt.date | None:
    if day is None or weeks_before is None:
        return None
    return day - dt.timedelta(weeks=weeks_before)


def load(session: Session, exercise_id: int) -> Exercise:
    """The exercise with what is recorded in it, or NotFoundError (for the modules beside this one
    that change an exercise)."""
    exercise = session.scalars(_query().where(Exercise.id == exercise_id)).first()
    if exercise is None:
        raise NotFoundError(_("There is no exercise with number {id}.").format(id=exercise_id))
    return exercise


def annual_plan(session: Session, year: int) -> list[PlanMonth]:
    """The year's exercises month by month (12 entries; a month-0 entry first when some have no
    month yet). Cancelled exercises are left out."""
    rows = [
        r for r in list_exercises(session, year=year) if r.status is not ExerciseStatus.CANCELLED
    ]
    rows.sort(key=lambda r: (_sort_key(r), r.id))
    months = []
    unplaced = tuple(r for r in rows if r.month is None)
    if unplaced:
        months.append(PlanMonth(0, unplaced))
    for month in range(1, 13):
        months.append(PlanMonth(month, tuple(r for r in rows if r.month == month)))
    return months


# An exercise still to be held or evaluated: its year's plan is not done with yet.
UNFINISHED = (ExerciseStatus.PLANNED, ExerciseStatus.CONDUCTED)


def plan_year(session: Session, today: dt.date) -> int:
    """The year the annual exercise plan opens on: this year's, or from the month set
    (December unless changed) the coming year's, the one being planned then. Not while an
    exercise of this year is still to be held or evaluated: a drill on 29 December, or one
    held and not yet evaluated, is what the coordinator works on, and next year's plan hid it."""
    from_month = settings.get_int(session, settings.PLAN_NEXT_YEAR_SETTING)
    if today.month < from_month:
        return today.year
    unfinished = session.scalar(
        select(Exercise.id)
        .where(Exercise.year == today.year, Exercise.status.in_(UNFINISHED))
        .limit(1)
    )
    return today.year if unfinished is not None else today.year + 1


def next_exercise(session: Session, today: dt.date) -> ExerciseRow | None:
    """The next planned exercise: dated today or later, else the earliest month still ahead."""
    candidates = [
        r
        for r in list_exercises(session, status=ExerciseStatus.PLANNED)
        if (r.date is not None and r.date >= today)
        or (
            r.date is None
            and r.month is not None
            and (r.year, r.month) >= (today.year, today.month)
        )
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda r: (_sort_key(r), r.id))
