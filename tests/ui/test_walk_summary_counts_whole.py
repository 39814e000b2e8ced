"""A walk chosen in the list of walks, on a laptop's screen in the program's own style: its
summary beside the list broke "11 deltagare på listan · 11" / "boende", the residents' count
alone at a line's end, away from its word. Each count now stays with the word after it, and a
" · " ends a line rather than starts one."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


@pytest.mark.parametrize("size", [(1024, 768), (900, 700)])
def test_no_count_is_torn_from_its_word(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("walks")
        area = window.area("walks")
        assert isinstance(area, WalksArea)
        page = area.walks_page
        settle(qtbot)
        click_row(qtbot, page.table, "2021-09-23 (v. 38)")  # Tessinparken: 11 residents
        settle(qtbot)
        return wrapped_lines(page.summary.body)

    lines = look_at_demo(size, look)
    assert any("11 boende" in line for line in lines), lines
    # A line ending in a count ("… · 11"), not in a time ("kl. 19.30").
    assert [line for line in lines if re.search(r"(?:^|\s)\d+$", line)] == []
    assert [line for line in lines if line.startswith("·")] == []
