"""A window left open overnight shows the new day: when the day turns, every area is announced
as changed, so the calendar outlines today instead of yesterday (and lists mark what fell due)
without a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.changes import ALL_AREAS
from tests.ui.windows import wait_exposed
from ui.calendar.area import CalendarArea
from ui.change_watcher import ChangeWatcher
from ui.context import AppContext


def test_the_calendar_shows_the_new_day_when_the_day_turns(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = CalendarArea(ctx)
    qtbot.addWidget(area)
    area.show()
    wait_exposed(qtbot, area)
    today = clock.today()
    day = [today - dt.timedelta(days=1)]  # the watcher started yesterday evening
    monkeypatch.setattr(clock, "today", lambda: day[0])
    watcher = ChangeWatcher(ctx, area)
    area.today = day[0]  # the calendar as it was drawn then
    announced: list[frozenset[str]] = []
    ctx.bus.changed.connect(announced.append)

    assert watcher.poll() == frozenset()  # the same day: nothing to say
    day[0] = today  # past midnight
    assert watcher.poll() == ALL_AREAS
    assert announced == [ALL_AREAS]
    assert area.today == today  # refreshed: today's outline is on today
    assert watcher.poll() == frozenset()  # once per day
    watcher.stop()
