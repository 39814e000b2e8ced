"""The children of the crash test.

``python -m tests.core.crash_child DATABASE_URL BORROWER_ID UNIT_ID...`` starts a "zygote" that
imports the program once and then, for each "go" line on its stdin, forks a worker (so a kill and
a restart cost milliseconds, not a Python start-up). The worker prints ``pid N`` and ``ready``,
then lends and returns alarm units in a loop through the services, printing ``lend LOAN_ID`` or
``return LOAN_ID`` after each committed operation, until the test kills it with SIGKILL. Each line
is one write() to the pipe (atomic), so a killed worker never leaves half a line. "quit" ends the
zygote, which prints ``bye``.
"""

from __future__ import annotations

import itertools
import os
import sys
import traceback

from sqlalchemy.orm import configure_mappers

from samverkan_desktop.db import known_revisions, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def work(url: str, borrower: int, units: list[int]) -> None:
    db = open_database(url)
    say("ready")
    for unit in itertools.cycle(units):
        # A unit left on loan by a killed predecessor is taken back instead.
        try:
            result = db.call(alarm_loans.lend, LendInput(unit, borrower, initials="KT"))
            say(f"lend {result.loan_id}")
        except ConflictError:
            returned = db.call(alarm_loans.return_unit, unit, initials="KT")
            say(f"return {returned.loan_id}")


def main(argv: list[str]) -> None:
    url, borrower, *units = argv
    # Pay the one-time costs (migration scripts, mapper configuration) once, before forking.
    known_revisions()
    configure_mappers()
    say("zygote")
    for command in sys.stdin:
        if command.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                say(f"pid {os.getpid()}")
                work(url, int(borrower), [int(u) for u in units])
            except BaseException:  # noqa: BLE001 - reported to the test, which fails
                say("error")
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
    say("bye")


if __name__ == "__main__":
    main(sys.argv[1:])
