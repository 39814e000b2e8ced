"""When a plan is due to be exercised: the one rule behind the Overview's plans card ("Aldrig
övad", "Senast övad … (för 5 år sedan)") and the colour of the plans register's "Senast övad".

An active plan of a kind that is exercised (PlanKind.exercised) is due when its last held
exercise is older than the exercise interval (setting ``crisis.exercise_interval_months``), or
when it was never exercised and has been in force (its first adopted version) for longer than
that interval: a plan adopted this spring, a draft, or a new register whose old exercises were
never entered is not yet a gap. A plan an exercise planned ahead names is not due: the gap is
being closed and the exercise plan says when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, func, or_, select

from samverkan_desktop.models import Exercise, ExerciseStatus, PlanVersion
from samverkan_desktop.services import settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.services.plans import PlanRow


def plans_with_exercise_ahead(session: Session, today: dt.date) -> set[int]:
    """Ids of the plans a planned exercise still ahead names: dated today or later, or planned
    for a month (or only a year) not yet past. A planned exercise whose day has passed was not
    recorded as held, so it closes no gap."""
    query = select(Exercise.plan_id).where(
        Exercise.plan_id.is_not(None),
        Exercise.status == ExerciseStatus.PLANNED,
        or_(
            Exercise.date >= today,
            and_(
                Exercise.date.is_(None),
                or_(
                    Exercise.year > today.year,
                    and_(
                        Exercise.year == today.year,
                        or_(Exercise.month.is_(None), Exercise.month >= today.month),
                    ),
                ),
            ),
        ),
    )
    return {plan_id for plan_id in session.scalars(query) if plan_id is not None}


def first_adopted(session: Session) -> dict[int, dt.date]:
    """Each plan's first adopted version's day: since when it has been in force."""
    query = select(PlanVersion.plan_id, func.min(PlanVersion.adopted_on)).group_by(
        PlanVersion.plan_id
    )
    return {plan_id: day for plan_id, day in session.execute(query)}


def exercise_due_ids(session: Session, today: dt.date, rows: Iterable[PlanRow]) -> set[int]:
    """Ids of the ``rows`` due to be exercised on ``today`` (the module's rule)."""
    candidates = [row for row in rows if row.active and row.kind.exercised]
    if not candidates:  # no query for a register without such plans
        return set()
    months = settings.get_int(session, settings.EXERCISE_INTERVAL_SETTING)
    oldest_fresh = today - relativedelta(months=months)  # held on or after this day: not due
    planned = plans_with_exercise_ahead(session, today)
    in_force = first_adopted(session)
    return {
        row.id
        for row in candidates
        if row.id not in planned
        and (
            row.last_exercise.date < oldest_fresh
            if row.last_exercise is not None
            else in_force.get(row.id, today) < oldest_fresh
        )
    }
