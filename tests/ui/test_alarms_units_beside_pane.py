"""Larm → Larm at 1100 × 700 and 1024 × 768 with a unit chosen: the list leaves the kind and the
last charge to the pane beside it (which shows both) so the status and the borrower read whole;
before, the columns read "Tillgäng…" and "David K…". The last test stays, with its orange mark
of a test due (it went too, the mark out of sight)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1100, 700), (1024, 768)])
def test_status_and_borrower_read_whole_beside_a_chosen_unit(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, *size)
    table = area.units_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, "LARM-07")
    settle(qtbot)
    for title in ("Kod", "Status", "Låntagare", "Åter senast", "Testat"):
        assert not table.isColumnHidden(column_of(table, title)), title
        assert cut_cells(table, title) == [], title
    assert table.isColumnHidden(column_of(table, "Typ"))
    assert table.isColumnHidden(column_of(table, "Laddat"))
    assert not table.horizontalScrollBar().isVisible()
