"""Crash test: a child process lends and returns alarm units in a loop and is killed with SIGKILL
at random moments, many times. Afterwards the database is sound and every operation the child
reported as done (it prints after each commit) is in it.

The kill moments come from a seeded random generator (a number of reported operations, then a
pause of 0-3 ms, so kills land before, inside and after commits); what is checked does not
depend on where they land, so the test cannot flake on a slow machine.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop.db import open_database
from samverkan_desktop.models import AlarmUnit, Loan, UnitStatus
from samverkan_desktop.paths import PROJECT_ROOT
from tests.core import alarm_data

ROUNDS = {"sqlite": 25, "postgresql": 15}
LINE_TIMEOUT_S = 30.0  # generous: only reached when a child hangs, which is itself a failure


@dataclass
class Reported:
    lent: set[int] = field(default_factory=set)
    returned: set[int] = field(default_factory=set)

    def add(self, line: str) -> None:
        action, _space, loan_id = line.partition(" ")
        if action == "lend":
            self.lent.add(int(loan_id))
        elif action == "return":
            self.returned.add(int(loan_id))
        else:
            raise AssertionError(f"unexpected line from the worker: {line!r}")

    @property
    def count(self) -> int:
        return len(self.lent) + len(self.returned)


class Zygote:
    """The child process (see crash_child) with line reading that never blocks for ever."""

    def __init__(self, args: list[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.core.crash_child", *args],
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # English: the child shows no text, and need not read the catalog another test
            # session may be rebuilding at that moment.
            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "SAMVERKAN_LANG": "en"},
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self._fd = self.process.stdout.fileno()
        self._buffer = b""
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def read_line(self) -> str:
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not self._selector.select(left):
                self.fail(f"the child printed nothing for {LINE_TIMEOUT_S} s")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                self.fail("the child ended on its own")
            self._buffer += chunk
        line, _nl, self._buffer = self._buffer.partition(b"\n")
        text = line.decode()
        if text == "error":
            self.fail("a worker failed")
        return text

    def fail(self, problem: str) -> None:
        self.process.kill()
        _out, err = self.process.communicate(timeout=LINE_TIMEOUT_S)
        pytest.fail(f"{problem}: {err.decode(errors='replace')}")

    def close(self) -> None:
        self._selector.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=LINE_TIMEOUT_S)


def _run_rounds(url: str, borrower: int, units: list[int], rounds: int) -> Reported:
    """Start a worker, let it report a random number of operations, kill it after a random
    0-3 ms (before, inside or after a commit), and collect every line it printed."""
    rng = random.Random(20261130)
    reported = Reported()
    zygote = Zygote([url, str(borrower), *map(str, units)])
    try:
        assert zygote.read_line() == "zygote"
        for _round in range(rounds):
            zygote.send("go")
            # Lines before "pid" come from the previous worker, printed before it died.
            while (line := zygote.read_line()).split(" ")[0] != "pid":
                reported.add(line)
            pid = int(line.split(" ")[1])
            assert zygote.read_line() == "ready"
            for _ in range(rng.randint(0, 8)):
                reported.add(zygote.read_line())
            time.sleep(rng.uniform(0, 0.003))
            os.kill(pid, signal.SIGKILL)
        zygote.send("quit")
        while (line := zygote.read_line()) != "bye":
            reported.add(line)
    finally:
        zygote.close()
    return reported


def _prepare(url: str) -> tuple[int, list[int]]:
    db = open_database(url)
    with db.session() as session:
        data = alarm_data.make(session)
    db.dispose()
    units = [data.units[code] for code in ("LARM-01", "LARM-02", "LARM-03")]
    return data.people["lena"], units


def test_killed_lending_loses_no_reported_operation(db_url: str) -> None:
    backend = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    borrower, units = _prepare(db_url)
    reported = _run_rounds(db_url, borrower, units, ROUNDS[backend])
    assert reported.count >= ROUNDS[backend]  # the loop did real work between kills

    if backend == "sqlite":
        path = Path(db_url.removeprefix("sqlite:///"))
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db = open_database(db_url)
    with db.session() as session:
        loans = {loan.id: loan for loan in session.scalars(select(Loan))}
        missing_lends = reported.lent - set(loans)
        assert not missing_lends, f"reported lendings lost: {sorted(missing_lends)}"
        not_returned = {i for i in reported.returned if loans[i].returned_at is None}
        assert not not_returned, f"reported returns lost: {sorted(not_returned)}"
        for unit in session.scalars(select(AlarmUnit).where(AlarmUnit.id.in_(units))):
            open_loans = [
                loan for loan in loans.values() if loan.unit_id == unit.id and not loan.returned_at
            ]
            assert len(open_loans) <= 1
            # "On loan" is the open loan; plain lends and returns leave the unit's row alone.
            assert unit.status is UnitStatus.AVAILABLE, unit.code
    db.dispose()
