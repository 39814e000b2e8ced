"""``meetings set-rule --from`` a day long ago plans from today and says so."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop.db import open_database
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli


def test_set_rule_from_long_ago_adds_no_past_meeting_and_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        gid = make_group(s, starts_on=None)
    db.dispose()
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid), "varje måndag kl 9-10",
        "--from", "2020-01-01",
    )  # fmt: skip
    assert (code, err) == (0, "")
    today = dt.date.today()
    lines = out.splitlines()
    assert lines[-1] == (
        f"Inga tidigare möten lades till: möten planeras från i dag, {today.isoformat()}."
    )
    created = int(lines[0].split(": ")[1].split(" ")[0])  # "Regeln sparad: 79 möten tillagda, …"
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "list", "--group", str(gid),
        "--from", "2020-01-01", "--to", (today + dt.timedelta(days=3 * 365)).isoformat(), "--json",
    )  # fmt: skip
    listed = json.loads(out)
    assert code == 0 and len(listed) == created > 70  # 18 months of Mondays
    assert min(m["start"][:10] for m in listed) >= today.isoformat()
    assert {m["status"] for m in listed} == {"planned"}
