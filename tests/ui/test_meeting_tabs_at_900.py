"""A meeting opened from Kalender in a window 900 px wide, in the program's own style: its five
tabs ran past the window's edge, "Åtgärder (2 nya, 1 öppen sedan tidigare)" cut behind the tab
bar's scroll arrows. Now every tab stands whole in the bar, its text whole (the longest on two
lines)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.openers import meeting_with_earlier_actions
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow


@pytest.mark.moment("2026-12-05T17:30")  # December's meeting with actions from earlier ones
@pytest.mark.parametrize("size", [(900, 700), (1024, 768), (1440, 900)], ids=str)
def test_a_meeting_s_tabs_stand_whole_in_its_tab_bar(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, Any]:
        editor = meeting_with_earlier_actions(qtbot, window)
        settle(qtbot)
        keep_shot(window, f"meeting_tabs_{size[0]}")
        bar = editor.tabs.tabBar()
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        return {
            "texts": [bar.tabText(i) for i in range(bar.count())],
            "inside": [bar.tabRect(i).right() < bar.width() for i in range(bar.count())],
            "bar inside": bar.mapTo(window, bar.rect().topRight()).x() < window.width(),
            "scroll arrows": len(arrows),
            "width": window.width(),
        }

    seen = look_at_demo(size, look)
    assert seen["texts"][-1] == "Åtgärder (2 nya, 1 öppen sedan tidigare)", seen
    assert seen["scroll arrows"] == 0, seen
    assert all(seen["inside"]) and seen["bar inside"], seen
    assert seen["width"] == size[0]
