"""The printouts a coordinator files in one binder write the day they are of in one form in
their headings, "onsdag 2 december 2026 (v. 49)", as the calendar reads a day back: the walk
report's subtitle had the weekday without the week, the exercise report's no day at all, a
day's loan log "2 december 2026" and the Friday summary "fredag 4 december 2026"."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_loanlog, exercise_evaluation, walk_report, weekly_brief
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import meetings
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.core.exercise_data import held_exercise
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_data import at, make_group
from tests.core.test_alarms_reports import text_of
from tests.core.walk_letters import walked_with_observation

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

DAY = dt.date(2026, 12, 2)  # a Wednesday of week 49
HEADING_DAY = "onsdag 2 december 2026 (v. 49)"
PRINTED = dt.date(2026, 12, 7)


def _heading(pdf: bytes, tmp_path: Path) -> str:
    """The printout's first lines (its title, subtitle and first facts) as one line of words."""
    lines = [line for line in text_of(pdf, tmp_path).splitlines() if line.strip()]
    return " ".join(" ".join(lines[:6]).split())


def test_a_meetings_notice_and_minutes(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(
            s, group, meetings.MeetingInput(at(DAY, 13), at(DAY, 15), "Garnisonen")
        )
        notice = _heading(agenda_pdf(s, meeting), tmp_path)
        minutes = _heading(held_minutes_pdf(s, meeting), tmp_path)
    assert f"Datum {HEADING_DAY}" in notice
    assert f"Datum {HEADING_DAY}" in minutes


def test_the_walk_report(sqlite_db: Database, tmp_path: Path) -> None:
    walk_id = walked_with_observation(sqlite_db, "Karlaplan", DAY).walk_id
    heading = _heading(sqlite_db.call(walk_report.build, walk_id, PRINTED), tmp_path)
    assert f"Rapport · {HEADING_DAY} · utskriven 7 december 2026" in heading
    assert f"När {HEADING_DAY}" in heading


def test_the_exercise_report(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        exercise_id, _objectives = held_exercise(s, on=DAY)
        heading = _heading(exercise_evaluation.build(s, exercise_id, PRINTED), tmp_path)
    assert f"Utvärderingsrapport · {HEADING_DAY} · utskriven 7 december 2026" in heading
    assert f"När {HEADING_DAY}" in heading


def test_a_days_loan_log(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        heading = _heading(alarm_loanlog.build(s, DAY, DAY), tmp_path)
        period = _heading(alarm_loanlog.build(s, dt.date(2026, 11, 30), DAY), tmp_path)
    assert HEADING_DAY in heading
    assert "30 november – 2 december 2026" in period  # a period stays a period


def test_the_friday_summary(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        heading = _heading(weekly_brief.build(s, BriefWeek.of(DAY)), tmp_path)
    assert heading.startswith("Veckosammanställning v. 49")
    assert "fredag 4 december 2026 (v. 49)" in heading
