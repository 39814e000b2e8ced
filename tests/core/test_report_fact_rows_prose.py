"""Label/value rows that read as sentences write their days in words, as the printouts' prose
does: the action plan's group table "Löptid t.o.m. 26 december 2026", the follow-up's and the
council report's "Möten 3 hållna (5 maj, 2 juni, 1 september 2026)", the follow-up's members
"Sara Holm (t.o.m. 31 maj 2026)" (test_follow_up_year_end), the borrower's card and the hand-over
form's loan times (test_alarms_reports). Tables with a date column keep ISO dates. And a period
of one day is written once: the loan log's footer "Utlåningslogg för larm 2026-11-17", not
"2026-11-17 – 2026-11-17"; the council report's footer and first sentence likewise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from dateutil.relativedelta import relativedelta

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_loanlog, council_report
from samverkan_desktop.reports.action_plan import build_action_plan
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services import groups
from samverkan_desktop.services.action_plan_reading import agreement_in_force
from samverkan_desktop.services.council_report import council_report as council_content
from samverkan_desktop.services.follow_up import FollowUpPeriod, follow_up
from tests.core.alarm_data import at
from tests.core.test_alarms_reports import _history
from tests.core.test_follow_up_printout import _year_of_the_last_decisions
from tests.core.test_group_structure_printout import text_of
from tests.core.test_walks_cli import needs_pdftotext

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")  # fmt: skip


def _in_words(day: dt.date, year: bool = True) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def _days_in_words(days: Sequence[dt.date]) -> str:
    """ "5 maj, 2 juni, 1 september 2026": the year once, after the year's last day."""
    return ", ".join(
        _in_words(day, n + 1 == len(days) or days[n + 1].year != day.year)
        for n, day in enumerate(days)
    )


def _words(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(text_of(pdf, tmp_path).split())


@needs_pdftotext
def test_the_action_plans_group_table_writes_the_term_in_words(
    demo_db: Database, tmp_path: Path
) -> None:
    today = clock.today()
    with demo_db.session() as s:
        ending = [g.term_until for g in groups.list_groups(s) if g.term_until]
        words = _words(build_action_plan(s, agreement_in_force(s, today), today), tmp_path)
    assert ending  # the demo has a working group with a term
    shown = [day for day in ending if f"Löptid t.o.m. {_in_words(day)}" in words]
    assert shown, words
    assert all(day.isoformat() not in words for day in shown)


@needs_pdftotext
def test_the_follow_ups_meetings_row_writes_the_days_in_words(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        year = _year_of_the_last_decisions(s)
        on = dt.date(year, 12, 31)
        report = follow_up(s, FollowUpPeriod.VB, year, on)
        words = _words(build_follow_up(s, FollowUpPeriod.VB, year, on), tmp_path)
    held = [g.held_dates for g in report.groups if g.held_dates]
    assert held
    for days in held:
        count = len(days)
        assert f"{count} {'hållet' if count == 1 else 'hållna'} ({_days_in_words(days)})" in words
        assert days[0].isoformat() + "," not in words


@needs_pdftotext
def test_the_council_reports_meetings_row_writes_the_days_in_words(
    demo_db: Database, tmp_path: Path
) -> None:
    # The last twelve months: early in January the year so far has no meeting held yet.
    today = clock.today()
    first = today - relativedelta(years=1)
    with demo_db.session() as s:
        content = council_content(s, first, today, today)
        words = _words(council_report.build(s, first, today, today), tmp_path)
    parts = [*content.place_collaborations, *(g for a in content.areas for g in a.groups)]
    held = [g.held_dates for g in parts if g.held_dates]
    assert held
    for days in held:
        assert f"({_days_in_words(days)})" in words
    assert all(f"({days[0].isoformat()}" not in words for days in held)


@needs_pdftotext
def test_a_period_of_one_day_is_written_once(db: Database, tmp_path: Path) -> None:
    _history(db)
    day = dt.date(2026, 11, 17)
    with db.session() as s:
        log = text_of(alarm_loanlog.build(s, day, day, now=at(12, day=23)), tmp_path)
        council = text_of(council_report.build(s, day, day, day), tmp_path)
    twice = f"{day.isoformat()} – {day.isoformat()}"
    assert twice not in log + council
    footer = [line for line in log.splitlines() if line.strip()][-1]
    assert footer.startswith("Utlåningslogg för larm 2026-11-17 "), footer
    assert "Östermalms stadsdelsförvaltning · tisdag 17 november 2026 (v. 47) · 1 lån" in log
    council_words = " ".join(council.split())
    assert "Anmälan till nämnden 2026-11-17 " in council_words
    assert "säkerhetsarbetet den 17 november 2026." in council_words
    assert "från den 17 november 2026 till den" not in council_words
