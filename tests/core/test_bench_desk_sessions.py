"""The benchmark's desks (tests/bench/lending.py) each run in a session of their own, as the
PostgreSQL server's processes do: Linux's autogroup scheduling shares the processors between
sessions, so 20 desks in the bench's one session shared what each server process had alone and
read a p95 a third higher than 20 separate desk programs would."""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

from tests.bench import lending


def _report_session(out: Any) -> None:
    lending._own_session()
    out.put((os.getpid(), os.getsid(0), os.getsid(os.getppid())))


def test_a_desk_process_leads_a_session_of_its_own() -> None:
    context = multiprocessing.get_context("spawn")  # as desk_samples starts its desks
    out = context.Queue()
    desk = context.Process(target=_report_session, args=(out,))
    desk.start()
    pid, session, parents = out.get(timeout=60)
    desk.join(timeout=60)
    assert session == pid
    assert parents != session  # not the bench's
