"""The demo shows the follow-up's part "Safety walks at its places": the place collaboration
Stureplan/Östermalmstorg walked its place in the period the follow-up dialog suggests (before,
no demo walk was at a place collaboration's place and the part never appeared)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock, demo
from samverkan_desktop.db import Database
from samverkan_desktop.demo.walks_stureplan import walk_date
from samverkan_desktop.services.follow_up import follow_up, last_ended_period

GROUP = "Platssamverkan Stureplan/Östermalmstorg"


def test_the_demo_follow_up_lists_a_walk_at_the_place_collaborations_place(
    sqlite_db: Database,
) -> None:
    today = clock.today()
    with sqlite_db.session() as s:
        demo.load(s)
        period, year = last_ended_period(today)
        report = follow_up(s, period, year, today)
    group = next(g for g in report.groups if g.name == GROUP)
    assert [(w.place, w.open_actions) for w in group.walks] == [("Stureplan/Östermalmstorg", 1)]


@pytest.mark.parametrize(
    "today", [dt.date(2027, 1, 3), dt.date(2026, 5, 31), dt.date(2026, 9, 2), dt.date(2026, 12, 1)]
)
def test_the_walk_falls_in_the_suggested_period_whatever_the_day(today: dt.date) -> None:
    period, year = last_ended_period(today)
    first, last = period.span(year)
    assert first <= walk_date(today) <= last and walk_date(today) < today
