"""The meeting calendar printout over a new year (Kalender → Skriv ut…, 2026-12-01 – 2027-01-31):
each month heading says its year ("Januari 2027") and so does the title; "januari" alone, under
"Mötesplan 2026-12-01–2027-01-31", read as either January. Each month is a row of its own over
its meetings, not a column beside them that took the place's room."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import meeting_calendar
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

DAYS = (dt.date(2026, 12, 8), dt.date(2027, 1, 12), dt.date(2027, 9, 14))


def _printed(db: Database, tmp_path: Path, first: dt.date, last: dt.date) -> list[str]:
    with db.session() as s:
        group = make_group(s, "Lokal beredningsgrupp Östermalm")
        for day in DAYS:
            meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10, 30)))
        pdf = meeting_calendar.build(s, first, last)
    return [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]


def _months_and_days(lines: list[str]) -> list[str]:
    """The month rows, each alone on its line, and the meetings' dates in between."""
    heads = ("Januari", "September", "December")
    return [
        line.split(" (v. ")[0] if "(v. " in line else line
        for line in lines
        if "(v. " in line or line.startswith(heads)
    ]


def test_over_a_new_year_each_month_and_the_title_say_their_year(
    db: Database, tmp_path: Path
) -> None:
    lines = _printed(db, tmp_path, dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    assert lines[0] == "Mötesplan december 2026 – januari 2027"
    assert _months_and_days(lines) == [
        "December 2026",
        "2026-12-08",
        "Januari 2027",
        "2027-01-12",
    ]
    footer = [line for line in lines if line.endswith("Sida 1 av 1")]
    assert footer[0].startswith("Mötesplan december 2026 – januari 2027")


def test_within_one_year_the_months_stand_alone(db: Database, tmp_path: Path) -> None:
    lines = _printed(db, tmp_path, dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert lines[0] == "Mötesplan 2027"
    assert _months_and_days(lines) == ["Januari", "2027-01-12", "September", "2027-09-14"]


def test_a_period_of_days_says_its_dates_with_a_spaced_dash(db: Database, tmp_path: Path) -> None:
    lines = _printed(db, tmp_path, dt.date(2026, 12, 8), dt.date(2027, 1, 12))
    assert lines[0] == "Mötesplan 8 december 2026 – 12 januari 2027"
    assert _months_and_days(lines) == [
        "December 2026",
        "2026-12-08",
        "Januari 2027",
        "2027-01-12",
    ]


@pytest.mark.parametrize(
    ("first", "last", "title"),
    [
        ((2027, 3, 1), (2027, 3, 31), "Mötesplan mars 2027"),
        ((2027, 1, 1), (2027, 6, 30), "Mötesplan januari – juni 2027"),
        ((2026, 11, 1), (2027, 2, 28), "Mötesplan november 2026 – februari 2027"),
        ((2027, 1, 1), (2027, 12, 31), "Mötesplan 2027"),
        ((2027, 1, 14), (2027, 6, 30), "Mötesplan 2027-01-14 – 2027-06-30"),
    ],
)
def test_the_title_names_whole_months_with_their_year(
    first: tuple[int, int, int], last: tuple[int, int, int], title: str
) -> None:
    assert meeting_calendar.title_of(dt.date(*first), dt.date(*last)) == title
