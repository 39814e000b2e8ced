"""Larm -> Statistik in the window at a laptop's size: the table shows all twelve months, the
chart the rest of the height. With three fifths to the chart the months scrolled ("augusti" the
last in sight at 1024 × 768) while the chart's bars had room to spare."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_every_month_in_sight(qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, *size)
    click_tab(qtbot, area.tabs, area.stats_page)
    settle(qtbot)
    stats = area.stats_page
    keep_shot(stats, f"alarm-stats-{size[0]}")
    assert stats.table.model().rowCount() == 12
    assert stats.table.verticalScrollBar().maximum() == 0
    assert stats.chart.height() >= stats.chart.minimumHeight()
    # a divider the user drags stays where they put it when another year is shown
    splitter = stats.splitter
    splitter.moveSplitter(splitter.sizes()[0] + 40, 1)  # as a drag of the handle does
    moved = splitter.sizes()
    stats.year_combo.setCurrentIndex(1)
    settle(qtbot)
    assert splitter.sizes() == moved
