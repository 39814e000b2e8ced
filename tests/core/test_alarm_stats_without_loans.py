"""The year's use of the alarm units (`samverkan print alarmstats`) for a year without loans:
one sentence saying so, not two charts of empty bars over a table of zeros. A year ahead says
so too: a unit still out no longer counts minus hours in a year that has not begun."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_stats
from samverkan_desktop.services import alarm_usage
from tests.core.alarm_data import at
from tests.core.test_alarms_reports import _history, text_of


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_a_year_before_any_loan_is_one_sentence(db: Database, tmp_path: Path) -> None:
    _history(db)  # loans in November 2026
    with db.session() as s:
        text = text_of(alarm_stats.build(s, 2025, now=at(12, day=23)), tmp_path)
    lines = _lines(text)
    assert lines[:3] == [
        "Larmens användning 2025",
        "Östermalms stadsdelsförvaltning",
        "Inga larm lånades ut under 2025.",
    ]
    assert "Lån per månad" not in text and "Per månad" not in text and "januari" not in text
    assert len(lines) == 3 + 1  # and the page's foot


def test_a_year_ahead_while_a_unit_is_out_is_one_sentence(db: Database, tmp_path: Path) -> None:
    _history(db)  # LARM-03 (and LARM-13, at home) still out
    now = at(12, day=23)
    with db.session() as s:
        months = alarm_usage.usage_for_year(s, 2027, now=now)
        text = text_of(alarm_stats.build(s, 2027, now=now), tmp_path)
    assert all(m.hours == 0 and m.loans == 0 for m in months)
    assert _lines(text)[2] == "Inga larm har lånats ut ännu under 2027."
    assert "-" not in text.split("Sida")[0].replace("Larmens", "")
