"""Larm → Larm at 1100 × 700 with a unit chosen: the list leaves the kind and the last test to the
pane beside it (which shows both) so the status and the borrower read whole. Before, the columns
read "Tillgäng…" and "David K…"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_status_and_borrower_read_whole_beside_a_chosen_unit(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1100, 700)
    table = area.units_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, "LARM-07")
    settle(qtbot)
    for title in ("Kod", "Status", "Låntagare", "Åter senast"):
        assert cut_cells(table, title) == [], title
    assert table.isColumnHidden(column_of(table, "Typ"))
    assert table.isColumnHidden(column_of(table, "Testat"))
    assert not table.horizontalScrollBar().isVisible()
