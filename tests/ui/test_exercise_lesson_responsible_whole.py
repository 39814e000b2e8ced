"""Who is responsible for a lesson's action reads whole in the Lessons tab, as the lesson and its
action beside it do: "Anna Berglund · Östermalms stadsdelsförv…" was cut on one line (the
person and the organisation both named), on a laptop and at 1366 px alike, and said no more on
hover; on a wide screen it takes two lines, not three in a narrow column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, lines_of_column
from tests.ui.record_tabs import exercise_tab
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1440, 900)])
def test_the_responsible_reads_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    table = exercise_tab(qtbot, demo_ctx, "lessons_tab", *size).lessons_tab.table
    model = table.model()
    column = column_of(table, "Ansvarig")
    responsible = [str(model.index(r, column).data()) for r in range(model.rowCount())]
    assert any("·" in text for text in responsible), responsible  # a person and an organisation
    assert cut_cells(table, "Ansvarig") == []
    tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == responsible[0]
    if size[0] >= 1440:  # with room, on two lines: the person, then the organisation
        assert max(lines_of_column(table, "Ansvarig").values()) <= 2
