"""A group's priority areas in the list, one to a line, each cut short with "…" where the list is
narrow (whole in the tooltip and in the details): at 1100 × 700 the wrapped areas made a row
nine lines tall. An area too long for its line takes a second one where it reads whole there,
so a group's three areas take at most four lines, most of them whole at 1366 × 768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, drawn_lines
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea

THREE_AREAS = "Lokal styrgrupp Östermalm"


def _row_of(table: QTableView, name: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


@pytest.mark.parametrize("size", [(1100, 700), (1366, 768)])
def test_a_groups_areas_take_a_line_each(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    table = area.page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    model = table.model()
    areas = column_of(table, "Prioriterade områden")
    row = _row_of(table, THREE_AREAS)
    text = str(model.index(row, areas).data())
    assert text.count("\n") == 2  # three areas, one to a line
    tooltip = model.index(row, areas).data(Qt.ItemDataRole.ToolTipRole)
    assert "Riktat arbete mot avgränsade platser och utsatta områden" in tooltip
    # Each row as tall as its areas and no taller: four lines (the long area on two, whole
    # there), not nine.
    spacing = table.fontMetrics().lineSpacing()
    one_line = table.verticalHeader().defaultSectionSize()
    padding = one_line - table.fontMetrics().height()
    drawn = len(drawn_lines(table, "Prioriterade områden", row))
    assert drawn <= 4
    assert drawn * spacing <= table.rowHeight(row) <= drawn * spacing + padding
    tallest = max(table.rowHeight(r) for r in range(model.rowCount()))
    assert tallest <= 4 * spacing + padding
    # Room for each area's first words ("Riktat arbete m…", not "Riktat …"), the names whole.
    assert table.columnWidth(areas) >= 110
    assert cut_cells(table, "Namn") == []
    if size[0] > 1300:  # room for most areas whole
        lines = [line for r in range(model.rowCount()) for line in _lines(table, r, areas)]
        metrics = table.fontMetrics()
        whole = [
            line
            for line in lines
            if metrics.horizontalAdvance(line) + 8 <= table.columnWidth(areas)
        ]
        assert len(whole) * 2 > len(lines)


def _lines(table: QTableView, row: int, column: int) -> list[str]:
    return [line for line in str(table.model().index(row, column).data() or "").split("\n") if line]
