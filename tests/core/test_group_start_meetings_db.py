"""Migration 0040: the database, on SQLite and PostgreSQL, refuses a group's start moved later
than a meeting the group held, as another tool would write it; a start moved earlier, a first
start before the held meetings, a planned meeting before the new start and any other change of
a group stored so before the revision are not refused. Downgrading removes the rule."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert as sa_insert

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, Meeting, MeetingStatus
from samverkan_desktop.services import group_editing, group_rows
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate

HELD = MeetingStatus.HELD
MOVE = "UPDATE groups SET starts_on = :day WHERE id = :g"


def _group(db: Database, starts_on: dt.date | None) -> int:
    return db.call(
        group_editing.create_group,
        group_rows.GroupInput("Trygghetsråd Norrmalm", GroupType.TRYGGHETSRAD, starts_on=starts_on),
    )


def _meeting(db: Database, group: int, start: dt.datetime, status: MeetingStatus) -> None:
    """A meeting written by another tool (the table's own types: stored as the program does)."""
    insert = sa_insert(Meeting).values(
        group_id=group, starts_at=start, ends_at=start + dt.timedelta(hours=2), status=status
    )
    with db.engine.begin() as conn:
        conn.execute(insert)


def _start(db: Database, group: int) -> str:
    (row,) = rows(db, "SELECT starts_on FROM groups WHERE id = :g", g=group)
    return str(row["starts_on"])


def test_a_later_start_over_a_held_meeting_is_refused_by_the_database(db: Database) -> None:
    group = _group(db, dt.date(2026, 1, 12))
    _meeting(db, group, dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC), HELD)
    _meeting(db, group, dt.datetime(2026, 3, 3, 8, tzinfo=dt.UTC), MeetingStatus.PLANNED)
    refused(db, MOVE, day=dt.date(2026, 2, 4), g=group)
    refused(db, MOVE, day=dt.date(2027, 1, 1), g=group)
    assert _start(db, group) == "2026-01-12"
    sql(db, MOVE, day=dt.date(2026, 2, 3), g=group)  # the meeting's own day; planned after
    sql(db, MOVE, day=dt.date(2025, 6, 1), g=group)  # earlier
    assert _start(db, group) == "2025-06-01"


def test_a_first_start_after_a_held_meeting_is_refused_one_before_it_is_not(db: Database) -> None:
    group = _group(db, None)
    _meeting(db, group, dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC), HELD)
    refused(db, MOVE, day=dt.date(2026, 3, 1), g=group)
    sql(db, MOVE, day=dt.date(2026, 2, 1), g=group)
    assert _start(db, group) == "2026-02-01"


def test_a_group_stored_starting_after_its_held_meeting_still_saves(db: Database) -> None:
    """Stored so before the revision: other changes, and a start moved earlier, still save."""
    group = _group(db, dt.date(2026, 6, 1))
    migrate(db, "0042_group_end_meetings")  # 0043 refuses such a meeting written now
    _meeting(db, group, dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC), HELD)
    migrate(db, "heads")
    sql(db, "UPDATE groups SET name = 'Trygghetsråd City', notes = 'x' WHERE id = :g", g=group)
    sql(db, MOVE, day=dt.date(2026, 5, 1), g=group)
    assert _start(db, group) == "2026-05-01"


def test_the_downgrade_removes_the_rule(db: Database) -> None:
    group = _group(db, dt.date(2026, 1, 12))
    _meeting(db, group, dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC), HELD)
    migrate(db, "0039_form_record_versions")
    sql(db, MOVE, day=dt.date(2026, 3, 1), g=group)
    sql(db, MOVE, day=dt.date(2026, 1, 12), g=group)
    migrate(db, "heads")
    refused(db, MOVE, day=dt.date(2026, 3, 1), g=group)


def test_a_meeting_just_after_the_stockholm_midnight_is_on_the_new_start_day(db: Database) -> None:
    group = _group(db, dt.date(2026, 1, 12))
    # 00.30 on 15 June in Stockholm (summer time): the new start's own day, not before it.
    _meeting(db, group, dt.datetime(2026, 6, 14, 22, 30, tzinfo=dt.UTC), HELD)
    sql(db, MOVE, day=dt.date(2026, 6, 15), g=group)
    assert _start(db, group) == "2026-06-15"
