"""``db.call(lend)`` and ``db.call(return_unit)`` run on the driver's connection without a Session
(samverkan_desktop.direct_sql): they must leave exactly what the Session route leaves – the
same rows, the same audit entries in the same transaction – refuse what it refuses with the
same messages, leave nothing behind when refused or rolled back, and hand the pooled connection
back fit for the next Session. Each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from samverkan_desktop import direct_sql
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.models import (
    AlarmUnit,
    AuditAction,
    AuditEntry,
    Loan,
    Person,
    UnitEvent,
    UnitEventKind,
    UnitStatus,
)
from samverkan_desktop.services import (
    alarm_lending,
    alarm_loans,
    alarm_returns,
    alarms,
    loan_statements,
    settings,
)
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import NOW, at, audit_entries, make

LATER = NOW + dt.timedelta(hours=1)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Loan)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            s.scalar(select(func.count()).select_from(UnitEvent)) or 0,
        )


def test_lend_and_return_write_the_same_rows_and_trail_either_way(db: Database) -> None:
    """The same lend and fault return, once through a Session and once through db.call, give
    equal loans, statuses, service events and audit entries."""
    with db.session() as s:
        data = make(s)
    lena, karin = data.people["lena"], data.people["karin"]
    home = LendInput(
        data.units["LARM-13"], lena, due_at=at(17, day=30), approved_by_id=karin, reason="Hot"
    )
    # The Session route on LARM-13, then the direct route on the same unit after undoing it.
    with db.session() as s:
        first = alarm_loans.lend(s, home, now=NOW)
    with db.session() as s:
        back = alarm_loans.return_unit(
            s, first.unit_id, fault="Knappen fastnar", initials="nh", now=LATER
        )
    with db.session() as s:
        unit = s.get_one(AlarmUnit, first.unit_id)
        unit.status = UnitStatus.AVAILABLE  # repaired
    second = db.call(alarm_loans.lend, home, now=NOW + dt.timedelta(days=1))
    again = db.call(
        alarm_loans.return_unit,
        second.unit_id,
        fault="Knappen fastnar",
        initials="nh",
        now=LATER + dt.timedelta(days=1),
    )
    assert (second.unit_code, second.borrower, second.purpose) == (
        first.unit_code,
        first.borrower,
        first.purpose,
    )
    assert (again.status, again.borrower, again.was_overdue) == (
        back.status,
        back.borrower,
        back.was_overdue,
    )
    with db.session() as s:
        loans = [s.get_one(Loan, first.loan_id), s.get_one(Loan, second.loan_id)]
        assert [loan.fault_description for loan in loans] == ["Knappen fastnar"] * 2
        assert [loan.return_condition_ok for loan in loans] == [False, False]
        assert loans[1].returned_by_initials == "NH"
        assert s.get_one(AlarmUnit, first.unit_id).status is UnitStatus.OUT_OF_SERVICE
        events = s.scalars(select(UnitEvent).order_by(UnitEvent.id)).all()
        assert [e.loan_id for e in events] == [first.loan_id, second.loan_id]
        trails = [audit_entries(s, "alarm_loans", loan.id) for loan in loans]
        # A record's entries: the insert, then the return (dates differ, fields do not).
        assert [[(a, sorted(c)) for a, c in t] for t in trails[:1]] == [
            [(a, sorted(c)) for a, c in t] for t in trails[1:]
        ]
        assert trails[1][0][1]["reason"] == {"hidden": True}
        assert trails[1][1][1]["returned_by_initials"] == {"old": None, "new": "NH"}
        event_trails = [audit_entries(s, "alarm_unit_events", e.id) for e in events]
        assert event_trails[0][0][1].keys() == event_trails[1][0][1].keys()
        assert event_trails[1][0][1]["note"] == {"old": None, "new": "Knappen fastnar"}
        # The unit's row changes only at the fault returns ("on loan" is the open loan) and
        # at the repair between them.
        unit_trail = [
            c for a, c in audit_entries(s, "alarm_units", first.unit_id) if a is AuditAction.UPDATE
        ]
        assert unit_trail == [
            {"status": {"old": "available", "new": "out_of_service"}},
            {"status": {"old": "out_of_service", "new": "available"}},
            {"status": {"old": "available", "new": "out_of_service"}},
        ]
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > 0)).all()
        direct = [e for e in entries if e.record_id == str(second.loan_id)]
        assert all(e.client_id == db.client_id for e in direct)
        if not db.is_sqlite:  # the server names the role, as for the Session's entries
            assert all(e.db_role for e in direct)


def test_refusals_through_db_call_are_the_same_and_leave_nothing(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        settings.set_choice(s, alarm_loans.TRAINING_SETTING, "block")
    lena, sara = data.people["lena"], data.people["sara"]
    unit = data.units["LARM-01"]
    db.call(alarm_loans.lend, LendInput(unit, lena), now=NOW)
    before = _counts(db)
    cases: list[tuple[type[Exception], str, Any]] = [
        (ConflictError, "Lena Persson sedan 2026-11-23 08.14", LendInput(unit, lena)),
        (ValidationError, "spärrad", LendInput(data.units["LARM-02"], data.people["lars"])),
        (ValidationError, "inte anställd", LendInput(data.units["LARM-02"], sara)),
        (ValidationError, "finns inte längre", LendInput(data.units["LARM-02"], 999_999)),
        (NotFoundError, "finns inte längre", LendInput(999_999, lena)),
        (ValidationError, "slutdatum", LendInput(data.units["LARM-13"], lena)),
    ]
    for error, message, lend_input in cases:
        with pytest.raises(error, match=message):
            db.call(alarm_loans.lend, lend_input, now=NOW)
    with pytest.raises(ConflictError, match="inte utlånat"):
        db.call(alarm_loans.return_unit, data.units["LARM-02"], now=NOW)
    with pytest.raises(ValidationError):
        db.call(alarm_loans.return_unit, unit, initials="1234567", now=LATER)
    assert _counts(db) == before
    with db.session() as s:
        assert alarms.get_unit(s, data.units["LARM-02"]).status is UnitStatus.AVAILABLE
        assert alarms.get_unit(s, unit).status is UnitStatus.ON_LOAN


def test_the_conditional_updates_refuse_a_unit_changed_since_it_was_read(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A status is changed only if it is still the one read, a loan written on PostgreSQL's
    unlocked route only while the unit is as read (and a loan returned only if still open):
    a desk working from a stale read is refused and writes nothing. Simulated by reading a
    status the unit no longer has. (SQLite's lend reads after taking the write lock, so only
    its conditional status change can meet a stale read here. PostgreSQL's everyday lend reads
    and writes in one statement, test_lend_one_trip.py; here its two-trip route, which lends a
    charging unit or a home loan.)"""
    with db.session() as s:
        data = make(s)
    unit, lena = data.units["LARM-01"], data.people["lena"]
    real_first = direct_sql.Unit.first
    seen = {"lend": UnitStatus.CHARGING, "return": UnitStatus.AVAILABLE}

    def stale_status(self: direct_sql.Unit, statement: Any, values: Any = None) -> Any:
        row = real_first(self, statement, values)
        if statement is loan_statements.FACTS and row is not None:  # (code, kind, status, ...)
            row = (*row[:2], seen["lend"], *row[3:])
        if statement is loan_statements.RETURN_FACTS and row is not None:  # (code, status, ...)
            row = (row[0], seen["return"], *row[2:])
        return row

    # Read as charging (to be taken off charge), though another desk made it available.
    cases = [UnitStatus.AVAILABLE]
    if not db.is_sqlite:  # read as available, though another desk put it out of service
        cases.append(UnitStatus.OUT_OF_SERVICE)
    for actual in cases:
        with db.session() as s:
            s.get_one(AlarmUnit, unit).status = actual  # "another desk", meanwhile
        seen["lend"] = (
            UnitStatus.CHARGING if actual is UnitStatus.AVAILABLE else UnitStatus.AVAILABLE
        )
        before = _counts(db)
        monkeypatch.setattr(direct_sql.Unit, "first", stale_status)
        monkeypatch.setattr(alarm_lending, "_presumed_loan", lambda *_args: None)
        with pytest.raises(ConflictError, match="ändrades samtidigt|ur drift"):
            db.call(alarm_loans.lend, LendInput(unit, lena), now=NOW)
        monkeypatch.undo()
        assert _counts(db) == before, actual
    # Return on charge: lent for real, then the unit is put out of service under the
    # returning desk.
    with db.session() as s:
        s.get_one(AlarmUnit, unit).status = UnitStatus.AVAILABLE
    lent = db.call(alarm_loans.lend, LendInput(unit, lena), now=NOW)
    with db.session() as s:
        s.get_one(AlarmUnit, unit).status = UnitStatus.OUT_OF_SERVICE
    before = _counts(db)
    monkeypatch.setattr(direct_sql.Unit, "first", stale_status)
    with pytest.raises(ConflictError, match="kunde inte tas emot"):
        db.call(alarm_loans.return_unit, unit, put_on_charge=True, now=LATER)
    monkeypatch.undo()
    assert _counts(db) == before
    with db.session() as s:
        assert s.get_one(Loan, lent.loan_id).returned_at is None


@pytest.mark.parametrize("put_on_charge", [False, True], ids=["back in", "on charge"])
def test_a_return_is_refused_when_the_loan_read_was_closed_meanwhile(
    db: Database, monkeypatch: pytest.MonkeyPatch, put_on_charge: bool
) -> None:
    """The unit was taken back and lent again since this desk read it: its status is as read
    but the loan it read is closed. The return must change nothing: the new loan stays open
    and the unit on loan (each condition counts, not only the status's). Put on charge, the
    unit's status would change though the loan cannot: on PostgreSQL's autocommit route that
    statement runs in a transaction, or the unit on loan would read "charging". (PostgreSQL's
    everyday return reads and writes in one statement, test_lend_one_trip.py; here the
    two-trip route.)"""
    with db.session() as s:
        data = make(s)
    unit, lena = data.units["LARM-01"], data.people["lena"]
    first = db.call(alarm_loans.lend, LendInput(unit, lena), now=NOW)
    db.call(alarm_loans.return_unit, unit, now=LATER)
    second = db.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=LATER)
    real_first = direct_sql.Unit.first

    def stale_loan(self: direct_sql.Unit, statement: Any, values: Any = None) -> Any:
        row = real_first(self, statement, values)
        if statement is loan_statements.RETURN_FACTS and row is not None:  # (code, status, id, ..)
            row = (*row[:2], first.loan_id, *row[3:])
        return row

    before = _counts(db)
    monkeypatch.setattr(direct_sql.Unit, "first", stale_loan)
    monkeypatch.setattr(alarm_returns, "_return_in_one_trip", lambda *_args: None)
    with pytest.raises(ConflictError):
        db.call(
            alarm_loans.return_unit,
            unit,
            put_on_charge=put_on_charge,
            now=LATER + dt.timedelta(minutes=1),
        )
    monkeypatch.undo()
    assert _counts(db) == before
    with db.session() as s:
        assert s.get_one(Loan, second.loan_id).returned_at is None
        assert alarms.get_unit(s, unit).status is UnitStatus.ON_LOAN
        assert s.get_one(AlarmUnit, unit).status is UnitStatus.AVAILABLE  # as stored


def test_desks_racing_for_one_unit_through_db_call_give_one_loan(db_url: str) -> None:
    """Four desks (each its own Database) lend the same unit at once, and then all try to take
    it back: one lend and one return succeed, the others are told who has it / that it is in."""
    desks = [open_database(db_url) for _ in range(4)]
    try:
        with desks[0].session() as s:
            data = make(s)
        unit = data.units["LARM-01"]
        people = [data.people[k] for k in ("lena", "leif", "karin", "lena")]

        def race(work: Any) -> list[Any]:
            barrier = threading.Barrier(len(desks))
            outcomes: list[Any] = [None] * len(desks)

            def run(n: int) -> None:
                barrier.wait(5)
                try:
                    outcomes[n] = work(n)
                except Exception as error:  # noqa: BLE001 - compared below
                    outcomes[n] = error

            threads = [threading.Thread(target=run, args=(n,)) for n in range(len(desks))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            return outcomes

        lent = race(lambda n: desks[n].call(alarm_loans.lend, LendInput(unit, people[n]), now=NOW))
        won = [o for o in lent if isinstance(o, alarm_loans.LendResult)]
        assert len(won) == 1, lent
        assert all(
            isinstance(o, ConflictError) and won[0].borrower in str(o) for o in lent if o not in won
        )
        back = race(lambda n: desks[n].call(alarm_loans.return_unit, unit, now=LATER))
        returned = [o for o in back if isinstance(o, alarm_loans.ReturnResult)]
        assert len(returned) == 1, back
        assert all(isinstance(o, ConflictError) for o in back if o not in returned)
        with desks[0].session() as s:
            loans = s.scalars(select(Loan)).all()
            assert [(loan.id, loan.returned_at is not None) for loan in loans] == [
                (won[0].loan_id, True)
            ]
            assert s.get_one(AlarmUnit, unit).status is UnitStatus.AVAILABLE
            assert len(audit_entries(s, "alarm_loans", won[0].loan_id)) == 2  # lent, returned
    finally:
        for desk in desks:
            desk.dispose()


def _lend_then_fail(unit: direct_sql.Unit, data: LendInput) -> None:
    alarm_lending._lend(unit, data, NOW)
    raise RuntimeError("the window crashed after the lend's statements")


@direct_sql.direct(_lend_then_fail)
def lend_then_fail(session: Session, data: LendInput) -> None:
    raise AssertionError("db.call takes the direct route")


def test_an_error_after_the_statements_rolls_everything_back(db: Database) -> None:
    with db.session() as s:
        data = make(s)
    before = _counts(db)
    with pytest.raises(RuntimeError, match="crashed"):
        db.call(lend_then_fail, LendInput(data.units["LARM-01"], data.people["lena"]))
    assert _counts(db) == before
    with db.session() as s:
        assert s.get_one(AlarmUnit, data.units["LARM-01"]).status is UnitStatus.AVAILABLE


def _lent_and_returned(db: Database, times: int) -> Any:
    """alarm_data.make's units and people, LARM-02 lent to Leif and returned ``times`` times
    through db.call."""
    with db.session() as s:
        data = make(s)
    unit = data.units["LARM-02"]
    for _ in range(times):
        db.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=NOW)
        db.call(alarm_loans.return_unit, unit, now=LATER)
    return data


def test_the_connection_goes_back_to_the_pool_fit_for_a_session(db: Database) -> None:
    """After direct units (PostgreSQL: the commit and the notification's own transaction sent
    in one message), a Session on the same pooled connection still rolls back what it did."""
    data = _lent_and_returned(db, 3)
    with pytest.raises(RuntimeError), db.session() as s:
        s.get_one(Person, data.people["sara"]).name = "Ändrad"
        s.flush()
        raise RuntimeError
    with db.session() as s:
        assert s.get_one(Person, data.people["sara"]).name == "Sara Holm"


class _Rollback(Exception):
    pass


def test_a_return_writes_the_trail_the_orm_would(db: Database) -> None:
    """The fault return made by hand with the ORM (what return_unit did before it ran its own
    statements) and rolled back is the yardstick: db.call(return_unit) writes the same
    entries for the loan, the unit and the service event."""
    with db.session() as s:
        data = make(s)
    unit = data.units["LARM-01"]
    lent = db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    returned = LATER.astimezone(dt.UTC)
    with pytest.raises(_Rollback), db.session() as s:
        loan = s.get_one(Loan, lent.loan_id)
        loan.returned_at = returned
        loan.returned_by_initials = "NH"
        loan.return_condition_ok = False
        loan.fault_description = "Skärmen trasig"
        loan.put_on_charge = False
        s.get_one(AlarmUnit, unit).status = UnitStatus.OUT_OF_SERVICE
        event = UnitEvent(
            unit_id=unit,
            kind=UnitEventKind.FAULT,
            occurred_at=returned,
            note="Skärmen trasig",
            initials="NH",
            loan_id=lent.loan_id,
        )
        s.add(event)
        s.flush()
        orm = (
            audit_entries(s, "alarm_loans", lent.loan_id)[-1],
            audit_entries(s, "alarm_units", unit)[-1],
            audit_entries(s, "alarm_unit_events", event.id),
        )
        raise _Rollback
    db.call(alarm_loans.return_unit, unit, fault="Skärmen trasig", initials="nh", now=LATER)
    with db.session() as s:
        event_id = s.scalars(select(UnitEvent.id)).one()
        direct = (
            audit_entries(s, "alarm_loans", lent.loan_id)[-1],
            audit_entries(s, "alarm_units", unit)[-1],
            audit_entries(s, "alarm_unit_events", event_id),
        )
    assert direct == orm
    assert orm[1] == (
        AuditAction.UPDATE,
        {"status": {"old": "available", "new": "out_of_service"}},
    )


def _backend_pid(unit: direct_sql.Unit) -> int:
    return int(unit.driver.info.backend_pid)


@direct_sql.direct(_backend_pid)
def backend_pid(session: Session) -> int:
    raise AssertionError("db.call takes the direct route")


@pytest.mark.postgres
def test_the_reception_s_route_runs_in_autocommit_and_hands_the_connection_back_without(
    pg_url: str,
) -> None:
    """On PostgreSQL the lend and the return commit each statement as it runs (no BEGIN, no
    COMMIT: two of a lend's four round trips); the connection they keep stays so between
    them, and goes back to the Sessions' pool in transactions again, so a Session's rollback
    still undoes its work."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            data = make(s)
        unit, sara = data.units["LARM-02"], data.people["sara"]
        seen: list[bool] = []
        real_first = direct_sql.Unit.first

        def note_autocommit(self: direct_sql.Unit, statement: Any, values: Any = None) -> Any:
            seen.append(self.driver.autocommit)
            return real_first(self, statement, values)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(direct_sql.Unit, "first", note_autocommit)
            db.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=NOW)
            db.call(alarm_loans.return_unit, unit, now=LATER)
        assert seen and all(seen), seen
        kept = db._direct._idle[-1][1]
        driver = kept.driver_connection
        assert driver is not None and driver.autocommit is True  # kept for the next lend
        db._direct.close()  # back to the pool, where a Session finds it
        assert driver.autocommit is False
        with pytest.raises(RuntimeError), db.session() as s:
            s.get_one(Person, sara).name = "Ändrad"
            s.flush()
            raise RuntimeError
        with db.session() as s:
            assert s.get_one(Person, sara).name == "Sara Holm"
    finally:
        db.dispose()


@pytest.mark.postgres
def test_a_kept_connection_the_server_dropped_is_replaced_without_an_error(pg_url: str) -> None:
    """Direct units keep their connection between lends (no ping per lend); when the server
    has dropped it meanwhile (a restart), the lend runs again on a fresh connection instead of
    failing, and nothing is written twice."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            data = make(s)
        first = db.call(backend_pid)
        assert db.call(backend_pid) == first  # kept, not checked out again
        with db.session() as s:
            s.execute(select(func.pg_terminate_backend(first)))
        result = db.call(alarm_loans.lend, LendInput(data.units["LARM-01"], data.people["lena"]))
        assert db.call(backend_pid) != first
        with db.session() as s:
            assert s.scalars(select(Loan.id)).all() == [result.loan_id]
    finally:
        db.dispose()


@pytest.mark.postgres
def test_the_reception_role_lends_and_returns_through_db_call(pg_url: str) -> None:
    """The reception's own route (one statement writes the loan, a changed unit status and the
    trail; the unit's row read with a share lock) needs no right beyond the reception role's:
    an available unit's lend and plain return, a charging unit's lend and a fault return,
    their trail naming the role."""
    from samverkan_desktop.cli import main as cli_main
    from tests.core.db_logins import login

    owner = open_database(pg_url)
    try:
        with owner.session() as s:
            data = make(s)
        assert cli_main(["--db", pg_url, "db", "grant-roles"]) == 0
        unit = data.units["LARM-01"]
        with owner.session() as s:
            s.get_one(AlarmUnit, unit).status = UnitStatus.CHARGING
        _loans, before, _events = _counts(owner)
        desk = open_database(login(pg_url, "reception"))
        try:
            plain = LendInput(data.units["LARM-02"], data.people["leif"])
            desk.call(alarm_loans.lend, plain, now=NOW)
            desk.call(alarm_loans.return_unit, plain.unit_id, now=LATER)
            lent = desk.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
            desk.call(alarm_loans.return_unit, unit, fault="Knappen fastnar", now=LATER)
        finally:
            desk.dispose()
        with owner.session() as s:
            assert s.get_one(Loan, lent.loan_id).fault_description == "Knappen fastnar"
            written = s.scalars(select(AuditEntry).order_by(AuditEntry.id).offset(before)).all()
        assert [row.table_name for row in written] == [
            "alarm_loans",  # LARM-02 lent
            "alarm_loans",  # LARM-02 returned: the unit's row untouched
            "alarm_loans",  # lent
            "alarm_units",  # off its charger
            "alarm_loans",  # returned
            "alarm_units",
            "alarm_unit_events",
        ]
        assert all((row.db_role or "").startswith("desk_reception_") for row in written)
    finally:
        owner.dispose()


def test_a_lend_and_a_return_at_another_desk_are_noticed(db: Database) -> None:
    """The direct route tells the other desks (PostgreSQL: the notification sent with the
    commit, in its own transaction; SQLite: the audit rows the listener reads)."""
    from samverkan_desktop.changes import ChangeListener, areas_for_tables

    with db.session() as s:
        data = make(s)
    other = open_database(db.url)
    listener = ChangeListener(db.engine, db.client_id)
    listener.start()
    try:
        unit = data.units["LARM-01"]
        for work in (
            lambda: other.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW),
            lambda: other.call(alarm_loans.return_unit, unit, now=LATER),
        ):
            listener.poll()
            work()
            seen: frozenset[str] = frozenset()
            for _ in range(60):
                seen = listener.poll()
                if seen:
                    break
                time.sleep(0.05)
            assert "alarm_loans" in seen and "alarms" in areas_for_tables(seen)
    finally:
        listener.close()
        other.dispose()


@pytest.mark.postgres
def test_a_failed_notification_leaves_the_lend_made_and_the_connection_fit(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The notification goes out after the lend, from the Database's announcer thread: one
    refused is logged, the lend stands (no error for the receptionist), and the desk's
    connection serves the next unit."""
    from samverkan_desktop import changes

    db = open_database(pg_url)
    try:
        with db.session() as s:
            data = make(s)
        unit = data.units["LARM-01"]
        monkeypatch.setattr(changes, "CHANNEL", "")  # pg_notify refuses an empty channel
        lent = db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
        assert db.announcer is not None and db.announcer.flush()
        assert "Could not notify" in caplog.text
        monkeypatch.undo()
        db.call(alarm_loans.return_unit, unit, now=LATER)
        with db.session() as s:
            assert s.get_one(Loan, lent.loan_id).returned_at is not None
            assert len(audit_entries(s, "alarm_loans", lent.loan_id)) == 2
    finally:
        db.dispose()


def test_a_charging_unit_lent_comes_off_charge_the_same_way_either_way(db: Database) -> None:
    """Lending a charging unit ends its charge: its stored status becomes available, with one
    audit entry, through a Session and through db.call alike; undoing that lend puts it back
    on charge. An available unit's lend writes no entry for the unit."""
    with db.session() as s:
        data = make(s)
    lena = data.people["lena"]
    units = [data.units["LARM-01"], data.units["LARM-02"]]
    earlier = NOW - dt.timedelta(days=1)
    for unit in units:  # back on charge from an earlier loan
        db.call(alarm_loans.lend, LendInput(unit, lena), now=earlier)
        db.call(
            alarm_loans.return_unit, unit, put_on_charge=True, now=earlier + dt.timedelta(hours=1)
        )
    with db.session() as s:
        by_session = alarm_loans.lend(s, LendInput(units[0], lena), now=NOW)
    by_call = db.call(alarm_loans.lend, LendInput(units[1], data.people["leif"]), now=NOW)
    with db.session() as s:
        for unit in units:
            assert s.get_one(AlarmUnit, unit).status is UnitStatus.AVAILABLE
            assert alarms.get_unit(s, unit, now=NOW).status is UnitStatus.ON_LOAN
            assert audit_entries(s, "alarm_units", unit)[-1] == (
                AuditAction.UPDATE,
                {"status": {"old": "charging", "new": "available"}},
            )
        undone = alarm_loans.undo_loan_action(s, by_call.loan_id, now=NOW)
    assert undone.status is UnitStatus.CHARGING
    db.call(alarm_loans.return_unit, units[0], now=LATER)
    with db.session() as s:
        entries = len(audit_entries(s, "alarm_units", units[0]))
    db.call(alarm_loans.lend, LendInput(units[0], lena), now=LATER)
    with db.session() as s:
        assert len(audit_entries(s, "alarm_units", units[0])) == entries
        assert s.get_one(Loan, by_session.loan_id).returned_at is not None


def _plans(unit: direct_sql.Unit) -> list[tuple[str, int, int]]:
    """The kept connection's prepared statements: (its start, generic plans, custom plans)."""
    rows = unit.driver.execute(
        "SELECT left(statement, 40), generic_plans, custom_plans FROM pg_prepared_statements"
    ).fetchall()
    return [(str(text), int(generic), int(custom)) for text, generic, custom in rows]


@direct_sql.direct(_plans, autocommit=True)
def prepared_plans(session: Session) -> list[tuple[str, int, int]]:
    raise AssertionError("PostgreSQL only: the direct route")


def _setting(unit: direct_sql.Unit) -> str:
    return str(unit.driver.execute("SHOW plan_cache_mode").fetchone()[0])


@direct_sql.direct(_setting, autocommit=True)
def plan_cache_mode(session: Session) -> str:
    raise AssertionError("PostgreSQL only: the direct route")


@pytest.mark.postgres
def test_the_reception_s_statements_are_planned_once_per_connection(pg_url: str) -> None:
    """A desk's lends and returns are prepared at their first run and served by one generic
    plan from then on: no lend parses and plans its seven-table statement again (the first
    ten on a connection did, which made twenty desks lending at once wait on the processors).
    Back in the engine's pool the connection plans a Session's queries as before."""
    db = open_database(pg_url)
    try:
        _lent_and_returned(db, 3)
        plans = db.call(prepared_plans)
        lend = [p for p in plans if p[0].startswith("WITH facts AS")]
        assert len(lend) == 2, plans  # the lend's and the return's statements
        assert all(generic == 3 and custom == 0 for _text, generic, custom in lend), plans
        assert db.call(plan_cache_mode) == "force_generic_plan"
        db._direct.close()  # back to the pool, where a Session finds it
        with db.session() as s:
            assert s.scalar(text("SHOW plan_cache_mode")) == "auto"
        assert db.call(plan_cache_mode) == "force_generic_plan"  # taken again for a lend
    finally:
        db.dispose()


def _renamed_then_failed(unit: direct_sql.Unit, person: int) -> None:
    unit.driver.execute("UPDATE people SET name = 'Ändrad' WHERE id = %s", (person,))
    raise RuntimeError("after the write")


@direct_sql.direct(_renamed_then_failed)
def renamed_then_failed(session: Session, person: int) -> None:
    raise AssertionError("db.call takes the direct route")


@pytest.mark.postgres
def test_a_unit_in_a_transaction_after_a_lend_on_the_same_connection_still_rolls_back(
    pg_url: str,
) -> None:
    """The kept connection stays in autocommit after a lend (for the next one); a direct unit
    that is one transaction, run next on it, is a transaction all the same: its write is
    undone when it fails."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            data = make(s)
        sara = data.people["sara"]
        db.call(alarm_loans.lend, LendInput(data.units["LARM-02"], data.people["leif"]), now=NOW)
        with pytest.raises(RuntimeError):
            db.call(renamed_then_failed, sara)
        with db.session() as s:
            assert s.get_one(Person, sara).name == "Sara Holm"
        db.call(alarm_loans.return_unit, data.units["LARM-02"], now=LATER)  # the same route
    finally:
        db.dispose()
