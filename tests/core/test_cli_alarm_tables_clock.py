"""``samverkan units list`` and ``samverkan loans list`` write the clock as the window and the
meetings' table do, "2026-11-16 17.00" (they printed "17:00"); their JSON keeps ISO times."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make
from tests.core.test_cli import run_cli


def test_the_alarm_tables_write_the_swedish_clock(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        data = make(s)
    with db.session() as s:
        alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["lena"]), now=at(8, 5, day=16)
        )
    code, out, err = run_cli(capsys, "--db", db.url, "units", "list")
    assert (code, err) == (0, "")
    assert "2026-11-16 17.00" in out and "17:00" not in out  # due back
    code, out, err = run_cli(capsys, "--db", db.url, "loans", "list")
    assert (code, err) == (0, "")
    assert "2026-11-16 08.05  2026-11-16 17.00" in out and ":" not in out  # out, due back
    code, out, err = run_cli(capsys, "--db", db.url, "loans", "list", "--json")
    (loan,) = json.loads(out)
    assert loan["due_at"] == "2026-11-16T17:00:00+01:00"
