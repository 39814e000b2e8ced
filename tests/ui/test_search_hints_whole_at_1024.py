"""Kontakter and Trygghetsvandringar at 1024 × 768, in the program's own style: their search
fields' hints were cut ("Sök namn, befattning, avdelning, …", "Sök plats, område, samling…").
The hints are short enough to read whole, and the field's tooltip names every field searched."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.widgets.list_page import ListPage

SEARCHED = {
    "contacts": "Söker i namn, befattning, avdelning, e-post och organisation",
    "walks": "Söker i plats, område, samlingsplats och syfte",
}


@pytest.mark.parametrize("key", sorted(SEARCHED))
def test_the_search_hint_reads_whole_at_1024(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    key: str,
) -> None:
    def look(window: MainWindow) -> tuple[str, int, int, str]:
        window.navigate(key)
        settle(qtbot)
        page = next(p for p in window.area(key).findChildren(ListPage) if p.isVisible())
        hint = page.search.placeholderText()
        width = page.search.fontMetrics().horizontalAdvance(hint)
        return hint, width, line_edit_text_room(page.search), page.search.toolTip()

    hint, width, room, tooltip = look_at_demo((1024, 768), look)
    assert width <= room, f"{hint!r} needs {width} px, has {room}"
    assert tooltip == SEARCHED[key]
