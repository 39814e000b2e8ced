"""The benchmark's city generator (tests/bench/generate.py) at a tiny scale: it fills the tables
it promises, keeps the database's rules, gives the same rows every time, and the services read
what it wrote."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import func, select, text

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import (
    Action,
    AgendaItem,
    AlarmUnit,
    Group,
    Loan,
    Meeting,
    Person,
    UnitStatus,
)
from samverkan_desktop.services.alarm_history import LoanFilter, list_loans
from samverkan_desktop.services.alarm_loans import LendInput, lend
from samverkan_desktop.services.alarms import list_units
from tests.bench.generate import Scale, generate
from tests.bench.lending import lend_candidates
from tests.conftest import fresh_sqlite_url

MICRO = Scale(
    groups_per_kind=0.1,
    meetings=120,
    agenda_items_per_meeting=3,
    invitees_per_meeting=2,
    actions=150,
    units=40,  # the generator keeps every 40th unit's last loan out
    loans=400,
    contacts=150,
    organisations_per_district=1,
)


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _digest(db: Database) -> str:
    with db.session() as session:
        loans = session.execute(
            select(Loan.id, Loan.unit_id, Loan.borrower_id, Loan.out_at, Loan.returned_at).order_by(
                Loan.id
            )
        ).all()
        actions = session.execute(
            select(Action.id, Action.title, Action.status).order_by(Action.id)
        ).all()
        rows = [*loans, *actions]
    return hashlib.sha1(repr([tuple(str(v) for v in row) for row in rows]).encode()).hexdigest()


def test_generator_fills_the_promised_tables_within_the_rules(db: Database) -> None:
    counts = generate(db, MICRO).tables
    assert _count(db, Meeting) == counts["meetings"] == MICRO.meetings
    assert _count(db, AgendaItem) == MICRO.meetings * MICRO.agenda_items_per_meeting
    assert _count(db, Action) == MICRO.actions
    assert _count(db, Loan) == MICRO.loans
    assert _count(db, AlarmUnit) == MICRO.units
    assert _count(db, Person) == MICRO.contacts
    assert _count(db, Group) == 13 * 7  # every district, every kind of group

    with db.session() as session:
        # The units with an open loan (one at most: the partial index) are those the units
        # list shows on loan; "on loan" is never stored (migration 0015).
        open_units = set(session.scalars(select(Loan.unit_id).where(Loan.returned_at.is_(None))))
        on_loan = {row.id for row in list_units(session) if row.status is UnitStatus.ON_LOAN}
        assert open_units == on_loan
        assert open_units  # else the comparison above proves nothing
        assert UnitStatus.ON_LOAN not in set(session.scalars(select(AlarmUnit.status)))
        # Held meetings have minutes; planned ones lie ahead.
        held_without_minutes = session.scalar(
            select(func.count())
            .select_from(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.status == "held", AgendaItem.notes.is_(None))
        )
        assert held_without_minutes == 0
        if db.is_sqlite:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []

    # The services read it: the newest loans first, one page of them; and a unit can be lent.
    page = db.call(list_loans, LoanFilter(), limit=50)
    assert len(page) == 50
    assert [r.out_at for r in page] == sorted((r.out_at for r in page), reverse=True)
    units, staff = lend_candidates(db)
    assert units and staff
    result = db.call(lend, LendInput(unit_id=units[0], borrower_id=staff[0]))
    assert result.warning is None  # the borrower's training is valid


def test_an_ended_groups_meetings_after_its_end_are_cancelled(db: Database) -> None:
    """Two dozen meetings a group reach past the ended groups' last day (30 June 2026): the database
    refuses a group that held a meeting after its end (migration 0042), so those are cancelled,
    and the meetings before it held as any other group's."""
    from dataclasses import replace

    generate(db, replace(MICRO, meetings=13 * 7 * 24))
    with db.session() as session:
        rows = session.execute(
            select(Meeting.status, Meeting.starts_at, Group.ended_on)
            .join(Group, Group.id == Meeting.group_id)
            .where(Group.ended_on.is_not(None))
        ).all()
    dated = [(status.value, starts.date(), ended) for status, starts, ended in rows if ended]
    after = [status for status, day, ended in dated if day > ended]
    before = [status for status, day, ended in dated if day <= ended]
    assert after and set(after) == {"cancelled"}
    assert "held" in before


def test_generator_is_repeatable(sqlite_template: Path, tmp_path: Path) -> None:
    digests = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        db = open_database(fresh_sqlite_url(sqlite_template, tmp_path / name))
        try:
            generate(db, MICRO)
            digests.append(_digest(db))
        finally:
            db.dispose()
    assert digests[0] == digests[1]
