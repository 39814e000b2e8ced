"""A walk's Uppföljning at 1024 × 768: the ratings' point titles on one line held the table
534 px wide, and "Avslutat sedan dess" and "Fortfarande öppet" beside it had 202 px, an action
on five lines. The titles now wrap where the lists would get less than two fifths of the row,
which gives each list 298 px ("Nedskräpning, klotter / och skadegörelse"), each whole in its row; at 1440 × 900 they read on
one line as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.demo_walks import gyllenstiernsgatan_follow_up
from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.list_table import text_margin

TEXT_WRAP = int(Qt.TextFlag.TextWordWrap)


@pytest.mark.parametrize(("size", "wrapped"), [((1024, 768), True), ((1440, 900), False)])
def test_the_action_lists_have_room_beside_the_ratings(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int], wrapped: bool
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, *size)
    area.open_walk(gyllenstiernsgatan_follow_up(demo_ctx))
    view = area.view
    click_tab(qtbot, view.tabs, view.followup_tab)
    settle(qtbot)
    tab = view.followup_tab
    keep_shot(view, f"walk-followup-{size[0]}")
    for listed in (tab.closed, tab.still_open):
        assert listed.width() >= 280, (listed.objectName(), listed.width())  # was 202
        assert listed.verticalScrollBar().maximum() == 0
    ratings = tab.ratings
    metrics = ratings.fontMetrics()
    lines = []
    for row in range(ratings.rowCount()):
        item = ratings.item(row, 0)
        assert item is not None
        text = item.text()
        room = ratings.columnWidth(0) - text_margin(ratings)
        needed = metrics.boundingRect(0, 0, room, 1000, TEXT_WRAP, text).height()
        assert needed <= ratings.rowHeight(row), text
        assert max(map(metrics.horizontalAdvance, text.split())) <= room, text
        lines.append(round(needed / metrics.lineSpacing()))
    assert (max(lines) > 1) == wrapped, lines
    last = ratings.visualRect(ratings.model().index(ratings.rowCount() - 1, 0))
    assert last.bottom() <= ratings.viewport().height(), "the last point is out of sight"
    right = ratings.visualRect(ratings.model().index(0, ratings.columnCount() - 1))
    assert right.right() <= ratings.viewport().width(), "the change column is cut"
