"""The exercises list at a laptop's size shows each exercise's title whole: beside the numbers'
wide columns it was cut to "Utrymningsövning Gar…" and "Övning för krisledning…", the one text a
coordinator scans the list for. Title, type and date now wrap onto more lines instead."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import crisis_tab
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_every_title_type_and_date_shows_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack", *size)
    table = area.exercises_page.table
    assert table.model().rowCount() == 4
    for title in ("När", "Övning", "Typ"):
        assert cut_cells(table, title) == [], title
