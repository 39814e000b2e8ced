"""A walk's Follow-up tab at a laptop's size shows all it holds: stacked under each other, the
rating comparison hid its last points behind a scroll bar and the still-open actions ran past the
list's right edge, so their due dates and statuses ('2026-11-19 · Pågår · försenad') were out of
sight, with half the tab's width left empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import gyllenstiernsgatan_follow_up
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_the_follow_up_tab_shows_every_point_and_each_action_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, *size)
    area.open_walk(gyllenstiernsgatan_follow_up(demo_ctx))
    view = area.view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.followup_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    tab = view.followup_tab

    ratings = tab.ratings
    assert ratings.rowCount() == 9
    last = ratings.visualRect(ratings.model().index(ratings.rowCount() - 1, 0))
    assert last.bottom() <= ratings.viewport().height(), "the last point is out of sight"
    right = ratings.visualRect(ratings.model().index(0, ratings.columnCount() - 1))
    assert right.right() <= ratings.viewport().width(), "the change column is cut"

    still_open = tab.still_open
    texts = [still_open.item(i).text() for i in range(still_open.count())]
    assert any("Pågår · försenad" in t for t in texts)
    for i in range(still_open.count()):
        rect = still_open.visualItemRect(still_open.item(i))
        assert rect.right() <= still_open.viewport().width(), texts[i]
    assert still_open.horizontalScrollBar().maximum() == 0
