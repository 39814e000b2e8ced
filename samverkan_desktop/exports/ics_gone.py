"""Entries an earlier .ics export wrote whose meeting (walk, exercise) has since been deleted:
written again, as cancelled, so that calendars that imported the file or subscribe to it take
them away. Left out, they simply stopped coming, and a calendar keeps what it no longer hears
of.

An entry is gone when its group is in this export and it did not come out: a single meeting
deleted, or taken into its group's series; a group's series whose rule was removed (its
occurrences written on their own go with it: they no longer belong to any series), or whose
group was deleted (in an export of every group only: a group deleted has no type or area to
filter by). Walks and exercises likewise when their kind is exported. An occurrence of a series
still written is not: the series' EXDATE takes a deleted one away, and one no longer moved is
a plain occurrence again.

Each goes out with its UID (and RECURRENCE-ID), the time and title kept at its last export
(models.calendar_sequences) and a SEQUENCE one higher (exports.ics_sequences); a series with
its RRULE and EXDATEs too, so that calendars holding it find every meeting of it cancelled
(with the first start alone they read one cancelled day and kept the rest of the series). For
``RETENTION`` after its day (a series': its last): 400 days, over a year, so that a calendar
refreshed at the next annual planning still hears of it, while the file does not grow forever
with entries no calendar needs to hear of any more (a day long past harms no one's planning).
Past it, what was kept of the entry is of no more use: the export that can write forgets it
(``Gone.expired``), so the table does not grow forever either. (A number is only given again
to a new entry by SQLite, and only the highest, while a desk in use adds meetings every week.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from icalendar import Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.exports.ics_sequences import RECURRENCE, Kept, entry_key
from samverkan_desktop.models import CalendarSequence, Group
from samverkan_desktop.services.meeting_common import to_local

RETENTION = dt.timedelta(days=400)

# The UIDs' kinds (exports.ics): a group's series, a single meeting.
_MEETING_KINDS = ("group", "meeting")


@dataclass(frozen=True)
class Scope:
    """What this export writes: each of these groups' entries, every one."""

    group_ids: frozenset[int]
    deleted_groups: bool  # also the entries of groups deleted since (an export of every group)
    kinds: frozenset[str]  # the walks' and exercises' ("walk", "exercise")


def read_known(session: Session) -> dict[str, CalendarSequence]:
    """What earlier exports wrote, by entry (ics_sequences.entry_key)."""
    return {row.entry: row for row in session.scalars(select(CalendarSequence))}


@dataclass(frozen=True)
class Gone:
    """The entries gone since an earlier export (see above)."""

    events: list[tuple[Event, Kept]]  # within RETENTION: as cancelled events
    expired: list[str]  # past it: their entries (ics_sequences.entry_key), to forget


def gone_events(
    session: Session,
    known: Mapping[str, CalendarSequence],
    written: Sequence[tuple[Event, Kept]],
    scope: Scope,
    stamp: dt.datetime,
) -> Gone:
    """The entries gone since an earlier export, in ``scope`` (see above)."""
    keys = {entry_key(event) for event, _kept in written}
    candidates = [
        row
        for entry, row in known.items()
        if entry not in keys
        and row.summary is not None
        and row.last_day is not None
        and not (" " in entry and entry.split(" ", 1)[0] in keys)  # its series still written
    ]
    groups = {row.group_id for row in candidates if row.group_id is not None}
    existing = (
        set(session.scalars(select(Group.id).where(Group.id.in_(groups)))) if groups else set()
    )
    gone = [row for row in candidates if _in_scope(row, scope, existing)]
    since = clock.today() - RETENTION
    return Gone(
        [
            (_cancelled(row, stamp), Kept(row.group_id, row.summary or "", row.last_day))
            for row in gone
            if row.last_day is not None and row.last_day >= since
        ],
        [row.entry for row in gone if row.last_day is not None and row.last_day < since],
    )


def _in_scope(row: CalendarSequence, scope: Scope, existing: set[int]) -> bool:
    kind = row.entry.split("-", 1)[0]
    if kind not in _MEETING_KINDS:
        return kind in scope.kinds
    if row.group_id is None:
        return False
    if row.group_id in scope.group_ids:
        return True
    return scope.deleted_groups and row.group_id not in existing


def _cancelled(row: CalendarSequence, stamp: dt.datetime) -> Event:
    assert row.starts_at is not None and row.ends_at is not None  # kept with the summary
    uid, _space, recurrence = row.entry.partition(" ")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", row.summary)
    event.add("status", "CANCELLED")
    starts, ends = to_local(row.starts_at), to_local(row.ends_at)
    if row.all_day:
        event.add("dtstart", starts.date())
        event.add("dtend", ends.date())
    else:
        event.add("dtstart", starts)
        event.add("dtend", ends)
    if recurrence:
        event.add("recurrence-id", to_local(dt.datetime.fromisoformat(recurrence)))
    if row.recurrence:
        kept = Event.from_ical(f"BEGIN:VEVENT\r\n{row.recurrence}\r\nEND:VEVENT\r\n")
        for name in RECURRENCE:
            if name in kept:
                event[name] = kept[name]
    return event
