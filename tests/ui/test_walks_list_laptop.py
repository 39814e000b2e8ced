"""The walks list at a laptop's window (1100 × 700), beside the summary pane: a walk's place,
area, format and status break onto a second line rather than end in "…" (every row read
"Avslutande m…", "Stureplan/Öst…", "Norra Djurgår…"); at 1280 they stay on one line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_places_areas_and_statuses_read_whole_at_1100(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    table = area.walks_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 7)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert cut_cells(table, "Status") == []
    assert cut_cells(table, "Område") == []
    assert "Stureplan/Östermalmstorg" not in cut_cells(table, "Plats")
    one_line = table.verticalHeader().defaultSectionSize()
    assert max(table.rowHeight(row) for row in range(7)) > one_line  # some took two lines
