"""At 1440 × 900 the lists read whole where the window has room: a group's priority area that
misses its line by a word goes onto a second one, indented, rather than end in "…" ('Riktat
arbete mot avgränsade platser och utsatta områ…'); a plan's kind likewise ('Handlingsplan mot
våldsbejakande extre…')."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, drawn_lines, lines_of_column
from tests.ui.openers import area_in_window, crisis_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.two_lines import ITEM_INDENT

LONG_AREA = "Riktat arbete mot avgränsade platser och utsatta områden"
AREAS = "Prioriterade områden"


def _shot(widget: QWidget, name: str) -> None:
    """For looking at it: SAMVERKAN_SHOTS=dir saves the window as the test saw it."""
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, f"{name}.png"))


def _areas_as_drawn(table: QTableView, row: int) -> list[str]:
    """A group's areas as the list draws them, an area's second line (indented where the group
    has more areas) joined to it."""
    drawn = drawn_lines(table, AREAS, row)
    if "\n" not in str(table.model().index(row, column_of(table, AREAS)).data()):
        return [" ".join(drawn)]
    areas: list[str] = []
    for line in drawn:
        if line.startswith(ITEM_INDENT):
            areas[-1] += " " + line.removeprefix(ITEM_INDENT)
        else:
            areas.append(line)
    return areas


def test_a_groups_long_area_reads_whole_on_two_lines(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1440, 900)
    table = area.page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    _shot(table, "groups_1440")
    model = table.model()
    column = column_of(table, AREAS)
    spacing = table.fontMetrics().lineSpacing()
    long_rows = 0
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        if not text:
            continue
        # every area whole, in its order, the row tall enough for its lines
        assert _areas_as_drawn(table, row) == text.split("\n")
        assert table.rowHeight(row) >= len(drawn_lines(table, AREAS, row)) * spacing
        long_rows += LONG_AREA in text
    assert long_rows >= 5
    assert cut_cells(table, "Namn") == []
    assert not table.horizontalScrollBar().isVisible()


def test_a_plans_long_kind_reads_whole_on_two_lines(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1440, 900)
    table = area.plans_page.table
    settle(qtbot)
    _shot(table, "plans_1440")
    model = table.model()
    column = column_of(table, "Typ")
    kinds = [str(model.index(row, column).data()) for row in range(model.rowCount())]
    assert "Handlingsplan mot våldsbejakande extremism" in kinds
    # (the kind wraps between its words, as the name does: plan_register_widths)
    assert cut_cells(table, "Typ") == []
    assert max(lines_of_column(table, "Typ").values()) <= 2
    assert cut_cells(table, "Namn") == []
    assert table.horizontalScrollBar().maximum() == 0
