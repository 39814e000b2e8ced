"""The printed meeting calendar as a paper calendar reads: a Sunday's or a public holiday's
date in red (the "Helgdag: …" note stays), and a month going on over a page break has its
heading again at the top of the next page, "December (forts.)": the next page's meetings said
no month, and "Januari" there read as if December was over."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import meeting_calendar
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.core.pdf_boxes import word_colours
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs pdftotext and pdftoppm",
)

WEEKDAY, SUNDAY, EVE = dt.date(2026, 12, 10), dt.date(2026, 12, 13), dt.date(2026, 12, 31)


def _red(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return red > 120 and red > green + 60 and red > blue + 60


def test_sundays_and_public_holidays_are_red(db: Database, tmp_path: Path) -> None:
    assert SUNDAY.weekday() == 6 and WEEKDAY.weekday() == 3
    with db.session() as s:
        group = make_group(s, "Säkerhetssamordnarnätverket (SLK)")
        for day in (WEEKDAY, SUNDAY, EVE):
            meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10, 30)))
        pdf = meeting_calendar.build(s, WEEKDAY.replace(day=1), EVE)  # "december 2026"
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    assert [_red(c) for c in word_colours(path, SUNDAY.isoformat(), tmp_path)] == [True]
    assert [_red(c) for c in word_colours(path, EVE.isoformat(), tmp_path)] == [True]
    assert [_red(c) for c in word_colours(path, WEEKDAY.isoformat(), tmp_path)] == [False]
    assert "Helgdag: Nyårsafton" in text_of(pdf, tmp_path)


def _pages(db: Database, tmp_path: Path) -> list[list[str]]:
    """Each page's lines: December's meetings run over a page, January's follow."""
    with db.session() as s:
        group = make_group(s, "Lokal beredningsgrupp Östermalm")
        for day in range(1, 24):
            for hour in (9, 13):
                start = at(dt.date(2026, 12, day), hour)
                meetings.add_meeting(
                    s, group, meetings.MeetingInput(start, start + dt.timedelta(hours=1))
                )
        january = at(dt.date(2027, 1, 14), 9)
        meetings.add_meeting(s, group, meetings.MeetingInput(january, january.replace(hour=10)))
        pdf = meeting_calendar.build(s, dt.date(2026, 12, 1), dt.date(2027, 1, 31))
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in text_of(pdf, tmp_path).split("\f")
        if page.strip()
    ]


def test_a_month_going_on_over_a_page_has_its_heading_again(db: Database, tmp_path: Path) -> None:
    first, second, *more = _pages(db, tmp_path)
    assert not more
    assert first[first.index("Datum Tid Möte Plats") + 1] == "December 2026"
    # The next page: the columns' header, then the month again, said to go on.
    assert second[second.index("Datum Tid Möte Plats") + 1] == "December 2026 (forts.)"
    headings = [
        line for page in (first, second) for line in page if line.startswith(("Dec", "Jan"))
    ]
    assert headings == ["December 2026", "December 2026 (forts.)", "Januari 2027"]
