"""The plans register's rows and what they are worked out from: a plan's current version (the
latest adopted), its next revision (current adoption date + the plan's revision interval, computed,
never stored), its revision state on a given day, and its latest held exercise.

Reading and changing plans is in ``plans``; their versions in ``plan_versions``, their files in
``plan_attachments``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.i18n import N_, _, ngettext
from samverkan_desktop.models import Exercise, ExerciseStatus, Plan, PlanKind, PlanVersion
from samverkan_desktop.services.validation import get_or_raise

DUE_SOON_DAYS = 60


class DueState(enum.Enum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"
    NO_DATE = "no_date"
    INACTIVE = "inactive"

    @property
    def label(self) -> str:
        return DUE_STATE_LABELS[self]


DUE_STATE_LABELS = {
    DueState.OVERDUE: N_("Revision overdue"),  # not the loans' "Overdue" (Försenat)
    DueState.DUE_SOON: N_("Revision due soon"),
    DueState.OK: N_("Up to date"),
    DueState.NO_DATE: N_("No date"),
    DueState.INACTIVE: N_("Not active"),
}


@dataclass(frozen=True)
class LastExercise:
    exercise_id: int
    date: dt.date
    title: str


@dataclass(frozen=True)
class PlanRow:
    id: int
    kind: PlanKind
    name: str
    owner_id: int | None
    owner: str | None
    revision_interval_months: int | None
    active: bool
    notes: str | None
    version: str | None
    adopted_on: dt.date | None
    adopted_by: str | None
    next_revision: dt.date | None
    due_state: DueState
    days_left: int | None  # negative: days overdue
    attachment_count: int
    row_version: int = 0  # for the form's save (services.versions); ``version`` is the document's
    last_exercise: LastExercise | None = None  # the latest held exercise of the plan
    # Due to be exercised (services/plan_exercise_due.py): the Overview names it, the
    # register colours its "Last exercised".
    exercise_due: bool = False
    # Why "Last exercised" reads and looks as it does (due, planned, by when, not exercised):
    # the register's tooltip and the chosen plan's facts say it.
    exercise_reason: str | None = None

    @property
    def never_exercised(self) -> bool:
        """A plan of a kind that is exercised (PlanKind.exercised) with no exercise held."""
        return self.last_exercise is None and self.kind.exercised

    def due_on(self, today: dt.date) -> tuple[DueState, int | None]:
        """``due_state`` and ``days_left`` on another day: a list left open overnight asks
        again on each paint (the row's own were worked out the day it was loaded)."""
        return revision_due(self.next_revision, self.active, today)


@dataclass(frozen=True)
class VersionRow:
    id: int
    version: str
    adopted_on: dt.date
    adopted_by: str | None
    notes: str | None
    is_current: bool


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    stored_path: str
    byte_size: int
    added_on: dt.date
    version_id: int | None
    version: str | None


@dataclass(frozen=True)
class PlanDetail:
    plan: PlanRow
    versions: tuple[VersionRow, ...]  # newest first
    attachments: tuple[AttachmentRow, ...]


def next_revision(adopted_on: dt.date | None, months: int | None) -> dt.date | None:
    if adopted_on is None or months is None:
        return None
    return adopted_on + relativedelta(months=months)


def current_version(plan: Plan) -> PlanVersion | None:
    # ``versions`` is ordered by (adopted_on, id): the last is the one in force.
    return plan.versions[-1] if plan.versions else None


def revision_due(due: dt.date | None, active: bool, today: dt.date) -> tuple[DueState, int | None]:
    """A plan's revision state on ``today`` and the days left to its next revision ``due``
    (negative: days overdue)."""
    days_left = (due - today).days if due else None
    if not active:
        return DueState.INACTIVE, days_left
    if days_left is None:
        return DueState.NO_DATE, None
    if days_left < 0:
        return DueState.OVERDUE, days_left
    if days_left <= DUE_SOON_DAYS:
        return DueState.DUE_SOON, days_left
    return DueState.OK, days_left


def days_text(days_left: int | None) -> str:
    """ "in 12 days" / "today" / "3 days overdue" for a due date (the register's tooltip, the
    chosen plan's facts and its printout)."""
    if days_left is None:
        return ""
    if days_left == 0:
        return _("due today")
    if days_left > 0:
        return ngettext("in {n} day", "in {n} days", days_left).format(n=days_left)
    return ngettext("{n} day overdue", "{n} days overdue", -days_left).format(n=-days_left)


class ExercisedMark(enum.Enum):
    """What a plan's "Last exercised" says, in the order the register sorts it: the most in need
    of an exercise first."""

    NEVER = "never"  # to be exercised, never was, and due (``exercise_due``, coloured)
    HELD = "held"  # the latest held exercise's date
    NOT_YET = "not_yet"  # to be exercised, never was, not yet due (in force lately, planned)
    NOT_EXERCISED = "not_exercised"  # a kind that is not exercised, or a retired plan


# Each a word of its own: "aldrig", "ännu inte" and "–" side by side said which was which only in
# their tooltips (``exercise_reason`` still says why).
EXERCISED_WORDS = {
    ExercisedMark.NEVER: N_("never exercised"),
    ExercisedMark.NOT_YET: N_("not exercised yet"),
    ExercisedMark.NOT_EXERCISED: N_("not to be exercised"),
}


def exercised_mark(row: PlanRow) -> ExercisedMark:
    if row.last_exercise is not None:
        return ExercisedMark.HELD
    if row.exercise_due:
        return ExercisedMark.NEVER
    return (
        ExercisedMark.NOT_YET if row.never_exercised and row.active else ExercisedMark.NOT_EXERCISED
    )


def exercised_text(row: PlanRow) -> str:
    """The "Last exercised" cell of the register, the window's and the command line's: the
    latest held exercise's date, else what ``exercised_mark`` makes of the plan in words."""
    if row.last_exercise is not None:
        return row.last_exercise.date.isoformat()
    return _(EXERCISED_WORDS[exercised_mark(row)])


def last_exercises(session: Session) -> dict[int, LastExercise]:
    """Each exercised plan's latest held exercise (conducted or evaluated: a planned or
    cancelled one has not exercised it), by plan id, in one query."""
    latest = (
        select(
            Exercise.plan_id,
            Exercise.id,
            Exercise.date,
            Exercise.title,
            func.row_number()
            .over(
                partition_by=Exercise.plan_id,
                order_by=(Exercise.date.desc(), Exercise.id.desc()),
            )
            .label("newest"),
        )
        .where(
            Exercise.plan_id.is_not(None),
            Exercise.status.in_((ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED)),
        )
        .subquery()
    )
    query = select(latest.c.plan_id, latest.c.id, latest.c.date, latest.c.title).where(
        latest.c.newest == 1
    )
    return {
        plan_id: LastExercise(exercise_id, day, title)
        for plan_id, exercise_id, day, title in session.execute(query)
    }


def plan_row(plan: Plan, today: dt.date, last_exercise: LastExercise | None = None) -> PlanRow:
    current = current_version(plan)
    due = next_revision(current.adopted_on if current else None, plan.revision_interval_months)
    state, days_left = revision_due(due, plan.active, today)
    return PlanRow(
        id=plan.id,
        kind=plan.kind,
        name=plan.name,
        owner_id=plan.owner_id,
        owner=plan.owner.name if plan.owner else None,
        revision_interval_months=plan.revision_interval_months,
        active=plan.active,
        notes=plan.notes,
        version=current.version if current else None,
        adopted_on=current.adopted_on if current else None,
        adopted_by=current.adopted_by if current else None,
        next_revision=due,
        due_state=state,
        days_left=days_left,
        attachment_count=len(plan.attachments),
        row_version=plan.row_version,
        last_exercise=last_exercise,
    )


def plan_or_raise(session: Session, plan_id: int) -> Plan:
    return get_or_raise(session, Plan, plan_id, _("The plan no longer exists."))
