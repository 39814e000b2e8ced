"""What 20 desks lending at once wait on: the service layer against the raw floor.

Why: on 2 CPUs the 20-desk p95 (README "Performance") is not only the processors' time per lend
and return (tests/bench/one_desk.py): a lend also waits for its durable commit. This probe runs
tests/bench/lending's 20 desks, service then floor, and samples ``pg_stat_activity`` every
5 ms: the share of the desks' server processes found on the processor, waiting for the WAL to
be written and flushed (``LWLock WALWrite``, ``IO WALSync``), or waiting for their desk
(``Client ClientRead``); and, from ``pg_stat_wal``, the WAL records, full-page images and bytes
a lend and its return write.

    python -m tests.bench.desk_waits [--rounds 2]

Each round takes under a minute after a minute of loading (one_desk.loaded_server).
"""

from __future__ import annotations

import argparse
import threading
import time
from collections import Counter
from typing import Any

from tests.bench import lending
from tests.bench.one_desk import loaded_server

SAMPLE_S = 0.005
# The desks' server processes while busy: the sampler's own and idle ones are left out.
ACTIVITY = """
SELECT state, coalesce(wait_event_type || ' ' || wait_event, 'on the processor')
FROM pg_stat_activity
WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'
"""
WAL = "SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal"


class Sampler:
    """pg_stat_activity every SAMPLE_S on a connection of its own, until stopped."""

    def __init__(self, conninfo: str) -> None:
        self.counts: Counter[str] = Counter()
        self._conninfo = conninfo
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psycopg

        with psycopg.connect(self._conninfo, autocommit=True) as conn:
            while not self._stop.is_set():
                for _state, wait in conn.execute(ACTIVITY).fetchall():
                    self.counts[wait] += 1
                time.sleep(SAMPLE_S)


def _round(url: str, units: list[int], staff: list[int], client: Any) -> str:
    import psycopg

    conninfo = lending.raw_conninfo(url)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        before = conn.execute(WAL).fetchone()
        with Sampler(conninfo) as sampler:
            run = lending.desk_samples(url, units, staff, client=client)
        after = conn.execute(WAL).fetchone()
    assert before is not None and after is not None
    cycles = lending.CLIENTS * (lending.LENDS_PER_CLIENT + 2)  # the warm-up's too
    records, pages, size = ((a - b) / cycles for a, b in zip(after, before, strict=True))
    total = sum(sampler.counts.values()) or 1
    waits = ", ".join(f"{name} {100 * n / total:.0f}%" for name, n in sampler.counts.most_common(5))
    return (
        f"p95 {1000 * lending.p95(run.samples):.1f} ms; per lend and return: WAL {records:.1f} "
        f"records, {pages:.2f} full pages, {size:.0f} bytes; busy server processes: {waits}"
    )


def main(argv: list[str] | None = None) -> int:
    from samverkan_desktop.db import open_database

    parser = argparse.ArgumentParser(prog="python -m tests.bench.desk_waits")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    server = loaded_server()
    if server is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 1
    try:
        url = server.url("bench")
        db = open_database(url)
        units, staff = lending.lend_candidates(db)
        db.dispose()
        for n in range(args.rounds):
            for name, client in (("service", lending._client), ("floor", lending._raw_client)):
                print(f"round {n + 1}, {name:7s}: {_round(url, units, staff, client)}", flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
