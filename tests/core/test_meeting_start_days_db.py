"""Migration 0043: the database, on SQLite and PostgreSQL, refuses a meeting held before its
group's start, as another tool would write it: a meeting marked held before the start, or
inserted held there, or a held one moved before it (to an earlier day or to a group starting
later). A meeting on the start day, a planned meeting before the start, and other changes of a
meeting stored so before the revision are not refused. Downgrading removes it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import insert as sa_insert

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, Meeting, MeetingStatus
from samverkan_desktop.services import group_editing, group_rows
from tests.core.database_rules import rows, sql
from tests.core.migration_steps import migrate

HELD = MeetingStatus.HELD
MARK_HELD = "UPDATE meetings SET status = 'held' WHERE id = :m"
MOVE = "UPDATE meetings SET starts_at = :at, ends_at = :until WHERE id = :m"
MOVE_TO_GROUP = "UPDATE meetings SET group_id = :g WHERE id = :m"
START = "UPDATE groups SET starts_on = :day WHERE id = :g"
COPY_HELD = (
    "INSERT INTO meetings (group_id, starts_at, ends_at, status, version) "
    "SELECT group_id, starts_at, ends_at, 'held', 1 FROM meetings WHERE id = :m"
)
FEB_3 = dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC)  # 09.00 in Stockholm
FEB_10 = FEB_3 + dt.timedelta(days=7)
TWO_HOURS = dt.timedelta(hours=2)


def refused(db: Database, statement: str, **params: object) -> None:
    """Refused by this revision's triggers (not by another rule of the table)."""
    with pytest.raises(sa_exc.IntegrityError, match="a group cannot have held a meeting before"):
        sql(db, statement, **params)


def _group(db: Database, starts_on: dt.date, name: str = "Trygghetsråd Norrmalm") -> int:
    return db.call(
        group_editing.create_group,
        group_rows.GroupInput(name, GroupType.TRYGGHETSRAD, starts_on=starts_on),
    )


def _insert(db: Database, group: int, start: dt.datetime, status: MeetingStatus) -> None:
    """A meeting written by another tool (the table's own types: stored as the program does)."""
    insert = sa_insert(Meeting).values(
        group_id=group, starts_at=start, ends_at=start + TWO_HOURS, status=status
    )
    with db.engine.begin() as conn:
        conn.execute(insert)


def _meeting(db: Database, group: int, start: dt.datetime, status: MeetingStatus) -> int:
    _insert(db, group, start, status)
    (row,) = rows(db, "SELECT max(id) AS id FROM meetings WHERE group_id = :g", g=group)
    return int(str(row["id"]))


def _statuses(db: Database, group: int) -> list[str]:
    found = rows(db, "SELECT status FROM meetings WHERE group_id = :g ORDER BY id", g=group)
    return [str(row["status"]) for row in found]


def test_a_meeting_held_before_the_start_is_neither_marked_nor_inserted(db: Database) -> None:
    group = _group(db, dt.date(2026, 2, 5))
    planned = _meeting(db, group, FEB_3, MeetingStatus.PLANNED)  # planned before: no history
    refused(db, MARK_HELD, m=planned)
    refused(db, COPY_HELD, m=planned)  # a held copy, two days before the start
    with pytest.raises(sa_exc.IntegrityError, match="before"):
        _insert(db, group, FEB_3, HELD)  # as the program's types store it
    assert _statuses(db, group) == ["planned"]
    inside = _meeting(db, group, FEB_10, HELD)
    assert _statuses(db, group) == ["planned", "held"]
    # Held on its day, moved before the start: refused; an earlier start lets both stand.
    refused(db, MOVE, at=FEB_3, until=FEB_3 + TWO_HOURS, m=inside)
    sql(db, START, day=dt.date(2026, 2, 3), g=group)  # the meeting's own day
    sql(db, MARK_HELD, m=planned)
    assert _statuses(db, group) == ["held", "held"]


def test_a_held_meeting_is_not_moved_to_a_group_starting_later(db: Database) -> None:
    earlier = _group(db, dt.date(2025, 1, 13))
    later = _group(db, dt.date(2026, 3, 2), name="Trygghetsråd City")
    held = _meeting(db, earlier, FEB_3, HELD)
    planned = _meeting(db, earlier, FEB_10, MeetingStatus.PLANNED)
    refused(db, MOVE_TO_GROUP, g=later, m=held)
    sql(db, MOVE_TO_GROUP, g=later, m=planned)  # not held: the services' alone
    assert _statuses(db, earlier) == ["held"]
    assert _statuses(db, later) == ["planned"]


def test_a_meeting_stored_so_before_the_revision_still_saves(db: Database) -> None:
    group = _group(db, dt.date(2026, 2, 5))
    migrate(db, "0042_group_end_meetings")
    _insert(db, group, FEB_3, HELD)  # held before the start, as an older tool wrote it
    (row,) = rows(db, "SELECT id FROM meetings WHERE group_id = :g", g=group)
    held = int(str(row["id"]))
    migrate(db, "heads")
    sql(db, "UPDATE meetings SET place = 'Stadshuset', status = 'held' WHERE id = :m", m=held)
    refused(db, MOVE, at=FEB_3 - dt.timedelta(days=1), until=FEB_3, m=held)  # earlier still
    sql(db, MOVE, at=FEB_10, until=FEB_10 + TWO_HOURS, m=held)  # into the group's days
    (row,) = rows(db, "SELECT place FROM meetings WHERE id = :m", m=held)
    assert row["place"] == "Stadshuset"


def test_the_downgrade_removes_the_rule(db: Database) -> None:
    group = _group(db, dt.date(2026, 2, 5))
    migrate(db, "0042_group_end_meetings")
    _insert(db, group, FEB_3, HELD)
    migrate(db, "heads")
    with pytest.raises(sa_exc.IntegrityError, match="a group cannot have held a meeting before"):
        _insert(db, group, FEB_3, HELD)
    _insert(db, group, FEB_10, HELD)  # inside: fine
    assert _statuses(db, group) == ["held", "held"]


def test_the_start_day_begins_at_the_stockholm_midnight(db: Database) -> None:
    group = _group(db, dt.date(2026, 6, 15))
    # 00.30 on 15 June in Stockholm (summer time, 22.30 UTC the day before): the start's own day.
    _insert(db, group, dt.datetime(2026, 6, 14, 22, 30, tzinfo=dt.UTC), HELD)
    # 23.30 on 14 June in Stockholm (21.30 UTC): the day before.
    with pytest.raises(sa_exc.IntegrityError, match="a group cannot have held a meeting before"):
        _insert(db, group, dt.datetime(2026, 6, 14, 21, 30, tzinfo=dt.UTC), HELD)
    assert _statuses(db, group) == ["held"]
