"""Migration 0037: a person's memberships of a group never run at the same time, held by the
database on SQLite and PostgreSQL. Memberships stored overlapping before it are merged into one
(chains too), touching ones stay apart; afterwards another tool's overlapping row is refused,
and one a service writes after another desk's is told in the service's own Swedish line."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop import clock
from samverkan_desktop.db import Database, head_revisions, open_database
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_leaving,
    group_rows,
    membership_changes,
    membership_dates,
    membership_overlap,
)
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision

BEFORE = "0036_calendar_sequences"
TODAY = dt.date(2026, 12, 1)
INSERT = (
    "INSERT INTO memberships (group_id, person_id, role, joined_on, left_on) "
    "VALUES (:g, :p, :role, :joined, :left)"
)


def _d(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _group_and_people(db: Database, *names: str) -> tuple[int, list[int]]:
    with db.session() as s:
        group = group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Trygghetsråd Norrmalm", GroupType.TRYGGHETSRAD, starts_on=dt.date(2020, 1, 1)
            ),
        )
        people = [contacts.create_person(s, contacts.PersonInput(name)) for name in names]
    return group, people


def _add(db: Database, group: int, person: int, joined: str | None, left: str | None,
         role: str = "member") -> None:  # fmt: skip
    sql(db, INSERT, g=group, p=person, role=role, joined=_d(joined), left=_d(left))


Period = tuple[dt.date | None, dt.date | None, object]  # first day, last day, role


def _periods(db: Database, person: int) -> list[Period]:
    found = rows(
        db,
        "SELECT joined_on, left_on, role FROM memberships WHERE person_id = :p",
        p=person,
    )
    as_dates: list[Period] = [(_day(r["joined_on"]), _day(r["left_on"]), r["role"]) for r in found]
    return sorted(as_dates, key=lambda period: period[0] or dt.date.min)


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))  # SQLite gives the text


def test_upgrade_merges_overlapping_memberships_and_keeps_touching_ones_apart(
    db: Database,
) -> None:
    group, (anna, sara, per, olle) = _group_and_people(
        db, "Anna Berglund", "Sara Holm", "Per Ek", "Olle Dahl"
    )
    migrate(db, BEFORE)
    # Anna: a chain (Jan-Mar overlaps Feb-May, which overlaps the current one from April).
    _add(db, group, anna, "2026-01-01", "2026-03-31")
    _add(db, group, anna, "2026-02-01", "2026-05-31")
    _add(db, group, anna, "2026-04-01", None, "convener")
    # Sara: since before the register kept it until June, and again from March to August.
    _add(db, group, sara, None, "2026-06-30")
    _add(db, group, sara, "2026-03-01", "2026-08-31")
    # Per: two memberships that only touch; Olle: one.
    _add(db, group, per, "2026-01-01", "2026-03-31")
    _add(db, group, per, "2026-04-01", None)
    _add(db, group, olle, "2026-05-01", "2026-05-01")

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    # One membership from the first day to the last, with the role held last.
    assert _periods(db, anna) == [(dt.date(2026, 1, 1), None, "convener")]
    assert _periods(db, sara) == [(None, dt.date(2026, 8, 31), "member")]
    assert _periods(db, per) == [
        (dt.date(2026, 1, 1), dt.date(2026, 3, 31), "member"),
        (dt.date(2026, 4, 1), None, "member"),
    ]
    assert _periods(db, olle) == [(dt.date(2026, 5, 1), dt.date(2026, 5, 1), "member")]


def test_the_database_refuses_overlapping_memberships_and_lets_touching_ones_in(
    db: Database,
) -> None:
    group, (anna, sara) = _group_and_people(db, "Anna Berglund", "Sara Holm")
    _add(db, group, anna, "2026-01-01", "2026-03-31")
    refused(db, INSERT, g=group, p=anna, role="member", joined=dt.date(2026, 3, 31), left=None)
    refused(db, INSERT, g=group, p=anna, role="member", joined=None, left=dt.date(2026, 1, 1))
    refused(
        db,
        INSERT,
        g=group,
        p=anna,
        role="member",
        joined=dt.date(2025, 12, 1),
        left=dt.date(2026, 6, 1),
    )
    _add(db, group, anna, "2026-04-01", None)  # the day after: joining again
    _add(db, group, anna, "2025-06-01", "2025-12-31")  # and an earlier period
    _add(db, group, sara, "2026-02-01", None)  # another person: their own days
    # Moving a row's days onto another's is refused too.
    with pytest.raises(Exception, match="overlap"):
        sql(
            db,
            "UPDATE memberships SET left_on = :day WHERE person_id = :p AND joined_on = :joined",
            day=dt.date(2026, 4, 1),
            p=anna,
            joined=dt.date(2026, 1, 1),
        )
    assert len(_periods(db, anna)) == 3


def test_downgrade_takes_the_rule_away(db: Database) -> None:
    group, (anna,) = _group_and_people(db, "Anna Berglund")
    _add(db, group, anna, "2026-01-01", "2026-03-31")
    migrate(db, BEFORE)
    _add(db, group, anna, "2026-02-01", "2026-02-28")  # as 0036 let it
    assert len(_periods(db, anna)) == 2


def test_an_overlap_the_service_did_not_see_is_told_in_its_own_words(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another desk wrote the former membership between the service's check and its write
    (here: the check is skipped once): the database refuses, and the coordinator reads the
    check's line as the pair now is."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group, (anna,) = _group_and_people(db, "Anna Berglund")
    _add(db, group, anna, "2026-01-01", "2026-06-30")
    check = membership_dates.check_joined
    calls: list[int] = []

    def blind_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > 1:
            check(*args, **kwargs)

    monkeypatch.setattr(membership_dates, "check_joined", blind_once)
    with pytest.raises(ValidationError) as told:
        db.call(membership_changes.add_member, group, anna, joined_on=dt.date(2026, 3, 1))
    assert told.value.message == (
        "Anna Berglund var medlem t.o.m. 2026-06-30: ett nytt medlemskap börjar "
        "tidigast 2026-07-01."
    )
    assert told.value.field == "joined_on"
    assert len(calls) == 2
    assert _periods(db, anna) == [(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "member")]


def test_an_undo_that_would_overlap_a_later_membership_changes_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anna left in June, then sat in the group again in July (ended meanwhile): an Undo of
    the June removal would make her a member twice over July."""
    group, (anna,) = _group_and_people(db, "Anna Berglund")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 2, 2))
    first = db.call(membership_changes.add_member, group, anna)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 9, 1))
    left = db.call(membership_changes.remove_member, first, left_on=dt.date(2026, 6, 30))
    again = db.call(membership_changes.add_member, group, anna, joined_on=dt.date(2026, 7, 1))
    db.call(membership_changes.remove_member, again, left_on=dt.date(2026, 7, 31))

    with pytest.raises(StaleRecordError) as told:
        db.call(group_leaving.come_back, left)
    assert told.value.message == "Grupperna har ändrats sedan dess; inget ångrades."
    assert _periods(db, anna) == [
        (dt.date(2026, 2, 2), dt.date(2026, 6, 30), "member"),
        (dt.date(2026, 7, 1), dt.date(2026, 7, 31), "member"),
    ]


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.mark.postgres
def test_two_desks_writing_overlapping_days_at_once_wait_and_the_second_is_refused(
    pg_db: Database,
) -> None:
    """PostgreSQL: neither desk sees the other's uncommitted row; the trigger's lock on the
    (group, person) pair makes the second wait for the first and then see its row."""
    group, (anna,) = _group_and_people(pg_db, "Anna Berglund")
    outcome: list[str] = []

    def second_desk() -> None:
        try:
            _add(pg_db, group, anna, "2026-03-01", "2026-04-30")
            outcome.append("saved")
        except sa_exc.IntegrityError as error:
            outcome.append("refused" if membership_overlap.is_overlap(error) else repr(error))

    with pg_db.engine.connect() as first_desk, first_desk.begin():
        first_desk.execute(
            text(INSERT),
            {"g": group, "p": anna, "role": "member", "joined": _d("2026-01-01"),
             "left": _d("2026-06-30")},
        )  # fmt: skip
        waiting = threading.Thread(target=second_desk)
        waiting.start()
        waiting.join(1.5)
        assert waiting.is_alive() and outcome == []  # waits for the first desk
    waiting.join(10)
    assert outcome == ["refused"]
    assert _periods(pg_db, anna) == [(dt.date(2026, 1, 1), dt.date(2026, 6, 30), "member")]
