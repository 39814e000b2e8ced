"""Migration 0038 adds what the .ics export keeps to cancel a deleted meeting: down to 0037 the
columns go and the numbers stay; up again, the rows from before have none, the next export
fills them in without raising any number, and a meeting deleted after it goes out cancelled.
A time before its start is refused. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.services import calendar, meetings
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision
from tests.core.test_ics import TWO_YEARS, setup_groups

BEFORE = "0037_membership_overlap"


def _sequences(db: Database) -> dict[str, tuple[int, str | None]]:
    events = Calendar.from_ical(db.call(export_ics)).walk("VEVENT")
    return {
        str(e["UID"]): (e.decoded("SEQUENCE"), e.get("STATUS"))
        for e in events
        if "RECURRENCE-ID" not in e
    }


def test_rows_from_before_are_filled_in_by_the_next_export(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    first = _sequences(db)
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert rows(db, "SELECT entry FROM calendar_sequences WHERE summary IS NOT NULL") == []
    assert _sequences(db) == first  # filled in, no number raised
    with db.session() as s:
        found = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(monthly,)))
        workshop = next(r.id for r in found if r.title == "Workshop")
        meetings.delete_meeting(s, workshop)
    uid = f"meeting-{workshop}@samverkan"
    assert _sequences(db)[uid] == (first[uid][0] + 1, "CANCELLED")


def test_a_time_before_its_start_is_refused(db: Database) -> None:
    insert = (
        "INSERT INTO calendar_sequences (entry, digest, sequence, starts_at, ends_at) "
        "VALUES (:e, 'x', 0, :s, :end)"
    )
    start = dt.datetime(2027, 1, 5, 9, tzinfo=dt.UTC)
    refused(db, insert, e="meeting-1@samverkan", s=start, end=start - dt.timedelta(hours=1))
    sql(db, insert, e="meeting-1@samverkan", s=start, end=start + dt.timedelta(hours=1))
