"""``samverkan print exerciseplan`` without --year prints the year the window opens the plan on:
from December (the setting crisis.plan_next_year_from_month) the coming year, the one being
planned then; it printed this year's, so the command line and the window showed different
plans every December."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import pdf_text


def _plan_heading(capsys: pytest.CaptureFixture[str], url: str, out: Path, *extra: str) -> str:
    code, _out, err = run_cli(
        capsys, "--db", url, "print", "exerciseplan", *extra, "--out", str(out)
    )
    assert (code, err) == (0, "")
    return next(line for line in pdf_text(out).splitlines() if line.startswith("Övningsplan"))


def test_in_december_the_plan_printed_is_the_coming_years(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run_cli(capsys, "--db", db_url, "demo")[0] == 0
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 5))
    assert _plan_heading(capsys, db_url, tmp_path / "dec.pdf").startswith("Övningsplan 2027")
    assert _plan_heading(capsys, db_url, tmp_path / "given.pdf", "--year", "2026").startswith(
        "Övningsplan 2026"
    )
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 11, 30))
    assert _plan_heading(capsys, db_url, tmp_path / "nov.pdf").startswith("Övningsplan 2026")
    setting = ("settings", "set", "crisis.plan_next_year_from_month", "11")
    assert run_cli(capsys, "--db", db_url, *setting)[0] == 0
    assert _plan_heading(capsys, db_url, tmp_path / "nov11.pdf").startswith("Övningsplan 2027")


def test_the_help_says_when_the_default_is_the_coming_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = run_cli(capsys, "print", "exerciseplan", "--help")
    assert code == 0
    assert "från den månad som inställningen crisis.plan_next_year_from_month anger" in " ".join(
        out.split()
    )
