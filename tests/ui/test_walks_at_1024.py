"""The safety walks on a 1024 × 768 screen read their places whole, with or without a walk
chosen: beside the summary pane the place was broken inside its words in a 56 px column
("Gyllens-tiernsg-atan", "Klarak-vart-eren"). The format and the observations' count (the
summary says both) give way to it first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_each_place_reads_whole_beside_the_summary(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    table = area.walks_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert cut_cells(table, "Plats") == []
    click_row(qtbot, table, column_texts(table, "Datum")[0])
    settle(qtbot)
    assert area.walks_page.current_row() is not None
    assert {title: cut_cells(table, title) for title in ("Plats", "Område", "Status")} == {
        "Plats": [],
        "Område": [],
        "Status": [],
    }
