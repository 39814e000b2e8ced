"""A place's priorities wrap a long reason onto more lines with no sideways scroll bar under
them: the bar took a line of the small box though nothing was hidden sideways."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_a_long_priority_reason_wraps_without_a_scroll_bar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.tabs.setCurrentWidget(area.places_page)
    page = area.places_page
    page.table.selectRow(0)  # Gyllenstiernsgatan, prioritised 2026 and 2021
    pane = page.detail
    qtbot.waitUntil(lambda: pane.priorities.count() == 2)
    assert "lägesbilden" in pane.priorities.item(1).text()  # the long 2021 reason
    area.resize(1100, 700)  # a laptop's window: the pane narrower, the reason on more lines
    settle(qtbot)  # laid out again, a bar included had it come
    assert not pane.priorities.horizontalScrollBar().isVisible()
