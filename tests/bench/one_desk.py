"""CPU per lend and return of ONE desk on PostgreSQL, the service against the raw floor.

Why: the bench's 20-desk p95 follows the processors' time per lend and return (20 desks and 20
server processes on 2 CPUs: README "Performance"), and that 20-desk figure means nothing while
other work shares the machine. CPU time does not wait for the others: this probe runs one desk
(service layer, then _raw_client's floor, in interleaved blocks so that the machine's slower
moments fall on both) and prints, per lend and return, the CPU of the desk's process, of its
connection's server process and of all server processes (the announcer's connection, the WAL
writer). ``--log`` prints the statements of one cycle as the server received them.

    python -m tests.bench.one_desk [--cycles 2000] [--rounds 3] [--log]

Each round's cycles, 2000 by default, take some 30 s (a durable commit each, fsync on).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path
from typing import Any

from tests.bench import lending
from tests.bench.generate import Scale, generate
from tests.bench.pg import DurablePostgres
from tests.pg_server import find_bin_dir

# Enough units for every block its own, and a history the indexes feel (a minute to load).
SCALE = Scale(
    groups_per_kind=0.3,
    meetings=400,
    actions=600,
    units=60,
    loans=100_000,
    contacts=300,
    organisations_per_district=2,
)


def server_seconds(server: DurablePostgres) -> float:
    """CPU seconds of the postmaster and all its children so far."""
    master = int((server.data / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(entry) == master or int(fields[1]) == master:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def loaded_server() -> DurablePostgres | None:
    """A durable server started, its database "bench" holding SCALE and the audit trail of its
    loans, vacuumed (as tests/bench/lending's desks find it); None: PostgreSQL is missing.
    The caller stops it."""
    from samverkan_desktop.db import open_database

    bin_dir = find_bin_dir()
    if bin_dir is None:
        return None
    server = DurablePostgres(bin_dir)
    server.start()
    try:
        server.create_database("bench")
        db = open_database(server.url("bench"))
        generate(db, SCALE)
        lending._seed_audit_trail(db)
        lending._vacuum(db)
        db.dispose()
    except BaseException:
        server.stop()
        raise
    return server


def _measured(server: DurablePostgres, backend: int, cycles: int, run: Any) -> list[float]:
    """ms per cycle: the desk's process, its server process, all server processes."""
    cpu, everything = lending._Cpu(backend), server_seconds(server)
    run()
    desk, own = cpu.spent(cycles)
    return [1000 * desk, 1000 * own, 1000 * (server_seconds(server) - everything) / cycles]


def _statements_of_one_cycle(
    server: DurablePostgres, db: Any, units: list[int], staff: list[int]
) -> str:
    log = server.root / "log"
    with db.engine.connect() as conn:
        conn.connection.driver_connection.autocommit = True  # ALTER SYSTEM: no transaction
        conn.exec_driver_sql("ALTER SYSTEM SET log_statement = 'all'")
        conn.exec_driver_sql("SELECT pg_reload_conf()")
        time.sleep(0.5)
        start = log.stat().st_size
        lending.lend_times(db, units, staff, 1)
        if db.announcer is not None:
            db.announcer.flush()
        time.sleep(0.3)
        end = log.stat().st_size
        conn.exec_driver_sql("ALTER SYSTEM RESET log_statement")
        conn.exec_driver_sql("SELECT pg_reload_conf()")
    with log.open(encoding="utf-8", errors="replace") as text:
        text.seek(start)
        return text.read(end - start)


def main(argv: list[str] | None = None) -> int:
    import psycopg

    from samverkan_desktop.db import open_database

    parser = argparse.ArgumentParser(prog="python -m tests.bench.one_desk")
    parser.add_argument("--cycles", type=int, default=2000, help="lends and returns per block")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--log", action="store_true", help="print one cycle's statements")
    args = parser.parse_args(argv)
    server = loaded_server()
    if server is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 1
    try:
        db = open_database(server.url("bench"))
        units, staff = lending.lend_candidates(db)
        ours, floors = units[: len(units) // 2], units[len(units) // 2 :]
        if args.log:  # after the warm-up: as every cycle is then (prepared, generic plans)
            lending.lend_times(db, ours, staff, 20)
            print(_statements_of_one_cycle(server, db, ours, staff))
        service: list[list[float]] = []
        floor: list[list[float]] = []
        with psycopg.connect(lending.raw_conninfo(server.url("bench"))) as conn:
            for n in range(args.rounds):
                lending.lend_times(db, ours, staff, 20)  # warm (its kept connection may be new)
                driver = db._direct._idle[-1][1].driver_connection  # the desk's kept one
                assert driver is not None
                service.append(
                    _measured(
                        server,
                        driver.info.backend_pid,
                        args.cycles,
                        lambda n=n: lending.lend_times(db, ours, staff, args.cycles, offset=n),
                    )
                )

                def raw(count: int) -> None:
                    for k in range(count):
                        unit, borrower = floors[k % len(floors)], staff[k % len(staff)]
                        lending.raw_lend_and_return(conn, unit, borrower)

                raw(20)  # warm: psycopg prepares the insert
                floor.append(
                    _measured(server, conn.info.backend_pid, args.cycles, lambda: raw(args.cycles))
                )
        db.dispose()
    finally:
        server.stop()
    for name, rows in (("service", service), ("floor", floor)):
        desk, own, everything = (statistics.median(column) for column in zip(*rows, strict=True))
        print(
            f"{name:8s} CPU per lend and return: desk {desk:.3f} ms + its server process "
            f"{own:.3f} ms (all server processes {everything:.3f} ms); rounds, desk: "
            + ", ".join(f"{row[0]:.3f}" for row in rows)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
