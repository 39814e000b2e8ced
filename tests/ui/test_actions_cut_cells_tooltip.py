"""Åtgärder: a responsible or a priority area cut short with "…" reads whole when the pointer
rests on it, as an action's title and source do (those cells had no tooltip). At 1100 px beside
a chosen action's pane the priority areas are cut; who answers reads whole there, and from 900
px with no action chosen (test_actions_at_900), so a text shown whole has no tooltip."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.openers import actions_with_rows, choose_action
from tests.ui.tables import column_texts, hover_tooltip
from tests.ui.test_actions_titles_up_to_three_lines import drawn_lines
from tests.ui.windows import settle
from ui.context import AppContext

ROWS = 12  # those in view


def test_a_cut_responsible_and_priority_area_show_whole_on_hover(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1100, 700)
    choose_action(qtbot, area, column_texts(area.table, "Åtgärd")[0])
    table = area.table
    settle(qtbot)
    cuts = {}
    for title in ("Ansvarig", "Prioriterat område"):
        column = column_of(table, title)
        cut = 0
        for row in range(ROWS):
            text = str(table.model().index(row, column).data() or "")
            shown = "".join(drawn_lines(table, title, row)) if text else ""
            expected = text if "…" in shown else ""  # a text shown whole needs no tooltip
            assert hover_tooltip(qtbot, table, row, column) == expected, (title, row)
            cut += bool(expected)
        cuts[title] = cut
    assert cuts["Prioriterat område"] >= 3, cuts  # "Riktat arbete mot avgräns…"
