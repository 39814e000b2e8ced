"""A meeting the rule moved off a public holiday says from which day in its tooltip: the demo's
Platssamverkan meets the first Wednesday, and 2027-01-06 is Trettondedag jul. "Flyttat från
regelns tid" said neither the day nor why."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.helpers import click_button
from tests.ui.openers import calendar_window
from tests.ui.test_calendar_area import meeting_chips
from ui.context import AppContext


def test_a_meeting_moved_off_trettondedag_jul_says_so(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 3))
    _window, area = calendar_window(qtbot, demo_ctx, 1280, 800)
    click_button(qtbot, area, "›")  # January 2027, as she steps into the new year
    chips = {c.row.label: c for c in meeting_chips(area) if c.row.starts_at.day == 7}
    moved = chips["Platssamverkan Stureplan/Östermalmstorg"].toolTip().splitlines()
    assert moved[-1] == "Flyttat från Trettondedag jul"
    # A Thursday network on its own day says nothing of the kind.
    assert not any(
        "Flyttat" in line
        for line in chips["Säkerhetssamordnarnätverket (SLK)"].toolTip().splitlines()
    )
