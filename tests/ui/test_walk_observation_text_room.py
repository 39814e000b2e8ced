"""A walk's observations at a laptop's size, in the program's own style: what was seen, the text
read, had about 120 px at 1024 × 768 and wrapped to eight lines while the place and the severity
beside it had room over their widest words. It now takes that room (Column.takes_spare_room on
the last column): the widest column, each observation on at most five lines, every row in sight
without scrolling; the other columns keep their words and titles whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services.walk_records import ObservationRow
from tests.ui.cell_room import cut_cells
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.own_style import LookAt
from tests.ui.windows import area_of, keep_shot, settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.lines_room import line_count
from ui.widgets.list_table import text_margin
from ui.widgets.record_table import RecordTable

SEEN = 5  # "Vad ni såg", the last column


def shown_columns(table: RecordTable[ObservationRow]) -> dict[str, int]:
    """The columns in sight, each title with its width."""
    model = table.model()
    return {
        str(model.headerData(c, Qt.Orientation.Horizontal)): table.columnWidth(c)
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    }


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_what_was_seen_gets_the_room_the_other_columns_spare(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("walks")
        area = area_of(window, "walks", WalksArea)
        area.open_walk(tessinparken(window.ctx))
        view = area.view
        click_tab(qtbot, view.tabs, view.observations_tab)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        table = view.observations_tab.table
        keep_shot(view, f"walk-observations-{size[0]}")
        room = table.columnWidth(SEEN) - text_margin(table)  # as the style lays it out
        lines = [line_count(row.description, table.font(), room) for row in table.rows_model.rows()]
        last = table.rowViewportPosition(table.model().rowCount() - 1)
        return {
            "columns": shown_columns(table),
            "lines": max(lines),
            "all rows in sight": last + table.rowHeight(table.model().rowCount() - 1)
            <= table.viewport().height(),
            "cut": {title: cut_cells(table, title) for title in shown_columns(table)},
        }

    seen = look_at_demo(size, look)
    columns = seen["columns"]
    assert isinstance(columns, dict)
    assert max(columns, key=columns.__getitem__) == "Vad ni såg", columns
    lines, cut = seen["lines"], seen["cut"]
    assert isinstance(lines, int) and lines <= SEEN, seen
    assert seen["all rows in sight"], seen
    assert isinstance(cut, dict) and all(cells == [] for cells in cut.values()), seen
