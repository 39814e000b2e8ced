"""Larm → Larm in the program's own style at 1024 × 768, 1280 × 800 and 1440 × 900, with and
without a unit chosen: the room the list has over its columns goes to the borrowers' names, not
to the charging date at the end. At 1280 px "Laddat" stretched over 350 px for "2026-12-04"
beside "Låntagare" at 140 px."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, cut_cells
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow

SIZES = [(1024, 768), (1280, 800), (1440, 900)]
BORROWER_GIVEN = 140  # the borrowers' width before any room is shared


@pytest.mark.parametrize("chosen", [False, True], ids=["none chosen", "a unit chosen"])
@pytest.mark.parametrize("size", SIZES, ids=[str(w) for w, _h in SIZES])
def test_the_spare_room_goes_to_the_borrowers_not_the_charging_date(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int], chosen: bool
) -> None:
    def look(window: MainWindow) -> None:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        click_tab(qtbot, area.tabs, area.units_page)
        table = area.units_page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
        if chosen:
            click_row(qtbot, table, "LARM-07")
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"units-spare-room-{size[0]}-{'chosen' if chosen else 'none'}")
        if chosen:
            assert area.units_page.detail.title.text() == "LARM-07"
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        dates = [text for text in column_texts(table, "Laddat") if text]
        title = header.fontMetrics().horizontalAdvance("Laddat")
        # the most the charging dates may take: their widest date or their title beside the
        # sort arrow, and no less than a column's usual width
        charged_room = max(
            header.defaultSectionSize(),
            max(metrics.horizontalAdvance(date) for date in dates) + CELL_MARGINS + 2,
            table.header_room(title),
        )
        charged = table.columnWidth(column_of(table, "Laddat"))
        assert charged <= charged_room  # 350 px at 1280 before
        assert table.viewport().width() - header.length() <= 0  # the room went to someone
        assert table.horizontalScrollBar().maximum() == 0
        assert cut_cells(table, "Låntagare") == []
        if not table.isColumnHidden(column_of(table, "Laddat")):  # (beside the pane it may go)
            assert cut_cells(table, "Laddat") == []
        if not chosen and size[0] >= 1280:  # a wide list: the names have the room
            assert table.columnWidth(column_of(table, "Låntagare")) > 2 * BORROWER_GIVEN

    look_at_demo(size, look)
