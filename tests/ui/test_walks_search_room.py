"""Trygghetsvandringar at 900 × 700 with a walk chosen: the year, step and place filters beside
the search left it 40 px, "Sök…" of its hint "Sök plats eller område …", and no room to read
what is typed. As in Grupper och möten, the search has its row and the filters go under it,
wrapping where the list is narrow; every filter reads its choice whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import combo_text_whole, line_edit_text_room
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


@pytest.mark.parametrize("size", [(1024, 768), (900, 700)])
def test_the_search_reads_its_hint_beside_a_chosen_walk(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[int, int, list[str], int]:
        window.navigate("walks")
        area = window.area("walks")
        assert isinstance(area, WalksArea)
        page = area.walks_page
        settle(qtbot)
        click_row(qtbot, page.table, "2021-09-23 (v. 38)")
        settle(qtbot)
        search = page.search
        hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
        combos = (page.year_filter, page.status_filter, page.place_filter)
        cut = [c.currentText() for c in combos if not combo_text_whole(c)]
        return line_edit_text_room(search), hint, cut, window.width()

    room, hint, cut, width = look_at_demo(size, look)
    assert room >= hint
    assert cut == []
    assert width == size[0]  # the window no wider than the screen
