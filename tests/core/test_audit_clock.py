"""The times in a record's history: "17.00" for the window (its "When" column writes the clock
so) and in the table of ``samverkan audit history``, as the command line's other tables; its
JSON keeps "17:00" (a contract)."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import alarm_loans, audit
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make
from tests.core.test_cli import run_cli


def test_the_window_and_the_table_get_the_swedish_clock_and_the_json_keeps_its_colon(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        data = make(s)
    with db.session() as s:
        lent = alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["lena"]), now=at(8, day=16)
        )
    with db.session() as s:
        (created,) = audit.history(s, "alarm_loans", lent.loan_id)
    assert "Utlånat: 2026-11-16 08.00; Åter senast: 2026-11-16 17.00" in created.summary

    code, out, err = run_cli(
        capsys, "--db", db.url, "audit", "history", "alarm_loans", str(lent.loan_id)
    )
    assert (code, err) == (0, "")
    assert "Utlånat: 2026-11-16 08.00; Åter senast: 2026-11-16 17.00" in out
    assert ":" not in out.splitlines()[2].split("  ")[0]  # the "När" column: "2026-… 14.05"
    code, out, err = run_cli(
        capsys, "--db", db.url, "audit", "history", "alarm_loans", str(lent.loan_id), "--json"
    )
    changes = {c["field"]: c["new"] for c in json.loads(out)[0]["changes"]}
    assert changes["due_at"] == "2026-11-16 17:00"
