"""Lending writes its rows with Core statements (the reception's hot path), so these tests hold
it to what the ORM's flush listener would have written: the same audit entries in the same
transaction, nothing when the lend is refused, and a session that sees the unit on loan."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import select

from samverkan_desktop.changes import ChangeListener, areas_for_tables
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import AlarmUnit, AuditAction, AuditEntry, Loan, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_loans, alarms, settings
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import NOW, at, audit_entries, make

OUT_AT = NOW.astimezone(dt.UTC)
DUE = at(17, day=30)
REASON = "Hotad i ärende Ropsten"


class _Rollback(Exception):
    pass


def test_lend_writes_the_same_trail_as_the_orm_would(db: Database) -> None:
    """A home loan (hidden reason, approver): the loan's insert, field for field what the flush
    listener writes for the same loan added with the ORM; the unit's row is not written ("on
    loan" is the open loan, migration 0015), so it has no entry of its own."""
    with db.session() as s:
        data = make(s)
    unit, lena, karin = data.units["LARM-13"], data.people["lena"], data.people["karin"]
    # The ORM route, in a transaction that is rolled back once its trail has been read.
    with pytest.raises(_Rollback), db.session() as s:
        loan = Loan(
            unit_id=unit,
            borrower_id=lena,
            purpose=UnitKind.HOME_LOAN,
            reason=REASON,
            out_at=OUT_AT,
            due_at=DUE.astimezone(dt.UTC),
            lent_by_initials="NH",
            approved_by_id=karin,
        )
        s.add(loan)
        s.flush()
        orm_loan = audit_entries(s, "alarm_loans", loan.id)
        raise _Rollback
    # The rolled-back ORM change is the yardstick, and left nothing behind:
    with db.session() as s:
        assert [a for a, _changes in audit_entries(s, "alarm_units", unit)] == [AuditAction.INSERT]
        result = alarm_loans.lend(
            s,
            LendInput(unit, lena, due_at=DUE, approved_by_id=karin, reason=REASON, initials="nh"),
            now=NOW,
        )
        # Read in the same transaction: written with the loan, not after it.
        assert audit_entries(s, "alarm_loans", result.loan_id) == orm_loan
        assert [a for a, _changes in audit_entries(s, "alarm_units", unit)] == [AuditAction.INSERT]
        assert s.get_one(AlarmUnit, unit).status is UnitStatus.AVAILABLE
    assert orm_loan[0][0] is AuditAction.INSERT
    changes = orm_loan[0][1]
    assert changes["reason"] == {"hidden": True}  # never in clear
    assert changes["approved_by_id"] == {"old": None, "new": karin}
    assert changes["purpose"] == {"old": None, "new": "home_loan"}


def test_a_refused_lend_writes_no_loan_no_status_and_no_trail(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        settings.set_choice(s, alarm_loans.TRAINING_SETTING, "block")
    with db.session() as s:
        before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    with db.session() as s, pytest.raises(ValidationError, match="spärrad"):
        alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lars"]), now=NOW)
    with db.session() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.id > before)) is None
        assert s.scalar(select(Loan.id)) is None
        assert s.get_one(AlarmUnit, data.units["LARM-01"]).status is UnitStatus.AVAILABLE


def test_one_transaction_sees_the_lend_and_merges_the_units_entries(db: Database) -> None:
    """The session sees the lend (the unit on loan) and a unit read earlier in it shows the
    status its return set; a lend and a return in one transaction leave one entry for the
    unit, from available to charging."""
    with db.session() as s:
        data = make(s)
    unit_id = data.units["LARM-02"]
    with db.session() as s:
        unit = s.get_one(AlarmUnit, unit_id)
        assert unit.status is UnitStatus.AVAILABLE
        alarm_loans.lend(s, LendInput(unit_id, data.people["leif"]), now=NOW)
        assert alarms.get_unit(s, unit_id, now=NOW).status is UnitStatus.ON_LOAN
        alarm_loans.return_unit(s, unit_id, put_on_charge=True, now=NOW + dt.timedelta(hours=1))
        assert unit.status is UnitStatus.CHARGING
        entries = [
            e for e in audit_entries(s, "alarm_units", unit_id) if e[0] is AuditAction.UPDATE
        ]
    assert entries == [(AuditAction.UPDATE, {"status": {"old": "available", "new": "charging"}})]


def test_a_lend_at_another_desk_is_noticed(db: Database) -> None:
    """The window of a second desk refreshes its alarm views: the lend's tables reach its
    listener (PostgreSQL: the commit's notification; SQLite: the new audit rows)."""
    with db.session() as s:
        data = make(s)
    other = open_database(db.url)
    listener = ChangeListener(db.engine, db.client_id)
    listener.start()
    try:
        other.call(alarm_loans.lend, LendInput(data.units["LARM-01"], data.people["lena"]))
        seen: set[str] = set()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "alarm_loans" not in seen:
            seen |= listener.poll()
            time.sleep(0.05)
    finally:
        listener.close()
        other.dispose()
    assert "alarm_loans" in seen and "alarms" in areas_for_tables(seen)
