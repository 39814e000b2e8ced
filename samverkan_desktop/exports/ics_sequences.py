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

With the number the export keeps what a later one needs to cancel the entry once it is deleted
(``Kept``: exports.ics_gone), written when the content changed or was not kept yet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from icalendar import Event
from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from samverkan_desktop.db import is_permission_denied, is_read_only
from samverkan_desktop.db_errors import is_refusal
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import CalendarSequence
from samverkan_desktop.services.id_batches import batches

log = logging.getLogger(__name__)

# Written anew at every export, or bookkeeping: not the content a calendar shows.
_NOT_CONTENT = (b"DTSTAMP", b"SEQUENCE", b"LAST-MODIFIED")

# What makes an entry a series, kept to cancel it as that series (exports.ics_gone).
RECURRENCE = ("RRULE", "EXDATE")


def entry_key(event: Event) -> str:
    """The UID, and for an occurrence of a series also its RECURRENCE-ID."""
    uid = str(event["UID"])
    if "RECURRENCE-ID" not in event:
        return uid
    return f"{uid} {event.decoded('RECURRENCE-ID').isoformat()}"


def recurrence_lines(event: Event) -> str | None:
    """The event's RRULE and EXDATE lines as written (unfolded, one to a line); None for an
    entry that is no series."""
    lines = []
    for name in RECURRENCE:
        values = event.get(name, [])
        # One property, or a list of them when the event holds it more than once.
        for value in values if isinstance(values, list) else [values]:
            lines.append(event.content_line(name, value))
    return "\r\n".join(lines) or None


def digest(event: Event) -> str:
    lines = [
        line
        for line in event.to_ical().splitlines()
        if line.split(b":", 1)[0].split(b";", 1)[0].upper() not in _NOT_CONTENT
    ]
    return hashlib.sha256(b"\n".join(lines)).hexdigest()


@dataclass(frozen=True)
class Kept:
    """Of an entry written, what its time does not say, for cancelling it once it is deleted."""

    group_id: int | None  # its group's (walks and exercises have none)
    summary: str  # its title as cancelled: "Inställt: Beredningsgruppen"
    last_day: dt.date  # its day, a series' last


def number_events(
    session: Session,
    events: Iterable[tuple[Event, Kept]],
    known: Mapping[str, CalendarSequence] | None = None,
    forget: Sequence[str] = (),
) -> None:
    """Give each event its SEQUENCE, remembering what was exported (one read, one flush);
    ``known``: the table as already read; ``forget``: entries no longer kept (ics_gone's
    expired), taken out with the same write.

    A desk that may only read (the read-only role, a read-only file or server) or that loses a
    race with another desk exporting the same new entry still gets its file: the numbers are
    the same ones, only not remembered, and the next export that can write remembers them."""
    events = list(events)
    if known is None:
        known = {row.entry: row for row in session.scalars(select(CalendarSequence))}
    own: dict[str, int] = {}
    changed: list[CalendarSequence] = []
    for event, kept in events:
        key, content = entry_key(event), digest(event)
        row = known.get(key)
        own[key] = 0 if row is None else row.sequence + (row.digest != content)
        # Also a row kept before the summary (migration 0038) or a series' rule (0046).
        unkept = row is not None and (
            row.summary is None or (row.recurrence is None and "RRULE" in event)
        )
        if row is None or row.digest != content or unkept:
            changed.append(_row(key, content, own[key], event, kept))
    for event, _kept in events:
        number = own[entry_key(event)]
        if "RECURRENCE-ID" in event:
            number = max(number, own.get(str(event["UID"]), 0))
        event.add("sequence", number)
    if changed or forget:
        _remember(session, changed, forget)


def _row(key: str, content: str, number: int, event: Event, kept: Kept) -> CalendarSequence:
    starts, ends = event.decoded("DTSTART"), event.decoded("DTEND")
    all_day = not isinstance(starts, dt.datetime)
    return CalendarSequence(
        entry=key,
        digest=content,
        sequence=number,
        group_id=kept.group_id,
        summary=kept.summary,
        starts_at=_instant(starts),
        ends_at=_instant(ends),
        all_day=all_day,
        last_day=kept.last_day,
        recurrence=recurrence_lines(event),
    )


def _instant(value: dt.date | dt.datetime) -> dt.datetime:
    """In UTC; a whole day's date as its midnight in Stockholm."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(0), tzinfo=LOCAL_ZONE)
    return value.astimezone(dt.UTC)


def _remember(session: Session, changed: list[CalendarSequence], forget: Sequence[str]) -> None:
    try:
        with session.begin_nested():  # a refusal takes back only this
            for row in changed:
                session.merge(row)
            for entries in batches(forget):  # one statement, unless past the bound values' limit
                session.execute(delete(CalendarSequence).where(CalendarSequence.entry.in_(entries)))
    except DBAPIError as error:
        if not (is_read_only(error) or is_permission_denied(error) or is_refusal(error)):
            raise
        log.info("Calendar export numbers not remembered: %s", error.orig)
