"""A day's page of the loan log (the reception's Ctrl+P, ``samverkan print loanlog``) lists every
loan out at any time that day: lent that day, lent before and returned that day, or out across
it. It listed only the loans lent that day. A day's page says what was lent "före dagen" and has
no week heading: it said "före perioden" and repeated its week, "Vecka 47 (16–22 november 2026)",
under the day's own "tisdag 17 november 2026 (v. 47)"."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import UnitKind
from samverkan_desktop.reports import alarm_loanlog
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_history import LoanFilter, count_loans, list_loans
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.alarms import UnitInput, create_unit
from tests.core.alarm_data import at, make
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_alarms_reports import text_of

DAY = dt.date(2026, 11, 17)


def _loans_around_the_day(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        p, u = data.people, data.units
        lend, back = alarm_loans.lend, alarm_loans.return_unit
        # Before the day and back before it: not on the day's page.
        lend(s, LendInput(u["LARM-03"], p["leif"], initials="NH"), now=at(8, day=10))
        back(s, u["LARM-03"], initials="NH", now=at(12, day=12))
        # Lent the day before, back in the morning.
        lend(s, LendInput(u["LARM-01"], p["lena"], initials="NH"), now=at(15, day=16))
        back(s, u["LARM-01"], initials="TH", now=at(9, 30, day=17))
        # Lent and back that day.
        lend(s, LendInput(u["LARM-02"], p["leif"], initials="TH"), now=at(10, day=17))
        back(s, u["LARM-02"], initials="TH", now=at(12, day=17))
        # A home loan lent a week before, still out.
        lend(
            s,
            LendInput(
                u["LARM-13"],
                p["lars"],
                due_at=dt.datetime(2026, 12, 4, 17, 0),
                approved_by_id=p["karin"],
                initials="NH",
            ),
            now=at(14, day=10),
        )
        # Lent the next day: not on the page.
        lend(s, LendInput(u["LARM-01"], p["lars"], initials="NH"), now=at(8, day=18))
        # A unit never lent, so the search for "last loan before the day" meets a unit without.
        create_unit(s, UnitInput("LARM-04", UnitKind.HOME_VISIT))


def _codes(text: str) -> list[str]:
    return re.findall(r"LARM-\d\d", text)


def test_days_log_lists_loans_returned_that_day_and_out_across_it(
    db: Database, tmp_path: Path
) -> None:
    _loans_around_the_day(db)
    with db.session() as s:
        text = text_of(alarm_loanlog.build(s, DAY, DAY, now=at(12, day=18)), tmp_path)
    # The day as every printout's heading writes it (the subtitle may wrap: read flat).
    flat = " ".join(text.split())
    assert "tisdag 17 november 2026 (v. 47) · 3 lån · 2 av dem utlånade före dagen" in flat
    assert "perioden" not in flat
    # Oldest lending first; each with its out and back times.
    assert _codes(text) == ["LARM-13", "LARM-01", "LARM-02"]
    assert re.search(r"2026-11-10 +LARM-13 +Lars Ek +Hemlån +14\.00 .* Ute +NH / –", text), text
    # Back the next day: the date over the time, "(för sent)" under it (it read "(sent)").
    assert re.search(
        r"2026-11-16 +LARM-01 +Lena Persson +Hembesök +15\.00 +17\.00 +2026-11-17 +NH / TH", text
    ), text
    assert re.search(r"\n +09\.30\n +\(för sent\)\n", text), text
    assert re.search(r"2026-11-17 +LARM-02 +Leif Pettersson +Hembesök +10\.00 .* 12\.00", text)
    # One table under the day's heading, no week's heading between (the day names its week).
    assert "Vecka" not in text
    assert re.search(r"\(v\. 47\).*\n+ *Datum +Larm +Låntagare", text), text


def test_a_longer_log_keeps_its_weeks_and_its_period(db: Database, tmp_path: Path) -> None:
    _loans_around_the_day(db)
    with db.session() as s:
        start = DAY - dt.timedelta(days=1)
        text = text_of(alarm_loanlog.build(s, start, DAY, now=at(12, day=18)), tmp_path)
    flat = " ".join(text.split())
    assert "16–17 november 2026 · 3 lån · 1 av dem utlånat före perioden" in flat
    # Lent in week 46, listed under the period's first week.
    assert "Vecka 47 (16–22 november 2026)" in text and "Vecka 46" not in text
    assert "dagen" not in flat


def test_the_lists_period_filter_still_means_lent_in_the_period(db: Database) -> None:
    """The Alarms loans list filters "lent on or after / on or before": unchanged."""
    _loans_around_the_day(db)
    with db.session() as s:
        lent = list_loans(s, LoanFilter(start=DAY, end=DAY), at(12, day=18))
        out = LoanFilter(start=DAY, end=DAY, out_during=True)
        assert [r.unit_code for r in lent] == ["LARM-02"]
        assert count_loans(s, out, at(12, day=18)) == 3
        # From a day on, open-ended: every loan out at some time since.
        since = LoanFilter(start=DAY, out_during=True)
        assert {r.unit_code for r in list_loans(s, since)} == {"LARM-01", "LARM-02", "LARM-13"}
        assert len(list_loans(s, since)) == 4


def test_empty_day_says_none_was_out(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        make(s)
        text = text_of(alarm_loanlog.build(s, DAY, DAY, now=at(12, day=18)), tmp_path)
        week = text_of(alarm_loanlog.build(s, DAY, DAY + dt.timedelta(days=6)), tmp_path, "wk")
    assert "Inget larm var utlånat den dagen." in text
    assert "Inget larm var utlånat under perioden." in week


def test_print_loanlog_on_the_command_line_lists_the_same_loans(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, _loans_around_the_day)
    day = DAY.isoformat()
    text = printed_text(sqlite_url, capsys, tmp_path, "loanlog", "--from", day, "--to", day)
    assert _codes(text) == ["LARM-13", "LARM-01", "LARM-02"]
