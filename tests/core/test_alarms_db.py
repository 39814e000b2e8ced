"""Rules the database holds itself, and two desks lending at the same moment."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import DateTime, bindparam, text
from sqlalchemy import exc as sa_exc

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError, DatabaseLockedError
from samverkan_desktop.models import AlarmUnit, UnitStatus
from samverkan_desktop.services import alarm_history, alarm_loans, alarms
from samverkan_desktop.services.alarm_loans import LendInput, LendResult
from tests.core.alarm_data import NOW, make

STAMP = DateTime(timezone=True)


def _sql(statement: str) -> Any:
    """Plain SQL, times bound like the models bind them (UTC)."""
    query = text(statement)
    names = [name for name in ("out", "due", "before") if f":{name}" in statement]
    return query.bindparams(*(bindparam(name, type_=STAMP) for name in names))


INSERT_LOAN = _sql(
    "INSERT INTO alarm_loans (unit_id, borrower_id, purpose, out_at, due_at, put_on_charge, "
    "pseudonymised, created_at, updated_at) VALUES (:unit, :person, 'home_visit', :out, :due, "
    ":false, :false, :out, :out)"
)


def _insert(conn: Any, unit: int, person: int | None, out: dt.datetime, due: dt.datetime) -> None:
    conn.execute(
        INSERT_LOAN,
        {
            "unit": unit,
            "person": person,
            "out": out.astimezone(dt.UTC),
            "due": due.astimezone(dt.UTC),
            "false": False,
        },
    )


def test_two_open_loans_for_one_unit_are_refused_by_the_index(db: Database) -> None:
    with db.session() as s:
        data = make(s)
    unit, person = data.units["LARM-01"], data.people["lena"]
    with db.engine.begin() as conn:
        _insert(conn, unit, person, NOW, NOW + dt.timedelta(hours=8))
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        _insert(conn, unit, person, NOW + dt.timedelta(hours=1), NOW + dt.timedelta(hours=9))
    # A returned loan does not count: history for the same unit is fine.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alarm_loans SET returned_at = due_at"))
        _insert(conn, unit, person, NOW + dt.timedelta(hours=9), NOW + dt.timedelta(hours=10))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE alarm_loans SET returned_at = :before",  # back before it went out
        "UPDATE alarm_loans SET due_at = :before",  # due before it went out
        "UPDATE alarm_loans SET borrower_id = NULL",  # no borrower without pseudonymisation
        "UPDATE alarm_loans SET purpose = 'home_loan'",  # a home loan without an approver
        "UPDATE alarm_loans SET pseudonymised = :true, borrower_id = NULL",  # still open
    ],
)
def test_check_constraints_hold_the_loan_rules(db: Database, statement: str) -> None:
    with db.session() as s:
        data = make(s)
    with db.engine.begin() as conn:
        _insert(conn, data.units["LARM-01"], data.people["lena"], NOW, NOW + dt.timedelta(hours=8))
    before = (NOW - dt.timedelta(hours=1)).astimezone(dt.UTC)
    params = {"before": before, "true": True} if ":before" in statement else {"true": True}
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(_sql(statement), params)


def test_a_retired_unit_cannot_be_lent_even_past_the_services(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        alarms.retire_unit(s, data.units["LARM-02"], "Kasserad", now=NOW)
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        _insert(conn, data.units["LARM-02"], data.people["lena"], NOW, NOW + dt.timedelta(hours=8))
    with db.session() as s, pytest.raises(ConflictError, match="LARM-02 är kasserat"):
        alarm_loans.lend(s, LendInput(data.units["LARM-02"], data.people["lena"]), now=NOW)


def test_a_unit_on_loan_cannot_be_retired_even_past_the_services(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lena"]), now=NOW)
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE alarm_units SET status = 'retired' WHERE code = 'LARM-01'"))
    with db.session() as s, pytest.raises(ConflictError, match="är utlånat"):
        alarms.retire_unit(s, data.units["LARM-01"], now=NOW)


def test_the_managers_index_holds_home_loans_only_and_still_guards_the_manager(
    db: Database,
) -> None:
    """Migration 0012: a home-visit lend writes nothing to the manager's index, yet deleting
    a manager who approved a home loan is still refused, through that index."""
    with db.session() as s:
        data = make(s)
        alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lena"]), now=NOW)
        alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                data.people["lena"],
                due_at=dt.datetime(2026, 12, 20, 16, 0),
                approved_by_id=data.people["karin"],
            ),
            now=NOW,
        )
    lookup = "SELECT id FROM alarm_loans WHERE approved_by_id = :manager"
    with db.engine.begin() as conn:
        if db.is_sqlite:
            plan = conn.execute(text("EXPLAIN QUERY PLAN " + lookup), {"manager": 1}).all()
            definition = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_alarm_loans_approver_out'")
            ).scalar_one()
        else:
            conn.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: else a scan
            plan = conn.execute(text("EXPLAIN " + lookup), {"manager": 1}).all()
            definition = conn.execute(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_alarm_loans_approver_out'"
                )
            ).scalar_one()
    assert "approved_by_id IS NOT NULL" in definition  # a home visit's loan is not in it
    assert "ix_alarm_loans_approver_out" in " ".join(str(row) for row in plan)
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("DELETE FROM people WHERE id = :id"), {"id": data.people["karin"]})


def test_a_loan_written_past_the_services_shows_the_unit_on_loan(db: Database) -> None:
    """ "On loan" is the open loan itself (migration 0015): a loan inserted by hand leaves the
    stored status "available", yet the unit shows on loan and a lend is refused, naming who
    has the unit."""
    with db.session() as s:
        data = make(s)
    with db.engine.begin() as conn:
        _insert(conn, data.units["LARM-01"], data.people["lena"], NOW, NOW + dt.timedelta(hours=8))
    with db.session() as s:
        row = alarms.get_unit(s, data.units["LARM-01"])
        stored = s.get_one(AlarmUnit, data.units["LARM-01"]).status
    assert stored is UnitStatus.AVAILABLE
    assert row.status is UnitStatus.ON_LOAN and row.borrower == "Lena Persson"
    with db.session() as s, pytest.raises(ConflictError, match="utlånat till Lena Persson sedan"):
        alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["leif"]), now=NOW + dt.timedelta(1)
        )


def _in_thread(target: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = target()
        except Exception as error:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.mark.postgres
def test_two_desks_lend_the_same_unit_at_once_on_postgresql(pg_url: str) -> None:
    desk_a, desk_b = open_database(pg_url), open_database(pg_url)
    try:
        with desk_a.session() as s:
            data = make(s)
        unit = data.units["LARM-03"]
        started = threading.Event()
        # Desk A has lent (flushed, not yet committed) when desk B tries the same unit.
        with desk_a.session() as s:
            alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=NOW)

            def desk_b_lends() -> Any:
                started.set()
                return desk_b.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=NOW)

            thread, outcome = _in_thread(desk_b_lends)
            started.wait(5)
            thread.join(0.5)  # desk B is now waiting for desk A's transaction
        thread.join(10)
        assert not thread.is_alive()
        assert isinstance(outcome.get("error"), ConflictError), outcome
        assert "LARM-03 är utlånat till Lena Persson sedan 2026-11-23 08.14" in str(
            outcome["error"]
        )
        with desk_b.session() as s:
            open_loans = alarm_history.list_loans(s, alarm_history.LoanFilter(open_only=True))
        assert [(row.unit_code, row.borrower) for row in open_loans] == [
            ("LARM-03", "Lena Persson")
        ]
    finally:
        desk_a.dispose()
        desk_b.dispose()


@pytest.mark.postgres
def test_the_index_stops_a_second_connection_that_skips_the_checks(pg_url: str) -> None:
    desk_a, desk_b = open_database(pg_url), open_database(pg_url)
    try:
        with desk_a.session() as s:
            data = make(s)
        unit, leif = data.units["LARM-03"], data.people["leif"]
        with desk_a.session() as s:
            alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=NOW)

            def raw_insert() -> None:
                with desk_b.engine.begin() as conn:
                    _insert(conn, unit, leif, NOW, NOW + dt.timedelta(hours=3))

            thread, outcome = _in_thread(raw_insert)
            thread.join(0.5)  # blocked on the unique index until desk A commits
        thread.join(10)
        assert isinstance(outcome.get("error"), sa_exc.IntegrityError), outcome
    finally:
        desk_a.dispose()
        desk_b.dispose()


@pytest.mark.postgres
def test_many_desks_racing_for_one_unit_give_exactly_one_loan(pg_url: str) -> None:
    desks = [open_database(pg_url) for _ in range(4)]
    try:
        with desks[0].session() as s:
            data = make(s)
        people = [data.people[k] for k in ("lena", "leif", "karin", "lena")]
        barrier = threading.Barrier(len(desks))

        def lend_at(desk: Database, person: int) -> Callable[[], Any]:
            def run() -> Any:
                barrier.wait(5)
                return desk.call(
                    alarm_loans.lend, LendInput(data.units["LARM-01"], person), now=NOW
                )

            return run

        runs = [_in_thread(lend_at(d, p)) for d, p in zip(desks, people, strict=True)]
        for thread, _outcome in runs:
            thread.join(20)
        outcomes = [outcome for _thread, outcome in runs]
        assert sum("result" in o for o in outcomes) == 1
        assert all(isinstance(o["error"], ConflictError) for o in outcomes if "error" in o)
    finally:
        for desk in desks:
            desk.dispose()


def test_a_second_sqlite_desk_waits_for_the_first_instead_of_failing(sqlite_url: str) -> None:
    """Two desks on one SQLite file: the second lending waits for the first one's commit (the
    write lock is taken first) rather than failing with "database is locked"."""
    desk_a, desk_b = open_database(sqlite_url), open_database(sqlite_url)
    try:
        with desk_a.session() as s:
            data = make(s)
        with desk_a.session() as s:
            alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lena"]), now=NOW)

            def other_desk() -> list[LendResult | ConflictError]:
                results: list[LendResult | ConflictError] = []
                for code in ("LARM-01", "LARM-02"):
                    try:
                        results.append(
                            desk_b.call(
                                alarm_loans.lend,
                                LendInput(data.units[code], data.people["leif"]),
                                now=NOW,
                            )
                        )
                    except ConflictError as error:
                        results.append(error)
                return results

            thread, outcome = _in_thread(other_desk)
            thread.join(0.5)  # desk B waits for the write lock held by desk A
        thread.join(10)
        assert not isinstance(outcome.get("error"), DatabaseLockedError), outcome
        same, other = outcome["result"]
        assert isinstance(same, ConflictError) and "Lena Persson" in str(same)
        assert other.unit_code == "LARM-02" and other.borrower == "Leif Pettersson"
    finally:
        desk_a.dispose()
        desk_b.dispose()


def test_migration_0015_reads_on_loan_from_the_loans_down_and_up(db: Database) -> None:
    """Down to 0014 a unit with an open loan is stored "on_loan" again (what older code
    expects); up again it is stored "available" and still shown on loan."""
    from tests.core.migration_steps import migrate

    with db.session() as s:
        data = make(s)
    out, kept = data.units["LARM-01"], data.units["LARM-02"]
    db.call(alarm_loans.lend, LendInput(out, data.people["lena"]), now=NOW)
    statuses = text("SELECT id, status FROM alarm_units WHERE id IN (:a, :b) ORDER BY id")

    def migrate_to(revision: str) -> list[tuple[int, str]]:
        migrate(db, revision)
        with db.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(statuses, {"a": out, "b": kept})]

    down = migrate_to("0014_audit_without_time_index")
    assert down == [(out, "on_loan"), (kept, "available")]
    assert migrate_to("heads") == [(out, "available"), (kept, "available")]
    with db.session() as s:
        assert alarms.get_unit(s, out, now=NOW).status is UnitStatus.ON_LOAN
