"""A period in a printout's words says each month and year once: the loan log's week read
"16 november – 22 november 2026" and now reads "16–22 november 2026"; across months "30 november
– 6 december 2026", across years "28 december 2026 – 3 januari 2027" (formatting.prose_period,
the one writer for the printouts' subtitles and headings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_loanlog, meeting_calendar
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make
from tests.core.test_alarms_reports import text_of


def test_the_loan_logs_weeks_say_their_month_and_year_once(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        data = make(s)
        unit, person = data.units["LARM-01"], data.people["lena"]
        for day, month in ((17, 11), (2, 12), (30, 12)):
            alarm_loans.lend(s, LendInput(unit, person), now=at(9, day=day, month=month))
            alarm_loans.return_unit(s, unit, now=at(11, day=day, month=month))
        pdf = alarm_loanlog.build(
            s, dt.date(2026, 11, 16), dt.date(2027, 1, 3), now=at(12, day=4, month=1, year=2027)
        )
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "Vecka 47 (16–22 november 2026)" in text
    assert "Vecka 49 (30 november – 6 december 2026)" in text
    assert "Vecka 53 (28 december 2026 – 3 januari 2027)" in text
    assert "16 november 2026 – 3 januari 2027 · 3 lån" in text


def test_the_meeting_calendars_title_says_its_month_once() -> None:
    title = meeting_calendar.title_of(dt.date(2027, 1, 14), dt.date(2027, 1, 27), in_words=True)
    assert title == "Mötesplan 14–27 januari 2027"
    # A single day once; whole months keep their names.
    one_day = meeting_calendar.title_of(dt.date(2027, 1, 14), dt.date(2027, 1, 14), in_words=True)
    assert one_day == "Mötesplan 14 januari 2027"
    assert meeting_calendar.title_of(dt.date(2027, 1, 1), dt.date(2027, 1, 31)) == (
        "Mötesplan januari 2027"
    )
