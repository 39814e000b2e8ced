"""When a plan is due to be exercised: the one rule behind the Overview's plans card ("Aldrig
övad", "Senast övad … (för 5 år sedan)") and the colour of the plans register's "Senast övad".

An active plan of a kind that is exercised (PlanKind.exercised) is due when its last held
exercise is older than the exercise interval (setting ``crisis.exercise_interval_months``), or
when it was never exercised and has been in force (its first adopted version) for longer than
that interval: a plan adopted this spring, a draft, or a new register whose old exercises were
never entered is not yet a gap. A plan an exercise planned ahead names is not due: the gap is
being closed and the exercise plan says when.

Each plan also gets the reason its "Senast övad" reads and looks as it does (exercise_standing):
"aldrig" black beside "aldrig" orange, or a blank, read as chance without it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, and_, func, or_, select

from samverkan_desktop.formatting import MONTHS, every_months_or_years, iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Exercise, ExerciseStatus, PlanKind, PlanVersion
from samverkan_desktop.services import settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.services.plan_rows import PlanRow


@dataclass(frozen=True)
class ExerciseStanding:
    """A plan's place in the rule: ``due`` colours its "Senast övad", ``reason`` says why."""

    due: bool
    reason: str | None


def _ahead(today: dt.date) -> ColumnElement[bool]:
    """A planned exercise still ahead: dated today or later, or planned for a month (or only
    a year) not yet past. A planned exercise whose day has passed was not recorded as held,
    so it closes no gap."""
    return and_(
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


def exercises_ahead(session: Session, today: dt.date) -> dict[int, str]:
    """Each plan's first planned exercise still ahead, in words: "Utrymningsövning, mars 2027"."""
    query = select(
        Exercise.plan_id, Exercise.title, Exercise.date, Exercise.year, Exercise.month
    ).where(_ahead(today))
    first: dict[int, tuple[tuple[int, int, int], str]] = {}
    for plan_id, title, day, year, month in session.execute(query):
        if plan_id is None:  # _ahead leaves none out; for the type
            continue
        key = (day.year, day.month, day.day) if day else (year, month or 12, 32)
        if day is not None:
            when = iso_date(day)
        elif month is not None:
            when = f"{_(MONTHS[month - 1])} {year}"
        else:
            when = str(year)
        if plan_id not in first or key < first[plan_id][0]:
            first[plan_id] = (key, f"{title}, {when}")
    return {plan_id: words for plan_id, (_key, words) in first.items()}


def first_adopted(session: Session) -> dict[int, dt.date]:
    """Each plan's first adopted version's day: since when it has been in force."""
    query = select(PlanVersion.plan_id, func.min(PlanVersion.adopted_on)).group_by(
        PlanVersion.plan_id
    )
    return {plan_id: day for plan_id, day in session.execute(query)}


def exercise_standing(
    session: Session, today: dt.date, rows: Iterable[PlanRow]
) -> dict[int, ExerciseStanding]:
    """Each of ``rows`` by id: whether it is due to be exercised on ``today`` (the module's
    rule) and why, or why not."""
    rows = list(rows)
    if not any(row.kind.exercised for row in rows):  # no query for a register without such plans
        return {row.id: ExerciseStanding(False, _not_exercised_reason(row)) for row in rows}
    months = settings.get_int(session, settings.EXERCISE_INTERVAL_SETTING)
    every = every_months_or_years(months)
    planned = exercises_ahead(session, today)
    in_force = first_adopted(session)
    standing = {}
    for row in rows:
        if not row.kind.exercised:
            standing[row.id] = ExerciseStanding(False, _not_exercised_reason(row))
            continue
        if not row.active:
            standing[row.id] = ExerciseStanding(False, _("Retired: no longer to be exercised."))
            continue
        if row.id in planned:
            standing[row.id] = ExerciseStanding(
                False,
                _("An exercise of the plan is planned: {exercise}.").format(
                    exercise=planned[row.id]
                ),
            )
            continue
        since = row.last_exercise.date if row.last_exercise else in_force.get(row.id)
        if since is None:  # a draft: nothing adopted to exercise yet
            standing[row.id] = ExerciseStanding(
                False, _("No version adopted yet: the plan is exercised once it is in force.")
            )
            continue
        by = since + relativedelta(months=months)
        if since < today - relativedelta(months=months):  # held (or in force) before this
            reason = _("Due to be exercised: the plan is to be exercised at least {every}.")
            standing[row.id] = ExerciseStanding(True, reason.format(every=every))
        elif row.last_exercise is not None:
            reason = _("To be exercised again by {date}: at least {every}.")
            standing[row.id] = ExerciseStanding(
                False, reason.format(date=iso_date(by), every=every)
            )
        else:
            reason = _("In force since {since}: to be exercised for the first time by {date}.")
            standing[row.id] = ExerciseStanding(
                False, reason.format(since=iso_date(since), date=iso_date(by))
            )
    return standing


def _not_exercised_reason(row: PlanRow) -> str | None:
    """Why a plan of a kind that is not exercised shows no "aldrig" (PlanKind.exercised)."""
    if row.kind.exercised or row.last_exercise is not None:
        return None
    if row.kind is PlanKind.OTHER:
        return _(
            "Plans of the kind “{kind}” need not be exercised: the day shows once one is."
        ).format(kind=_(row.kind.label))
    return _(
        "Not exercised: a plan of the kind “{kind}” is followed and revised, not exercised."
    ).format(kind=_(row.kind.label))
