"""Migration 0036 adds what the .ics export remembers of each entry (its SEQUENCE): down to
0035 the table goes; up again, the entries an earlier export may have written go on from the
number that export wrote (minutes since 2020: a calendar ignores a lower one), new ones count
from 0; a negative number is refused (another tool writing past the export). SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.services import meetings
from tests.core.database_rules import refused, sql
from tests.core.meeting_data import at
from tests.core.migration_steps import migrate, revision, table_names
from tests.core.test_ics import setup_groups

BEFORE = "0035_plan_revision_unique"
INSERT = "INSERT INTO calendar_sequences (entry, digest, sequence) VALUES (:e, 'x', :n)"


def _sequences(db: Database) -> dict[str, int]:
    events = Calendar.from_ical(db.call(export_ics)).walk("VEVENT")
    return {str(e["UID"]): e.decoded("SEQUENCE") for e in events if "RECURRENCE-ID" not in e}


def test_entries_exported_before_go_on_from_their_old_number(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    assert set(_sequences(db).values()) == {0}
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE} and "calendar_sequences" not in table_names(db)
    since_2020 = dt.datetime.now(dt.UTC) - dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    written_before = int(since_2020.total_seconds()) // 60  # at most this, by any earlier export
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    day = dt.date(2027, 5, 20)
    with db.session() as s:
        new = meetings.add_meeting(s, monthly, meetings.MeetingInput(at(day, 9), at(day, 10)))
    after = _sequences(db)
    assert after.pop(f"meeting-{new}@samverkan") == 0  # new since: from 0
    assert len(after) > 3 and all(number > written_before for number in after.values())


def test_no_negative_number_and_one_number_an_entry(db: Database) -> None:
    refused(db, INSERT, e="group-1@samverkan", n=-1)
    sql(db, INSERT, e="group-1@samverkan", n=0)
    refused(db, INSERT, e="group-1@samverkan", n=1)
