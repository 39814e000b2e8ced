"""A week is named as a heading ("Vecka 49, 2026") by one helper of the core, the same words
in the calendar's title and in "weekly show" (each formatted its own, with the same msgid)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.formatting import week_of_year
from tests.core.test_cli import run_cli
from tests.ui.helpers import plain


def test_a_week_is_named_in_swedish_words() -> None:
    assert week_of_year(49, 2026) == "Vecka 49, 2026"
    assert week_of_year(1, 2027) == "Vecka 1, 2027"


def test_the_calendar_title_and_weekly_show_name_the_week_alike(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.calendar.period_shown import week_title

    # Week 53 of 2026 ends in 2027: both name the ISO week's own year.
    title = plain(week_title(dt.date(2026, 12, 28), dt.date(2027, 1, 3)))
    assert title == "Vecka 53, 2026 · mån 28 dec – sön 3 jan"
    code, out, err = run_cli(capsys, "--db", sqlite_url, "weekly", "show", "--week", "2026-W53")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"{week_of_year(53, 2026)}: inte skickad"
