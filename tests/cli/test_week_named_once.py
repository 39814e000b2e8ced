"""A week is named by its ISO week and that week's own year: 31 December 2026 and 1 January 2027
both lie in "Vecka 53, 2026" (the year a date is in names the wrong week there), and 4 January
2027 begins "Vecka 1, 2027". "weekly show" without --week names this week so, and the
calendar's title names the same week in the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_cli import run_cli
from tests.ui.text_fit import plain


@pytest.mark.parametrize(
    "named",
    [
        pytest.param("Vecka 53, 2026", marks=pytest.mark.moment("2026-12-31T12:00"), id="dec31"),
        pytest.param("Vecka 53, 2026", marks=pytest.mark.moment("2027-01-01T12:00"), id="jan1"),
        pytest.param("Vecka 1, 2027", marks=pytest.mark.moment("2027-01-04T12:00"), id="jan4"),
    ],
)
def test_weekly_show_names_this_week_by_its_iso_year(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], named: str
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, "weekly", "show")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"{named}: inte skickad"


def test_the_calendar_title_and_weekly_show_name_the_week_alike(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.calendar.period_shown import week_titles

    # Week 53 of 2026 ends in 2027: both name the ISO week's own year.
    title = plain(week_titles(dt.date(2026, 12, 28), dt.date(2027, 1, 3))[0])
    assert title == "Vecka 53, 2026 · mån 28 dec – sön 3 jan"
    code, out, err = run_cli(capsys, "--db", sqlite_url, "weekly", "show", "--week", "2026-W53")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Vecka 53, 2026: inte skickad"
