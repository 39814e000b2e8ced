"""Safety walks and crisis exercises as calendar entries, beside the groups' meetings: a
coordinator's evening walk at 18.30 or an alarm test at 07.30 takes the time as a meeting does.

One query per kind and period (the month view stays one read per kind, however many walks).
An entry with a start ends at its end time, or, none kept, is taken to last ``ASSUMED_LENGTH``
(for the week's block and the .ics file's busy time) and is shown with its start only; one
without a start is the whole day. Exercises planned for a month but no day have no day in the
calendar: ``list_entries(month_only=True)`` gives them to the list and the month, never to the
week or the .ics (they have no time).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import Exercise, ExerciseStatus, Place, Walk, WalkStatus
from samverkan_desktop.recurrence import holidays_between, iso_week
from samverkan_desktop.services.crisis_nav import exercise_record

# A walk or an exercise with no end kept: a walk in the papers takes about two hours.
ASSUMED_LENGTH = dt.timedelta(hours=2)


class EntryKind(enum.Enum):
    WALK = "walk"
    EXERCISE = "exercise"

    @property
    def label(self) -> str:
        return ENTRY_KIND_LABELS[self]


ENTRY_KIND_LABELS = {
    EntryKind.WALK: N_("Safety walk"),
    EntryKind.EXERCISE: N_("Exercise"),
}


@dataclass(frozen=True)
class CalendarEntry:
    kind: EntryKind
    id: int  # the walk's or the exercise's
    name: str  # the walk's place, the exercise's title
    day: dt.date
    start: dt.time | None  # Stockholm wall-clock time; None: the whole day
    place: str | None  # where to meet
    status: str  # the walk's or exercise's status label (untranslated)
    cancelled: bool
    held: bool  # walked or conducted
    holiday: str | None
    note: str | None  # the walk's purpose, the exercise's scenario
    changed: dt.datetime  # last change (the .ics SEQUENCE)
    area: str  # the window's area that opens it
    record_id: int  # what that area's show_record takes
    moved: bool = False  # as CalendarRow's: an entry has no rule to be moved from
    end: dt.time | None = None  # None: ASSUMED_LENGTH after the start
    cancel_reason: str | None = None  # a cancelled walk's
    day_unknown: bool = False  # an exercise planned for ``day``'s month, its day not yet set

    @property
    def label(self) -> str:
        """ "Trygghetsvandring Gyllenstiernsgatan", "Övning: Larm- och uppringningsprov"."""
        if self.kind is EntryKind.WALK:
            return _("Safety walk {place}").format(place=self.name)
        return _("Exercise: {title}").format(title=self.name)

    @property
    def all_day(self) -> bool:
        return self.start is None

    @property
    def end_assumed(self) -> bool:
        """A start and no end kept: the end is ASSUMED_LENGTH after it."""
        return self.start is not None and self.end is None

    @property
    def starts_at(self) -> dt.datetime:
        """Stockholm time; midnight for a whole day's entry (it sorts first in its day)."""
        return dt.datetime.combine(self.day, self.start or dt.time(0), tzinfo=LOCAL_ZONE)

    @property
    def ends_at(self) -> dt.datetime:
        """The end kept, else assumed (the one place of ASSUMED_LENGTH); the next midnight for
        a whole day's entry."""
        if self.start is None:
            return self.starts_at + dt.timedelta(days=1)
        if self.end is not None:
            return dt.datetime.combine(self.day, self.end, tzinfo=LOCAL_ZONE)
        return self.starts_at + ASSUMED_LENGTH

    @property
    def week(self) -> int:
        return iso_week(self.day)


def list_entries(
    session: Session,
    start: dt.date | None,
    end: dt.date | None,
    kinds: Iterable[EntryKind] = tuple(EntryKind),
    include_cancelled: bool = True,
    month_only: bool = False,
) -> list[CalendarEntry]:
    """The walks and dated exercises from ``start`` to ``end`` (inclusive; None: no bound), in
    time order; ``month_only``: and the exercises planned for those months with no day yet
    (``day_unknown``, on the month's first day: for the list and the month view only)."""
    wanted = set(kinds)
    holidays = holidays_between(start, end + dt.timedelta(days=1)) if start and end else {}
    entries: list[CalendarEntry] = []
    if EntryKind.WALK in wanted:
        entries.extend(_walks(session, start, end, include_cancelled, holidays))
    if EntryKind.EXERCISE in wanted:
        entries.extend(_exercises(session, start, end, include_cancelled, holidays, month_only))
    return sorted(entries, key=lambda e: (e.starts_at, e.kind.value, e.name))


def _walks(
    session: Session,
    start: dt.date | None,
    end: dt.date | None,
    include_cancelled: bool,
    holidays: dict[dt.date, str],
) -> list[CalendarEntry]:
    query = select(
        Walk.id,
        Place.name,
        Walk.date,
        Walk.start_time,
        Walk.meeting_point,
        Walk.status,
        Walk.purpose,
        Walk.updated_at,
        Walk.end_time,
        Walk.cancel_reason,
    ).join(Place, Place.id == Walk.place_id)
    query = query.where(*_within(Walk.date, start, end))
    if not include_cancelled:
        query = query.where(Walk.status != WalkStatus.CANCELLED)
    return [
        CalendarEntry(
            kind=EntryKind.WALK,
            id=walk_id,
            name=place,
            day=day,
            start=start_time,
            place=meeting_point or place,
            status=status.label,
            cancelled=status is WalkStatus.CANCELLED,
            held=status not in (WalkStatus.PLANNING, WalkStatus.CANCELLED),
            holiday=holidays.get(day),
            note=purpose,
            changed=changed,
            area="walks",
            record_id=walk_id,
            end=end_time,
            cancel_reason=reason,
        )
        for (
            walk_id,
            place,
            day,
            start_time,
            meeting_point,
            status,
            purpose,
            changed,
            end_time,
            reason,
        ) in session.execute(query)
    ]


def _exercises(
    session: Session,
    start: dt.date | None,
    end: dt.date | None,
    include_cancelled: bool,
    holidays: dict[dt.date, str],
    month_only: bool = False,
) -> list[CalendarEntry]:
    """The dated exercises; ``month_only``: also those planned for a month of the period with
    no day yet (one query still)."""
    query = select(
        Exercise.id,
        Exercise.title,
        Exercise.date,
        Exercise.start_time,
        Exercise.location,
        Exercise.status,
        Exercise.scenario,
        Exercise.updated_at,
        Exercise.end_time,
        Exercise.year,
        Exercise.month,
    )
    dated = and_(Exercise.date.is_not(None), *_within(Exercise.date, start, end))
    if month_only:
        query = query.where(or_(dated, _month_only_within(start, end)))
    else:
        query = query.where(dated)
    if not include_cancelled:
        query = query.where(Exercise.status != ExerciseStatus.CANCELLED)
    entries = []
    for row in session.execute(query):
        exercise_id, title, day, start_time, location, status, scenario, changed = row[:8]
        end_time, year, month = row[8:]
        if day is not None:
            shown, unknown = day, False
        elif month is not None:  # as the query asks
            shown, unknown = dt.date(year, month, 1), True
        else:
            continue
        entries.append(
            CalendarEntry(
                kind=EntryKind.EXERCISE,
                id=exercise_id,
                name=title,
                day=shown,
                start=None if unknown else start_time,
                place=location,
                status=status.label,
                cancelled=status is ExerciseStatus.CANCELLED,
                held=status in (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED),
                holiday=None if unknown else holidays.get(shown),
                note=scenario,
                changed=changed,
                area="crisis",
                record_id=exercise_record(exercise_id),
                end=None if unknown else end_time,
                day_unknown=unknown,
            )
        )
    return entries


def _month_only_within(start: dt.date | None, end: dt.date | None) -> ColumnElement[bool]:
    """An exercise planned for a month from ``start``'s to ``end``'s, its day not set."""
    kept: list[ColumnElement[bool]] = [Exercise.date.is_(None), Exercise.month.is_not(None)]
    planned = Exercise.year * 100 + Exercise.month
    if start is not None:
        kept.append(planned >= start.year * 100 + start.month)
    if end is not None:
        kept.append(planned <= end.year * 100 + end.month)
    return and_(*kept)


def _within(day: Any, start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """The conditions keeping a ``day`` column from ``start`` to ``end`` (either open)."""
    kept: list[ColumnElement[bool]] = []
    if start is not None:
        kept.append(day >= start)
    if end is not None:
        kept.append(day <= end)
    return kept
