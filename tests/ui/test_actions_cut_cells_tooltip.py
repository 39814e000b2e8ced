"""Åtgärder at 1100 px: a responsible or a priority area cut short with "…" reads whole when
the pointer rests on it, as an action's title and source do (those cells had no tooltip)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, drawn_lines
from tests.ui.openers import actions_with_rows
from tests.ui.tables import hover_tooltip
from tests.ui.windows import settle
from ui.context import AppContext

ROWS = 12  # those in view


def test_a_cut_responsible_and_priority_area_show_whole_on_hover(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    # (narrower than 1024 px: from there the list reads them whole, test_actions_open_list_whole)
    table = actions_with_rows(qtbot, demo_ctx, 960, 700).table
    settle(qtbot)
    for title in ("Ansvarig", "Prioriterat område"):
        column = column_of(table, title)
        cut = 0
        for row in range(ROWS):
            text = str(table.model().index(row, column).data() or "")
            shown = "".join(drawn_lines(table, title, row)) if text else ""
            expected = text if "…" in shown else ""  # a text shown whole needs no tooltip
            assert hover_tooltip(qtbot, table, row, column) == expected, (title, row)
            cut += bool(expected)
        assert cut >= 3, title  # "Östermalms stadsdelsför…", "Riktat arbete mot avgräns…"
