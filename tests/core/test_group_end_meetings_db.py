"""Migration 0042: the database, on SQLite and PostgreSQL, refuses a group that held a meeting
after its end, as another tool would write it: an end set (or moved earlier) before a held
meeting, a meeting marked held after the end, or inserted held there, or a held one moved past
it. An end on the meeting's own day or later, a planned meeting after the end, and other changes
of a group or meeting stored so before the revision are not refused. Downgrading removes it."""

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
END = "UPDATE groups SET ended_on = :day WHERE id = :g"
MARK_HELD = "UPDATE meetings SET status = 'held' WHERE id = :m"
MOVE = "UPDATE meetings SET starts_at = :at, ends_at = :until WHERE id = :m"
COPY_HELD = (
    "INSERT INTO meetings (group_id, starts_at, ends_at, status, version) "
    "SELECT group_id, starts_at, ends_at, 'held', 1 FROM meetings WHERE id = :m"
)
FEB_3 = dt.datetime(2026, 2, 3, 8, tzinfo=dt.UTC)  # 09.00 in Stockholm


def refused(db: Database, statement: str, **params: object) -> None:
    """Refused by this revision's triggers (not by another rule of the table)."""
    with pytest.raises(sa_exc.IntegrityError, match="a group cannot have held a meeting after"):
        sql(db, statement, **params)


def _group(db: Database, ended_on: dt.date | None = None) -> int:
    group = db.call(
        group_editing.create_group,
        group_rows.GroupInput(
            "Trygghetsråd Norrmalm", GroupType.TRYGGHETSRAD, starts_on=dt.date(2025, 1, 13)
        ),
    )
    if ended_on is not None:
        sql(db, END, day=ended_on, g=group)
    return group


def _insert(db: Database, group: int, start: dt.datetime, status: MeetingStatus) -> None:
    """A meeting written by another tool (the table's own types: stored as the program does)."""
    insert = sa_insert(Meeting).values(
        group_id=group, starts_at=start, ends_at=start + dt.timedelta(hours=2), status=status
    )
    with db.engine.begin() as conn:
        conn.execute(insert)


def _meeting(db: Database, group: int, start: dt.datetime, status: MeetingStatus) -> int:
    _insert(db, group, start, status)
    (row,) = rows(db, "SELECT max(id) AS id FROM meetings WHERE group_id = :g", g=group)
    return int(str(row["id"]))


def _end(db: Database, group: int) -> str | None:
    (row,) = rows(db, "SELECT ended_on FROM groups WHERE id = :g", g=group)
    return None if row["ended_on"] is None else str(row["ended_on"])


def _statuses(db: Database, group: int) -> list[str]:
    found = rows(db, "SELECT status FROM meetings WHERE group_id = :g ORDER BY id", g=group)
    return [str(row["status"]) for row in found]


def test_an_end_before_a_held_meeting_is_refused_by_the_database(db: Database) -> None:
    group = _group(db)
    _meeting(db, group, FEB_3, HELD)
    _meeting(db, group, FEB_3 + dt.timedelta(days=28), MeetingStatus.PLANNED)
    refused(db, END, day=dt.date(2026, 2, 2), g=group)
    refused(db, END, day=dt.date(2025, 6, 30), g=group)
    assert _end(db, group) is None
    sql(db, END, day=dt.date(2026, 2, 3), g=group)  # the meeting's own day; planned after
    assert _end(db, group) == "2026-02-03"
    refused(db, END, day=dt.date(2026, 2, 1), g=group)  # moved earlier over it
    sql(db, END, day=dt.date(2026, 12, 31), g=group)  # later
    assert _end(db, group) == "2026-12-31"


def test_a_meeting_held_after_the_end_is_neither_marked_nor_inserted(db: Database) -> None:
    group = _group(db, ended_on=dt.date(2026, 1, 30))
    planned = _meeting(db, group, FEB_3, MeetingStatus.PLANNED)  # planned after: no history
    refused(db, MARK_HELD, m=planned)
    refused(db, COPY_HELD, m=planned)  # a held copy, a day later
    assert _statuses(db, group) == ["planned"]
    inside = _meeting(db, group, dt.datetime(2026, 1, 27, 8, tzinfo=dt.UTC), HELD)
    assert _statuses(db, group) == ["planned", "held"]
    # Held on its day, moved past the end: refused; a later end lets both stand.
    refused(db, MOVE, at=FEB_3, until=FEB_3 + dt.timedelta(hours=2), m=inside)
    sql(db, END, day=dt.date(2026, 2, 3), g=group)
    sql(db, MARK_HELD, m=planned)
    assert _statuses(db, group) == ["held", "held"]


def test_a_group_or_meeting_stored_so_before_the_revision_still_saves(db: Database) -> None:
    group = _group(db)
    held = _meeting(db, group, FEB_3, HELD)
    migrate(db, "0041_template_versions")
    sql(db, END, day=dt.date(2026, 1, 30), g=group)
    migrate(db, "heads")
    sql(db, "UPDATE groups SET name = 'Trygghetsråd City', notes = 'x' WHERE id = :g", g=group)
    sql(db, "UPDATE meetings SET place = 'Stadshuset', status = 'held' WHERE id = :m", m=held)
    sql(db, END, day=dt.date(2026, 2, 1), g=group)  # later, still before it
    assert _end(db, group) == "2026-02-01"
    refused(db, END, day=dt.date(2026, 1, 20), g=group)


def test_the_downgrade_removes_the_rule(db: Database) -> None:
    group = _group(db, ended_on=dt.date(2026, 1, 30))
    migrate(db, "0041_template_versions")
    _insert(db, group, FEB_3, HELD)
    migrate(db, "heads")
    refused(db, END, day=dt.date(2026, 1, 29), g=group)
    _insert(db, group, dt.datetime(2026, 1, 20, 8, tzinfo=dt.UTC), HELD)  # inside: fine


def test_a_meeting_just_before_the_stockholm_midnight_is_on_the_end_day(db: Database) -> None:
    group = _group(db)
    # 23.30 on 14 June in Stockholm (summer time, 21.30 UTC): the end's own day, not after it.
    _meeting(db, group, dt.datetime(2026, 6, 14, 21, 30, tzinfo=dt.UTC), HELD)
    sql(db, END, day=dt.date(2026, 6, 14), g=group)
    assert _end(db, group) == "2026-06-14"
