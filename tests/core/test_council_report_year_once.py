"""The council report's first sentence names the year once when its period lies in one year:
"från den 1 januari till den 5 december 2026" (it read "från den 1 januari 2026 till den 5
december 2026"), the month once too within one month, both years across the new year, as the
subtitle's period does (formatting.prose_period's rule)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports.council_report import build
from tests.core.test_alarms_reports import text_of

WORK = "Information till stadsdelsnämnden om pågående aktiviteter inom trygghets- och "


@pytest.mark.parametrize(
    ("first", "last", "said"),
    [
        (dt.date(2026, 1, 1), dt.date(2026, 12, 5), "från den 1 januari till den 5 december 2026."),
        (dt.date(2026, 12, 1), dt.date(2026, 12, 5), "från den 1 till den 5 december 2026."),
        (
            dt.date(2025, 12, 1),
            dt.date(2026, 1, 31),
            "från den 1 december 2025 till den 31 januari 2026.",
        ),
    ],
)
def test_the_first_sentence_says_a_shared_year_once(
    db: Database, tmp_path: Path, first: dt.date, last: dt.date, said: str
) -> None:
    with db.session() as s:
        pdf = build(s, first, last, last)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert f"{WORK}säkerhetsarbetet {said}" in words, words[:400]
