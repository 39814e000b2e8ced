"""A walk's observations at 1024 × 768 and 1440 × 900: "Var" gets its share of the room beside
"Vad ni såg", which took it all. A place stood on four lines, alone making its row tall, beside
a description on two ("Trappan ner / till McDonald's / (stopp 3)" ... at 95 px), and a stop
with "Var exakt" on five; a stop's number stood alone on a line ("(stopp" / "1)")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading, walk_records
from tests.ui.cell_room import CELL_MARGINS, cut_cells, wrapped_lines
from tests.ui.demo_walks import walk_at
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.observations_tab import ObservationsTab

WRAPPING = ["Var", "Ansvarig", "Vad ni såg"]  # the columns shown at 1024 whose texts wrap


def _observations(qtbot: QtBot, area: WalksArea, walk_id: int) -> ObservationsTab:
    area.open_walk(walk_id)
    view = area.view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.observations_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    return view.observations_tab


def _lines(tab: ObservationsTab) -> list[dict[str, list[str]]]:
    """Each row's wrapped texts, as they read, by the title of their column (those shown)."""
    table = tab.table
    model = table.model()
    rows = []
    for row in range(model.rowCount()):
        cells = {}
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            text = str(model.index(row, column).data())
            width = table.columnWidth(column) - CELL_MARGINS
            cells[title] = wrapped_lines(text, table.font(), width)
        rows.append(cells)
    return rows


def _place_alone_taller(tab: ObservationsTab) -> list[list[str]]:
    """The places whose lines make their row taller than the row's other texts do."""
    return [
        row["Var"]
        for row in _lines(tab)
        if len(row["Var"]) > max(len(lines) for title, lines in row.items() if title != "Var")
    ]


def test_no_place_makes_its_row_taller_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1024, 768)
    seen = 0
    for walk in demo_ctx.call(walk_reading.list_walks):
        if not walk.observation_count:
            continue
        tab = _observations(qtbot, area, walk.id)
        seen += 1
        assert _place_alone_taller(tab) == [], walk.place
        # a stop's number stays beside its word
        assert [r["Var"] for r in _lines(tab) if any(line[:1].isdigit() for line in r["Var"])] == []
        assert {title: cut_cells(tab.table, title) for title in WRAPPING} == dict.fromkeys(
            WRAPPING, []
        )
    assert seen >= 6


# At 1024 the room is the descriptions' too: a fourth line of the place rather than a
# seventh of another row's description (the rows fewest lines in all); it read on five.
# Four is the least there: on three the place needs 6 px more ("Vid den norra grinden" is
# 131 px of text, Var 133 px wide), which no column has to give: what was seen beside it
# takes a fifth line 4 px narrower, Ansvarig is as wide as "stadsdelsförvaltning", and
# Allvarlighet is squeezed below its title and sort arrow already (92 of 103 px); and its
# row is four lines tall by its description anyway.
@pytest.mark.parametrize(("width", "height", "most"), [(1024, 768, 4), (1440, 900, 3)])
def test_a_stop_with_where_exactly_reads_in_few_lines(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int, most: int
) -> None:
    walk_id = walk_at(demo_ctx, "Vasaparken", 2017)
    at_stop = next(
        row
        for row in demo_ctx.call(walk_records.list_observations, walk_id)
        if row.stop and not row.location
    )
    data = replace(at_stop.to_input(), location="Vid den norra grinden mot Banérgatan")
    demo_ctx.call(walk_records.update_observation, at_stop.id, data)
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, width, height)
    tab = _observations(qtbot, area, walk_id)

    place = next(row["Var"] for row in _lines(tab) if "Banérgatan" in " ".join(row["Var"]))
    assert len(place) <= most, place
