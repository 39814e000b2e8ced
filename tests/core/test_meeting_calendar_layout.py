"""The printed meeting calendar (Mötesplan) for a single day says the day once, not
"Mötesplan 2026-12-10 – 2026-12-10"; and its columns leave the place room: "Karlavägen 104,
sammanträdesrum Garnisonen" wrapped to three lines beside a month column mostly empty; and a
cancelled meeting says why, as a cancelled walk does."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.recurrence import HolidayPolicy
from samverkan_desktop.reports import meeting_calendar
from samverkan_desktop.services import meeting_rules, meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

DAY = dt.date(2026, 12, 10)
PLACE = "Karlavägen 104, sammanträdesrum Garnisonen"


def _printed(db: Database, tmp_path: Path, first: dt.date, last: dt.date) -> list[str]:
    with db.session() as s:
        group = make_group(s, "Lokal beredningsgrupp Östermalm")
        for day in (DAY, dt.date(2027, 1, 14)):
            meetings.add_meeting(
                s, group, meetings.MeetingInput(at(day, 9), at(day, 10, 30), place=PLACE)
            )
        pdf = meeting_calendar.build(s, first, last)
    return [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]


def test_a_single_day_is_said_once_in_the_title_and_footer(db: Database, tmp_path: Path) -> None:
    lines = _printed(db, tmp_path, DAY, DAY)
    assert lines[0] == "Mötesplan 10 december 2026"
    assert [line for line in lines if line.startswith("Mötesplan")] == [
        "Mötesplan 10 december 2026",
        "Mötesplan 2026-12-10 Sida 1 av 1",  # the footer keeps ISO, as every footer
    ]


@pytest.mark.parametrize(
    "last",
    [dt.date(2026, 12, 31), dt.date(2027, 1, 31)],
    ids=["within a year", "over the new year"],
)
def test_a_long_place_takes_two_lines_beside_the_meeting_on_one(
    db: Database, tmp_path: Path, last: dt.date
) -> None:
    """Over the new year the month column said "december 2026" and took the place's room:
    "Karlavägen 104, / sammanträdesrum / Garnisonen" in three lines."""
    lines = _printed(db, tmp_path, DAY, last)
    first = next(n for n, line in enumerate(lines) if "2026-12-10 (v. 50)" in line)
    assert lines[first].endswith("Lokal beredningsgrupp Östermalm Karlavägen 104, sammanträdesrum")
    assert lines[first + 1] == "Garnisonen"  # not a third line
    assert lines[first - 1] in ("December", "December 2026")  # the month, a row of its own


def test_a_cancelled_meeting_says_why(db: Database, tmp_path: Path) -> None:
    """As a cancelled walk already did: the reader of "Inställt" asks why."""
    with db.session() as s:
        group = make_group(s, "Platssamverkan Stureplan/Östermalmstorg")
        meeting_id = meetings.add_meeting(
            s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 10, 30), place=PLACE)
        )
        meetings.cancel_meeting(s, meeting_id, "Krockar med julmarknaden")
        pdf = meeting_calendar.build(s, DAY, dt.date(2026, 12, 31))
    text = " ".join(text_of(pdf, tmp_path).split())  # the reason wraps beside the place
    assert "Inställt –" in text and "Krockar med julmarknaden" in text


def test_a_meeting_kept_on_a_public_holiday_says_which(db: Database, tmp_path: Path) -> None:
    """Nyårsafton in the calendar window is marked; the printed plan said nothing, and the
    reader took the date for a slip."""
    eve = dt.date(2026, 12, 31)
    with db.session() as s:
        group = make_group(s, "Säkerhetssamordnarnätverket (SLK)")
        for day in (DAY, eve):
            meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10, 30)))
        pdf = meeting_calendar.build(s, DAY, eve)
    lines = [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]
    assert [line for line in lines if "Helgdag" in line] == ["Helgdag: Nyårsafton"]
    on_eve = next(n for n, line in enumerate(lines) if "2026-12-31 (v. 53)" in line)
    assert lines[on_eve + 1] == "Helgdag: Nyårsafton"  # under its meeting, not the 10th's


def test_a_meeting_moved_off_a_holiday_says_from_which(db: Database, tmp_path: Path) -> None:
    """The members know the group meets on Thursdays: "2026-12-28 (v. 53)" alone read as a
    slip. Over the new year, as the coordinator prints it in December."""
    with db.session() as s:
        group = make_group(s, "Säkerhetssamordnarnätverket (SLK)")
        meeting_rules.set_rule_from_phrase(
            s, group, "varje torsdag kl 9", HolidayPolicy.MOVE, today=dt.date(2026, 12, 3)
        )
        pdf = meeting_calendar.build(s, dt.date(2026, 12, 14), dt.date(2027, 1, 10))
    lines = [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]
    said = {
        line.split(" (v. ")[0]: lines[n + 1]
        for n, line in enumerate(lines)
        if "(v. " in line and "Flyttat" in lines[n + 1]
    }
    assert said == {
        "2026-12-28": "Flyttat från Julafton",
        "2027-01-04": "Flyttat från Nyårsafton",
    }  # not the 17th's nor the 7th's, on their Thursdays
