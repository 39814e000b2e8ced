"""PostgreSQL: the reception's everyday lend and return reach the server in one round trip each
(the facts and the write in one statement that commits itself), and their change notifications
go out from the
Database's announcer thread, several changes in one notification, none lost at dispose."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.announcer import Announcer
from samverkan_desktop.db import Database
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import NOW, make
from tests.core.notifications import payloads as received
from tests.core.notifications import wire

pytestmark = pytest.mark.postgres


def _round_trips(trace: Path) -> list[str]:
    """What the client sent, one entry per round trip: a simple Query, or an extended-protocol
    exchange (its Parse or Bind, ended by Sync)."""
    trips: list[str] = []
    exchange = ""
    for line in trace.read_text().splitlines():
        fields = line.split("\t")
        if fields[0] != "F" or len(fields) < 3:
            continue
        if fields[2] == "Query":
            trips.append(fields[3].strip() if len(fields) > 3 else "")
        elif fields[2] in ("Parse", "Bind") and not exchange:
            exchange = fields[3].strip() if len(fields) > 3 else fields[2]
        elif fields[2] == "Sync":
            trips.append(exchange)
            exchange = ""
    return trips


def test_a_lend_and_a_return_are_one_round_trip_each_and_then_announced(
    pg_desks: tuple[Database, Any], tmp_path: Path
) -> None:
    db, listening = pg_desks
    with db.session() as s:
        data = make(s)
    unit = data.units["LARM-02"]
    db.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=NOW)  # connection kept
    db.call(alarm_loans.return_unit, unit, now=NOW)
    assert db.announcer is not None and db.announcer.flush()
    received(listening, 0.3)  # the warm-up's notifications
    driver = db._direct._idle[-1][1].driver_connection
    trace = tmp_path / "wire.txt"
    with wire(driver, trace):
        db.call(alarm_loans.lend, LendInput(unit, data.people["leif"]), now=NOW)
        db.call(alarm_loans.return_unit, unit, now=NOW)
    trips = _round_trips(trace)
    # The lend, the return: no BEGIN, COMMIT or NOTIFY here; each runs the statement the
    # connection prepared at its first run (a Bind of psycopg's "_pg3_…", no Parse).
    assert len(trips) == 2, trips
    assert all(trip.startswith('"" "_pg3_') for trip in trips), trips
    assert not any("BEGIN" in t or "COMMIT" in t or "pg_notify" in t for t in trips), trips
    assert db.announcer.flush()
    payloads = received(listening)
    assert payloads and all(p.startswith(db.client_id + ":") for p in payloads)
    assert "alarm_loans" in ",".join(payloads)


def test_changes_made_together_go_out_in_one_notification(pg_desks: tuple[Database, Any]) -> None:
    """Twenty changes in quick succession: at most a few notifications, naming every table."""
    db, listening = pg_desks
    announcer = Announcer(db.engine, db.client_id)
    try:
        for n in range(20):
            announcer.announce([f"table_{n}"])
        assert announcer.flush()
    finally:
        announcer.close()
    payloads = received(listening)
    assert 1 <= len(payloads) <= 3, payloads
    named = {t for p in payloads for t in p.split(":", 1)[1].split(",")}
    assert named == {f"table_{n}" for n in range(20)}


def test_a_command_line_lend_that_exits_at_once_is_announced(
    pg_desks: tuple[Database, Any],
) -> None:
    """`samverkan loans out` lends and the process ends straight away: the notification still
    goes out (Database.dispose, or at exit, sends what is pending)."""
    db, listening = pg_desks
    with db.session() as s:
        make(s)
    received(listening, 0.3)
    done = subprocess.run(
        [sys.executable, "-m", "samverkan_desktop", "--db", db.url, "loans", "out", "LARM-01"]
        + ["--to", "Lena Persson"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert any("alarm_loans" in p for p in received(listening)), "the lend was not announced"


def test_an_idle_announcer_gives_its_connection_back_fit_for_a_session(
    pg_desks: tuple[Database, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, listening = pg_desks
    monkeypatch.setattr(Announcer, "IDLE_S", 0.05)
    announcer = Announcer(db.engine, db.client_id)
    announcer.announce(["people"])
    assert announcer.flush()
    deadline = time.monotonic() + 5
    while announcer._thread is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert announcer._thread is None, "the idle thread did not end"
    pooled = [record.dbapi_connection for record in db.engine.pool._pool.queue]  # type: ignore[attr-defined]
    assert pooled, "the announcer's connection did not go back to the pool"
    assert not any(connection.autocommit for connection in pooled)
    announcer.announce(["groups"])  # a new thread, a connection again
    assert announcer.flush()
    announcer.close()
    assert [p.split(":", 1)[1] for p in received(listening)] == ["people", "groups"]
