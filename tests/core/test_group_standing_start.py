"""A group whose start day is still to come stands planned, however it was saved ("Ny grupp…"
and `groups create` save it active): "Planerad, startar 2026-12-18" in `groups list` as in the
window, and active from its start day on, without anyone changing it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupStatus
from samverkan_desktop.services.group_standing import Standing, standing
from tests.core.test_cli import run_cli

START = dt.date(2026, 12, 18)


def test_an_active_group_before_its_start_is_planned_and_active_from_it() -> None:
    before = standing(GroupStatus.ACTIVE, START, None, None, START - dt.timedelta(days=1))
    assert (before.standing, before.label()) == (Standing.PLANNED, "Planerad, startar 2026-12-18")
    on_the_day = standing(GroupStatus.ACTIVE, START, None, None, START)
    assert (on_the_day.standing, on_the_day.label()) == (Standing.ACTIVE, "Aktiv")


def test_groups_list_says_a_new_group_to_start_is_planned(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: START - dt.timedelta(days=10))
    code, _out, _err = run_cli(
        capsys, "--db", db_url, "groups", "create", "Arbetsgrupp Tessinparken",
        "--type", "arbetsgrupp", "--starts", START.isoformat(),
    )  # fmt: skip
    assert code == 0
    code, out, _err = run_cli(capsys, "--db", db_url, "groups", "list", "--json")
    (row,) = json.loads(out)
    assert (row["status"], row["standing"], row["status_text"]) == (
        "active",
        "planned",
        "Planerad, startar 2026-12-18",
    )
    code, out, _err = run_cli(
        capsys, "--db", db_url, "groups", "list", "--standing", "planned", "--json"
    )
    assert [r["name"] for r in json.loads(out)] == ["Arbetsgrupp Tessinparken"]
