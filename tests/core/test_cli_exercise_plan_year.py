"""``samverkan print exerciseplan`` without --year prints the year the window opens the plan on:
from December (the setting crisis.plan_next_year_from_month) the coming year, the one being
planned then, once this year's exercises are done; it printed this year's, so the command line
and the window showed different plans every December. While an exercise of this year is still
ahead (the example district's call-out test on 29 December) the plan is this year's: next
year's left it out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading, exercises
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import pdf_text


def _plan_heading(capsys: pytest.CaptureFixture[str], url: str, out: Path, *extra: str) -> str:
    code, _out, err = run_cli(
        capsys, "--db", url, "print", "exerciseplan", *extra, "--out", str(out)
    )
    assert (code, err) == (0, "")
    return next(line for line in pdf_text(out).splitlines() if line.startswith("Övningsplan"))


@pytest.mark.moment("2026-12-05T10:00")
def test_in_december_the_plan_printed_is_the_coming_years(
    demo_db: Database,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ahead = demo_db.call(exercise_reading.list_exercises, year=2026)
    assert [(r.date, r.status) for r in ahead] == [(dt.date(2026, 12, 29), ExerciseStatus.PLANNED)]
    assert _plan_heading(capsys, db_url, tmp_path / "ahead.pdf").startswith("Övningsplan 2026")
    demo_db.call(exercises.set_status, ahead[0].id, ExerciseStatus.CANCELLED)
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
    said = " ".join(out.split())
    assert "från den månad som inställningen crisis.plan_next_year_from_month anger" in said
    assert "nästa år när årets övningar är genomförda och utvärderade" in said
