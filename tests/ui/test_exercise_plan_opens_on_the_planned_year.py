"""In December the annual exercise plan opens on the coming year, the one being planned then
(it opened on the year all but past); from the month the settings give, when the coordinator
plans earlier."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import settings
from tests.ui.openers import crisis_tab
from ui.context import AppContext


def _plan_year_shown(qtbot: QtBot, ctx: AppContext) -> str:
    _window, area = crisis_tab(qtbot, ctx, "exercises_stack")
    return area.exercises_page.plan_view.year.text()


@pytest.mark.parametrize(
    ("day", "shown"),
    [
        (dt.date(2026, 12, 1), "2027"),
        (dt.date(2026, 11, 30), "2026"),
        (dt.date(2027, 1, 4), "2027"),
    ],
    ids=["December", "November", "January"],
)
def test_the_plan_opens_on_next_year_in_december(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, day: dt.date, shown: str
) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)
    assert _plan_year_shown(qtbot, ctx) == shown


def test_from_the_month_set_it_opens_on_next_year(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 10, 15))
    ctx.call(settings.save_settings, {settings.PLAN_NEXT_YEAR_SETTING: 10})  # from October
    assert _plan_year_shown(qtbot, ctx) == "2027"
