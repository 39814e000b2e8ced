"""SEQUENCE for the .ics export: 0 for an entry's first export, one more each time what a
calendar shows of it has changed since the last export, never less for the same entry.

Calendars take an entry they already hold as an update only when SEQUENCE grew (Outlook calls
a lower one out of date), so it must never go down for a UID. A time stamp grows but is large
(the minutes since 2020, millions); a record's row version is small but no such row exists for
a group's series or for walks and exercises, and is restarted when a rule is removed and set
again or SQLite gives a deleted meeting's number to a new one. The export therefore remembers
each entry's content (models.calendar_sequences): the numbers stay small, count real changes,
and a second export of unchanged data writes the same numbers. (Entries of a database from
before went on from the old number: see migration 0036.)

An occurrence of a series (RECURRENCE-ID) carries at least its series' number: Google
Calendar passes over an occurrence numbered below its series.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from icalendar import Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import CalendarSequence

# Written anew at every export, or bookkeeping: not the content a calendar shows.
_NOT_CONTENT = (b"DTSTAMP", b"SEQUENCE", b"LAST-MODIFIED")


def entry_key(event: Event) -> str:
    """The UID, and for an occurrence of a series also its RECURRENCE-ID."""
    uid = str(event["UID"])
    if "RECURRENCE-ID" not in event:
        return uid
    return f"{uid} {event.decoded('RECURRENCE-ID').isoformat()}"


def digest(event: Event) -> str:
    lines = [
        line
        for line in event.to_ical().splitlines()
        if line.split(b":", 1)[0].split(b";", 1)[0].upper() not in _NOT_CONTENT
    ]
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


def number_events(session: Session, events: Iterable[Event]) -> None:
    """Give each event its SEQUENCE, remembering what was exported (one read, one flush)."""
    events = list(events)
    known = {row.entry: row for row in session.scalars(select(CalendarSequence))}
    own: dict[str, int] = {}
    for event in events:
        key, content = entry_key(event), digest(event)
        row = known.get(key)
        if row is None:
            row = known[key] = CalendarSequence(entry=key, digest=content, sequence=0)
            session.add(row)
        elif row.digest != content:
            row.digest, row.sequence = content, row.sequence + 1
        own[key] = row.sequence
    for event in events:
        number = own[entry_key(event)]
        if "RECURRENCE-ID" in event:
            number = max(number, own.get(str(event["UID"]), 0))
        event.add("sequence", number)
    session.flush()
