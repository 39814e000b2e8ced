"""Lending at city scale: one ``lend`` through the service layer on SQLite against a raw sqlite3
insert and commit with the same durability settings, and 20 desks lending at once on
PostgreSQL."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import random
import sqlite3
import statistics
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from tests.bench.generate import Scale
from tests.bench.report import Figure

CLIENTS = 20
LENDS_PER_CLIENT = 30
# The budget's model is 20 desks lending and returning back to back (a closed loop: every desk
# always waiting on the processor or the server). A reception desk rather lends, talks, takes a
# unit back: the paced run gives each desk a pause after every lend and return, which still
# makes 20 desks together some 40 lends and returns a second.
DESK_PAUSE_S = (0.2, 0.8)


def lend_candidates(db: Any) -> tuple[list[int], list[int]]:
    """Home-visit units that are in (available, no open loan), and staff whose alarm training
    is valid today."""
    from samverkan_desktop.models import (
        AlarmUnit,
        Course,
        Loan,
        TrainingAttendance,
        TrainingSession,
        UnitKind,
        UnitStatus,
    )

    with db.session() as session:
        units = list(
            session.scalars(
                select(AlarmUnit.id)
                .where(
                    AlarmUnit.status == UnitStatus.AVAILABLE,
                    AlarmUnit.kind == UnitKind.HOME_VISIT,  # lent without an end date
                    ~select(Loan.id)
                    .where(Loan.unit_id == AlarmUnit.id, Loan.returned_at.is_(None))
                    .exists(),
                )
                .order_by(AlarmUnit.id)
            )
        )
        latest = (
            select(TrainingSession.id)
            .join(Course, Course.id == TrainingSession.course_id)
            .where(Course.code == "alarm_training")
            .order_by(TrainingSession.held_on.desc())
            .limit(1)
            .scalar_subquery()
        )
        staff = list(
            session.scalars(
                select(TrainingAttendance.person_id)
                .where(TrainingAttendance.session_id == latest)
                .order_by(TrainingAttendance.person_id)
            )
        )
    return units, staff


def lend_times(
    db: Any,
    units: list[int],
    staff: list[int],
    count: int,
    offset: int = 0,
    pause: tuple[float, float] | None = None,
) -> list[float]:
    """Seconds per ``lend`` (each its own unit of work); every unit is returned, untimed.
    ``pause``: seconds (uniformly between the two) a desk waits after each lend and return,
    as a receptionist talks to the next visitor; None: back to back."""
    from samverkan_desktop.services.alarm_loans import LendInput, lend, return_unit

    wait = random.Random(offset)
    samples = []
    for n in range(count):
        unit = units[n % len(units)]
        borrower = staff[(n + offset) % len(staff)]
        started = time.perf_counter()
        db.call(lend, LendInput(unit_id=unit, borrower_id=borrower, initials="BE"))
        samples.append(time.perf_counter() - started)
        if pause:
            time.sleep(wait.uniform(*pause))
        db.call(return_unit, unit, initials="BE")
        if pause:
            time.sleep(wait.uniform(*pause))
    return samples


def raw_sqlite_times(path: Path, count: int) -> list[float]:
    """An insert + commit into an empty table without indexes, WAL and synchronous=FULL like
    the program (shown for information: it writes two or three pages where a loan writes a
    dozen; see raw_loan_times)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS loans (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL, "
        "borrower_id INTEGER, out_at TEXT NOT NULL, due_at TEXT NOT NULL)"
    )
    samples = []
    for n in range(count):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO loans (unit_id, borrower_id, out_at, due_at) VALUES (?, ?, ?, ?)",
            (n % 200, n, "2026-11-30 08:00:00.000000", "2026-11-30 16:00:00.000000"),
        )
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    conn.close()
    return samples


RAW_LOAN = (
    "INSERT INTO alarm_loans (unit_id, borrower_id, purpose, out_at, due_at, lent_by_initials, "
    "put_on_charge, pseudonymised, created_at, updated_at) "
    "VALUES (?, ?, 'home_visit', ?, ?, 'BE', 0, 0, ?, ?)"
)


def raw_loan_times(path: Path, units: list[int], staff: list[int], count: int) -> list[float]:
    """The budget's reference: a raw sqlite3 insert of the loan itself and its commit, on the
    city file (1,000,000 loans in history, the table's indexes, WAL and synchronous=FULL like
    the program): what writing the record durably costs, without the service layer's checks
    or the audit trail. Every loan is closed again, untimed."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    samples = []
    out, due = "2026-11-30 08:00:00.000000", "2026-11-30 16:00:00.000000"
    for n in range(count):
        unit, borrower = units[n % len(units)], staff[n % len(staff)]
        started = time.perf_counter()
        conn.execute("BEGIN")
        loan = conn.execute(RAW_LOAN, (unit, borrower, out, due, out, out)).lastrowid
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - started)
        conn.execute("UPDATE alarm_loans SET returned_at = ? WHERE id = ?", (due, loan))
    conn.close()
    return samples


FLOOR_FACTS = (  # what lend reads before it writes: unit, open loan, borrower, training
    "SELECT u.code, u.kind, u.status, l.id, b.id, b.name, b.is_staff, c.name, "
    "c.validity_months, (SELECT max(s.held_on) FROM training_attendances a JOIN "
    "training_sessions s ON s.id = a.session_id WHERE s.course_id = c.id AND a.person_id = ?) "
    "FROM alarm_units u LEFT JOIN alarm_loans l ON l.unit_id = u.id AND l.returned_at IS NULL "
    "LEFT JOIN people b ON b.id = ? LEFT JOIN courses c ON c.code = 'alarm_training' "
    "WHERE u.id = ?"
)
FLOOR_AUDIT = (
    "INSERT INTO audit_log (at, who, client_id, table_name, record_id, action, changes) "
    "VALUES (?, 'bench', 'bench', ?, ?, ?, ?)"
)


def raw_lend_times(path: Path, units: list[int], staff: list[int], count: int) -> list[float]:
    """The floor under ``lend``: its own statements written by hand in sqlite3 on the city
    file (the write lock, one read of every fact, the loan with its five indexes, its audit
    row) and one durable commit. What SQLite itself costs, without Python
    above the driver; every unit is given back, untimed."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    samples = []
    for n in range(count):
        unit, borrower = units[n % len(units)], staff[n % len(staff)]
        out, due = "2026-11-30 08:00:00.000000", "2026-11-30 16:00:00.000000"
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE alarm_units SET id = id WHERE 0")
        conn.execute(FLOOR_FACTS, (borrower, borrower, unit)).fetchone()
        loan = conn.execute(
            "INSERT INTO alarm_loans (unit_id, borrower_id, purpose, out_at, due_at, "
            "lent_by_initials, put_on_charge, pseudonymised, created_at, updated_at) "
            "VALUES (?, ?, 'home_visit', ?, ?, 'BE', 0, 0, ?, ?) RETURNING id",
            (unit, borrower, out, due, out, out),
        ).fetchone()[0]
        trail = {
            "unit_id": unit, "borrower_id": borrower, "purpose": "home_visit", "out_at": out,
            "due_at": due, "lent_by_initials": "BE", "put_on_charge": False, "pseudonymised": False,
        }  # fmt: skip
        changes = json.dumps({key: {"old": None, "new": value} for key, value in trail.items()})
        conn.execute(FLOOR_AUDIT, (out, "alarm_loans", str(loan), "insert", changes))
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - started)
        conn.execute("BEGIN")
        conn.execute("UPDATE alarm_loans SET returned_at = ? WHERE id = ?", (due, loan))
        conn.execute("COMMIT")
    conn.close()
    return samples


def sqlite_figures(city: Path, work: Path, count: int) -> list[Figure]:
    from samverkan_desktop.db import open_database

    db = open_database(f"sqlite:///{city}")
    try:
        units, staff = lend_candidates(db)
        lend_times(db, units, staff, 5)  # warm-up (statement caches, file cache)
        raw_sqlite_times(work / "reference.sqlite3", 5)
        raw_loan_times(city, units, staff, 5)
        raw_lend_times(city, units, staff, 5)
        lends: list[float] = []
        empties: list[float] = []
        loans: list[float] = []
        floors: list[float] = []
        for _ in range(5):  # interleaved blocks: disk and CPU noise hits all alike
            lends += lend_times(db, units, staff, count // 5, offset=len(lends))
            loans += raw_loan_times(city, units, staff, count // 5)
            empties += raw_sqlite_times(work / "reference.sqlite3", count // 5)
            floors += raw_lend_times(city, units, staff, count // 5)
    finally:
        db.dispose()
    lend, loan = statistics.median(lends), statistics.median(loans)
    return [
        Figure("Lend (service layer), SQLite, 1M loans", lend, "s",
               loan, "raw sqlite3 insert of the loan+commit", max_ratio=3.0),
        Figure("Lend's own statements in raw sqlite3 (floor)", statistics.median(floors), "s",
               loan, "raw sqlite3 insert of the loan+commit"),
        Figure("  … lend against an empty table's insert (no budget)", lend, "s",
               statistics.median(empties), "raw insert+commit, no indexes"),
    ]  # fmt: skip


# --- PostgreSQL ----------------------------------------------------------------------------------


def _own_session() -> None:
    """Run this desk in a session of its own, as each desk's program is (tests/bench:
    _client, _raw_client). Why: PostgreSQL starts each server process in a session of its own
    (setsid), and Linux's autogroup scheduling (kernel.sched_autogroup_enabled, on by default)
    shares the processors fairly between sessions rather than processes. The 20 desks, spawned
    in the bench's one session, shared among themselves what each server process had alone:
    a desk waited in the run queue 12.8 ms per lend and return against its server process's
    1.0 ms (3.5 and 6.1 ms in sessions of their own), and the p95 read 17.5-20.1 ms against
    13.1-15.0 (the floor 10.2-12.0 against 8.1-9.3), measured alternately on 7 December."""
    with contextlib.suppress(OSError):  # a session leader already (run by hand)
        os.setsid()


def _client(
    url: str,
    units: list[int],
    staff: list[int],
    offset: int,
    barrier: Any,
    out: Any,
    pause: tuple[float, float] | None = None,
) -> None:
    from samverkan_desktop.db import open_database

    _own_session()
    db = open_database(url, migrate=False)
    lend_times(db, units, staff, 2, offset)  # connect and warm up before the common start
    # The server process of the connection the desk keeps for its lends (Database's own).
    driver = db._direct._idle[-1][1].driver_connection
    assert driver is not None
    server = driver.info.backend_pid
    barrier.wait(timeout=300)  # a desk that failed to start breaks the barrier, not the run
    cpu = _Cpu(server)
    samples = lend_times(db, units, staff, LENDS_PER_CLIENT, offset, pause)
    out.put((samples, cpu.spent(LENDS_PER_CLIENT)))
    _until_all_done(barrier)
    db.dispose()


class _Cpu:
    """CPU seconds a desk's process and its connection's server process spend from now on
    (``/proc``: the server runs on this machine). Under 20 desks on 2 CPUs the p95 follows
    what a lend and a return cost the processors, more than their round trips."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.start = (time.process_time(), self._server())

    def _server(self) -> float:
        fields = Path(f"/proc/{self.server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime

    def spent(self, cycles: int) -> tuple[float, float]:
        """Seconds per lend and return: the desk's, its server process's."""
        desk, server = self.start
        return ((time.process_time() - desk) / cycles, (self._server() - server) / cycles)


def _until_all_done(barrier: Any) -> None:
    """A desk that has finished stays connected and idle until the last one has: the figure is
    20 desks lending. A desk process that exits at once (Python's teardown, its connections
    closed, its server process ending) spends its CPU on the 2 processors while the others'
    last lends run, and the slowest twentieth of lends gathered in the last few per desk."""
    barrier.wait(timeout=300)


RAW_LOAN_PG = (
    "INSERT INTO alarm_loans (unit_id, borrower_id, purpose, out_at, due_at, lent_by_initials, "
    "put_on_charge, pseudonymised, created_at, updated_at) "
    "VALUES (%s, %s, 'home_visit', %s, %s, 'BE', false, false, %s, %s) RETURNING id"
)


def _raw_client(
    url: str,
    units: list[int],
    staff: list[int],
    offset: int,
    barrier: Any,
    out: Any,
    pause: tuple[float, float] | None = None,
) -> None:
    """A desk reduced to the least a lend must do: psycopg's insert of the loan (a prepared
    statement) and its durable commit, no facts, no checks, no audit row, no notification;
    every loan is closed again, untimed. What this machine gives 20 desks at best. Its
    signature is _client's (desk_samples starts either); it never pauses."""
    import psycopg

    _own_session()
    samples = []
    with psycopg.connect(raw_conninfo(url)) as conn:
        for n in range(2 + LENDS_PER_CLIENT):
            if n == 2:  # connected and warmed up: the common start
                barrier.wait(timeout=300)
                cpu = _Cpu(conn.info.backend_pid)
            unit, borrower = units[n % len(units)], staff[(n + offset) % len(staff)]
            seconds = raw_lend_and_return(conn, unit, borrower)
            if n >= 2:
                samples.append(seconds)
        out.put((samples, cpu.spent(LENDS_PER_CLIENT)))
        _until_all_done(barrier)


def raw_conninfo(url: str) -> str:
    from sqlalchemy import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def raw_lend_and_return(conn: Any, unit: int, borrower: int) -> float:
    """The floor's lend (its seconds, returned) and its return, untimed (_raw_client)."""
    import datetime as dt

    out_at = dt.datetime.now(dt.UTC)
    due = out_at + dt.timedelta(hours=8)
    started = time.perf_counter()
    loan = conn.execute(
        RAW_LOAN_PG, (unit, borrower, out_at, due, out_at, out_at), prepare=True
    ).fetchone()
    conn.commit()
    seconds = time.perf_counter() - started
    assert loan is not None
    conn.execute("UPDATE alarm_loans SET returned_at = %s WHERE id = %s", (due, loan[0]))
    conn.commit()
    return seconds


class DeskRun(NamedTuple):
    samples: list[float]  # every lend's seconds, sorted
    cpu: tuple[float, float]  # per lend and return, the median desk's: its own, its server's


def desk_samples(
    url: str,
    units: list[int],
    staff: list[int],
    pause: tuple[float, float] | None = None,
    client: Any = _client,
) -> DeskRun:
    """CLIENTS processes lending at once (each its own units).
    ``client``: what each desk runs (the service layer, or _raw_client's floor)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(CLIENTS)
    queue = context.Queue()
    per = max(1, len(units) // CLIENTS)
    workers = [
        context.Process(
            daemon=True,  # never left waiting when the run fails
            target=client,
            args=(url, units[i * per : (i + 1) * per], staff, i * 97, barrier, queue, pause),
        )
        for i in range(CLIENTS)
    ]
    for worker in workers:
        worker.start()
    samples: list[float] = []
    cpus: list[tuple[float, float]] = []
    for _ in workers:
        desk, cpu = queue.get(timeout=600)
        samples += desk
        cpus.append(cpu)
    for worker in workers:
        worker.join()
    return DeskRun(
        sorted(samples),
        (statistics.median(c for c, _ in cpus), statistics.median(s for _, s in cpus)),
    )


# Each loan's lend and return as the audit trail has them (the same keys, shorter values).
_AUDIT_TRAIL = """
INSERT INTO audit_log (at, who, client_id, table_name, record_id, action, changes)
SELECT out_at, 'bench', 'bench', 'alarm_loans', id::text, 'insert', json_build_object(
    'unit_id', json_build_object('old', NULL, 'new', unit_id),
    'borrower_id', json_build_object('old', NULL, 'new', borrower_id),
    'purpose', json_build_object('old', NULL, 'new', purpose),
    'out_at', json_build_object('old', NULL, 'new', out_at),
    'due_at', json_build_object('old', NULL, 'new', due_at))
FROM alarm_loans
UNION ALL
SELECT returned_at, 'bench', 'bench', 'alarm_loans', id::text, 'update', json_build_object(
    'returned_at', json_build_object('old', NULL, 'new', returned_at),
    'returned_by_initials', json_build_object('old', NULL, 'new', returned_by_initials))
FROM alarm_loans WHERE returned_at IS NOT NULL
"""


def _seed_audit_trail(db: Any) -> int:
    """The audit trail a server holding ten years of loans has (the generator writes none).
    PostgreSQL only: an empty audit_log, filled by the desks' first few hundred lends, crossed
    autovacuum's thresholds (a vacuum and an analyze) during the desks' runs, which a server in
    use for years does not. (The SQLite city's trail stays empty: SQLite has no autovacuum, and
    its lend figure is a ratio to a raw insert into the same file.)"""
    with db.engine.begin() as conn:
        return int(conn.exec_driver_sql(_AUDIT_TRAIL).rowcount)


def _vacuum(db: Any) -> None:
    with db.engine.connect() as conn:
        conn.connection.driver_connection.autocommit = True  # VACUUM runs outside a transaction
        conn.exec_driver_sql("VACUUM (ANALYZE)")


def _autovacuums(db: Any) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT sum(autovacuum_count + autoanalyze_count) FROM pg_stat_user_tables"
            ).scalar_one()
        )


def _autogroup() -> str:
    try:
        return (
            "on"
            if Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
            else "off"
        )
    except OSError:
        return "unknown"


def p95(samples: list[float]) -> float:
    return samples[int(0.95 * (len(samples) - 1))]


def postgres_figures(scale: Scale, work: Path, notes: list[str], runs: int = 3) -> list[Figure]:
    """The desks' figures, each the median over ``runs`` rounds (a round: back to back, paced,
    the floor, so that the machine's slower moments fall on all three alike). One round's p95
    is its 30th slowest lend of 600, which moved by 10 ms between rounds of the same code."""
    from tests.pg_server import find_bin_dir

    name = f"Lend p95, PostgreSQL, {CLIENTS} desks at once"
    bin_dir = find_bin_dir()
    if bin_dir is None:
        return [Figure(name, None, "s", limit=0.020, missing="PostgreSQL not installed")]
    from samverkan_desktop.db import open_database
    from tests.bench.generate import generate
    from tests.bench.pg import DurablePostgres

    if scale.units < 2 * CLIENTS:  # every desk lends units of its own
        scale = replace(scale, units=2 * CLIENTS + 10, loans=max(scale.loans, 100 * CLIENTS))
    server = DurablePostgres(bin_dir)
    server.start()
    try:
        server.create_database("bench")
        url = server.url("bench")
        db = open_database(url)
        started = time.perf_counter()
        counts = generate(db, scale)
        notes.append(
            f"PostgreSQL: {counts.tables.get('alarm_loans', 0):,} loans loaded with COPY in "
            f"{time.perf_counter() - started:.0f} s; server with fsync on (durable commits)."
        )
        started = time.perf_counter()
        trail = _seed_audit_trail(db)
        notes.append(
            f"PostgreSQL: audit_log holds {trail:,} entries, the lend and the return of each "
            f"loan, as ten years of lending leave them ({time.perf_counter() - started:.0f} s); "
            "an empty trail was vacuumed by autovacuum while the desks lent."
        )
        started = time.perf_counter()
        _vacuum(db)
        notes.append(
            f"PostgreSQL: VACUUM ANALYZE after loading ({time.perf_counter() - started:.0f} s), "
            "as a server holding ten years of loans has long done; otherwise autovacuum reads "
            "the freshly loaded tables while the desks lend."
        )
        units, staff = lend_candidates(db)
        notes.append(
            f"PostgreSQL: each desk a process in a session of its own, as the server's are "
            f"(Linux shares the processors between sessions: autogroup {_autogroup()})."
        )
        before = _autovacuums(db)
        rounds: list[tuple[list[float], list[float], list[float]]] = []
        cpus: list[tuple[tuple[float, float], tuple[float, float]]] = []  # (service, floor)
        for _ in range(max(1, runs)):
            service = desk_samples(url, units, staff)
            paced = desk_samples(url, units, staff, DESK_PAUSE_S)
            floor = desk_samples(url, units, staff, client=_raw_client)
            rounds.append((service.samples, paced.samples, floor.samples))
            cpus.append((service.cpu, floor.cpu))
        if _autovacuums(db) != before:
            notes.append(
                f"PostgreSQL: autovacuum ran during the desks' runs ({_autovacuums(db) - before})."
            )
        db.dispose()
    finally:
        server.stop()
    low, high = DESK_PAUSE_S
    back_to_back = [p95(samples) for samples, _paced, _floor in rounds]
    notes.append(
        f"PostgreSQL: {len(rounds)} rounds of {CLIENTS} desks; back to back, p95 per round: "
        + ", ".join(f"{1000 * value:.1f}" for value in back_to_back)
        + " ms."
    )

    def cpu(which: int) -> str:
        desk = statistics.median(round_cpu[which][0] for round_cpu in cpus)
        server = statistics.median(round_cpu[which][1] for round_cpu in cpus)
        return f"{1000 * desk:.2f} + {1000 * server:.2f} ms"

    notes.append(
        "PostgreSQL: CPU per lend and return, back to back (the desk's process + its server "
        f"process, median desk and round): service {cpu(0)}, floor {cpu(1)}."
    )
    return [
        Figure(name, statistics.median(back_to_back), "s", limit=0.020),
        Figure(
            f"Lend median, PostgreSQL, {CLIENTS} desks at once",
            statistics.median(statistics.median(samples) for samples, _p, _f in rounds),
            "s",
        ),
        Figure(
            f"  … raw psycopg insert+commit, {CLIENTS} desks (p95, floor)",
            statistics.median(p95(floor) for _s, _p, floor in rounds),
            "s",
        ),
        Figure(
            f"Lend p95, PostgreSQL, {CLIENTS} desks pausing {low:g}–{high:g} s",
            statistics.median(p95(paced) for _s, paced, _f in rounds),
            "s",
            limit=0.020,
        ),
    ]
