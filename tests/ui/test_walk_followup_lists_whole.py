"""A walk's Uppföljning at 1024 × 768: "Avslutat sedan vandringen" with Tessinparken's five
closed actions scrolled (half the column's height each), while "Fortfarande öppet från
vandringen" beside it left room empty under its three. The column's height is now shared by
what the lists' rows need: every row of both lists in sight, no scroll bar."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.walks.area import WalksArea


def _rows_in_sight(listed: QListWidget) -> int:
    """The rows whose whole height lies inside the list's viewport."""
    viewport = listed.viewport().rect()
    return sum(
        viewport.contains(listed.visualItemRect(listed.item(row))) for row in range(listed.count())
    )


def test_every_closed_and_open_action_is_in_sight_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    area.open_walk(tessinparken(demo_ctx))
    view = area.view
    click_tab(qtbot, view.tabs, view.followup_tab)
    settle(qtbot)
    tab = view.followup_tab
    keep_shot(view, "walk-followup-lists-1024")
    assert tab.closed_title.text() == "Avslutat sedan vandringen"
    assert (tab.closed.count(), tab.still_open.count()) == (5, 3)  # the demo's
    for listed in (tab.closed, tab.still_open):
        assert _rows_in_sight(listed) == listed.count(), listed.objectName()
        assert listed.verticalScrollBar().maximum() == 0, listed.objectName()
