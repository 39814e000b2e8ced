"""A meeting its rule moved off a public holiday (Trettondedag jul, Wednesday 6 January 2027, to
Thursday the 7th: the day its invitees were given), then moved by hand to the 12th, is moved
from the 7th wherever it says "flyttat från": the notice, the meeting's details, the calendar's
tooltip and list. It said the 6th, a day the invitees never had."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.recurrence import HolidayPolicy
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import calendar, meeting_rules, meetings
from tests.core.meeting_data import at, make_group

TODAY = dt.date(2026, 12, 14)
HOLIDAY = dt.date(2027, 1, 6)  # Trettondedag jul, a Wednesday
RULE_DAY = dt.date(2027, 1, 7)
BY_HAND = dt.date(2027, 1, 12)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _rows(s, group: int) -> list[calendar.CalendarRow]:  # type: ignore[no-untyped-def]
    return calendar.list_calendar(
        s, dt.date(2027, 1, 1), dt.date(2027, 1, 31), calendar.CalendarFilter(group_ids=(group,))
    )


def _january_meeting(s, policy: HolidayPolicy = HolidayPolicy.MOVE) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    group = make_group(s, "Platssamverkan")
    meeting_rules.set_rule_from_phrase(
        s, group, "första onsdagen i månaden kl 10-12", policy, starts_on=TODAY, today=TODAY
    )
    (row,) = _rows(s, group)
    return group, row.id


def _notice_text(s, meeting: int, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(agenda_pdf(s, meeting))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_moved_by_hand_after_the_holiday_rule_is_moved_from_the_rules_day(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        group, meeting = _january_meeting(s)
        (row,) = _rows(s, group)
        assert row.starts_at.date() == RULE_DAY  # the rule's own move
        assert row.moved_note == "Flyttat från Trettondedag jul"
        meetings.move_meeting(s, meeting, at(BY_HAND, 10), at(BY_HAND, 12))
        (row,) = _rows(s, group)
        detail = meetings.get_meeting(s, meeting)
        text = _notice_text(s, meeting, tmp_path)
    assert "Observera: mötet är flyttat från torsdag 7 januari 2027 kl. 10.00." in text
    assert "6 januari" not in text
    assert detail.moved_from == at(RULE_DAY, 10)  # the details' "Flyttat från …"
    assert row.moved and row.moved_from == at(RULE_DAY, 10)
    assert row.moved_note == "Flyttat från 2027-01-07"


def test_moved_back_to_the_holiday_by_hand_is_moved_from_the_rules_day(
    sqlite_db: Database,
) -> None:
    with sqlite_db.session() as s:
        group, meeting = _january_meeting(s)
        meetings.move_meeting(s, meeting, at(HOLIDAY, 10), at(HOLIDAY, 12))
        (row,) = _rows(s, group)
        detail = meetings.get_meeting(s, meeting)
    assert row.moved and row.moved_note == "Flyttat från 2027-01-07"
    assert detail.moved_from == at(RULE_DAY, 10)


def test_without_the_holiday_rule_the_holiday_is_where_it_stood(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """A rule that keeps holidays put the meeting on the 6th: moved from there."""
    with sqlite_db.session() as s:
        group, meeting = _january_meeting(s, HolidayPolicy.KEEP)
        meetings.move_meeting(s, meeting, at(BY_HAND, 10), at(BY_HAND, 12))
        (row,) = _rows(s, group)
        text = _notice_text(s, meeting, tmp_path)
    assert "flyttat från onsdag 6 januari 2027 kl. 10.00." in text
    assert row.moved_note == "Flyttat från Trettondedag jul"
