"""Counts the command line prints agree with their number in Swedish: "1 möte tillagt", not
"1 möten tillagda" (as the window says "1 möte")."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli


def test_set_rule_says_one_meeting_in_the_singular(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    first = today + dt.timedelta(days=7)
    db = open_database(sqlite_url)
    with db.session() as s:  # a term of one week: one Monday, one Tuesday
        gid = make_group(s, starts_on=first, term_until=first + dt.timedelta(days=6))
    db.dispose()

    def set_rule(phrase: str) -> str:
        code, out, err = run_cli(
            capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid), phrase,
            "--from", first.isoformat(),
        )  # fmt: skip
        assert (code, err) == (0, "")
        return out.splitlines()[0]

    assert set_rule("varje måndag kl 9-10") == (
        "Regeln sparad: 1 möte tillagt, 0 ändrade, 0 borttagna."
    )
    assert set_rule("varje måndag kl 10-11") == (
        "Regeln sparad: 0 möten tillagda, 1 ändrat, 0 borttagna."
    )
    assert set_rule("varje måndag och tisdag kl 10-11") == (
        "Regeln sparad: 1 möte tillagt, 0 ändrade, 0 borttagna."
    )
    assert set_rule("varje tisdag kl 10-11") == (
        "Regeln sparad: 0 möten tillagda, 0 ändrade, 1 borttaget."
    )
