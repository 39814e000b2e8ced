"""Safety walks and crisis exercises as calendar entries, beside the groups' meetings: a
coordinator's evening walk at 18.30 or an alarm test at 07.30 takes the time as a meeting does.

One query per kind and period (the month view stays one read per kind, however many walks).
Neither model records an end: an entry with a start is taken to last ``ASSUMED_LENGTH`` (for the
week's block and the .ics file's busy time) and is shown with its start only; one without a
start is the whole day. Exercises planned for a month but no day are not in the calendar.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import Exercise, ExerciseStatus, Place, Walk, WalkStatus
from samverkan_desktop.recurrence import holidays_between, iso_week
from samverkan_desktop.services.crisis_nav import exercise_record

# Neither a walk nor an exercise records its end; a walk in the papers takes about two hours.
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
    def starts_at(self) -> dt.datetime:
        """Stockholm time; midnight for a whole day's entry (it sorts first in its day)."""
        return dt.datetime.combine(self.day, self.start or dt.time(0), tzinfo=LOCAL_ZONE)

    @property
    def ends_at(self) -> dt.datetime:
        """Assumed (see ASSUMED_LENGTH); the next midnight for a whole day's entry."""
        if self.start is None:
            return self.starts_at + dt.timedelta(days=1)
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
) -> list[CalendarEntry]:
    """The walks and dated exercises from ``start`` to ``end`` (inclusive; None: no bound), in
    time order."""
    wanted = set(kinds)
    holidays = holidays_between(start, end + dt.timedelta(days=1)) if start and end else {}
    entries: list[CalendarEntry] = []
    if EntryKind.WALK in wanted:
        entries.extend(_walks(session, start, end, include_cancelled, holidays))
    if EntryKind.EXERCISE in wanted:
        entries.extend(_exercises(session, start, end, include_cancelled, holidays))
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
        )
        for walk_id, place, day, start_time, meeting_point, status, purpose, changed in (
            session.execute(query)
        )
    ]


def _exercises(
    session: Session,
    start: dt.date | None,
    end: dt.date | None,
    include_cancelled: bool,
    holidays: dict[dt.date, str],
) -> list[CalendarEntry]:
    query = select(
        Exercise.id,
        Exercise.title,
        Exercise.date,
        Exercise.start_time,
        Exercise.location,
        Exercise.status,
        Exercise.scenario,
        Exercise.updated_at,
    ).where(Exercise.date.is_not(None))
    query = query.where(*_within(Exercise.date, start, end))
    if not include_cancelled:
        query = query.where(Exercise.status != ExerciseStatus.CANCELLED)
    return [
        CalendarEntry(
            kind=EntryKind.EXERCISE,
            id=exercise_id,
            name=title,
            day=day,
            start=start_time,
            place=location,
            status=status.label,
            cancelled=status is ExerciseStatus.CANCELLED,
            held=status in (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED),
            holiday=holidays.get(day),
            note=scenario,
            changed=changed,
            area="crisis",
            record_id=exercise_record(exercise_id),
        )
        for exercise_id, title, day, start_time, location, status, scenario, changed in (
            session.execute(query)
        )
        if day is not None  # as the query asks (for the type checker)
    ]


def _within(day: Any, start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """The conditions keeping a ``day`` column from ``start`` to ``end`` (either open)."""
    kept: list[ColumnElement[bool]] = []
    if start is not None:
        kept.append(day >= start)
    if end is not None:
        kept.append(day <= end)
    return kept
