"""The Actions list at 1280 × 800 cut who answers for an action ("Peter Nyström · Östermalms
stadsde…"): in two-line rows the title now gives way so every responsible of the demo reads
whole, and the origin still shows its kind and date whole."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, drawn_lines
from tests.ui.openers import actions_with_rows
from tests.ui.tables import column_texts
from ui.context import AppContext


def test_the_responsibles_read_whole_at_1280(qtbot: QtBot, demo_ctx: AppContext) -> None:
    table = actions_with_rows(qtbot, demo_ctx, 1280, 800).table
    qtbot.waitUntil(lambda: table.wordWrap())  # titles cut on one line: two-line rows
    assert cut_cells(table, "Ansvarig") == []
    for row, responsible in enumerate(column_texts(table, "Ansvarig")):
        assert " ".join(drawn_lines(table, "Ansvarig", row)) == responsible
    for row, source in enumerate(column_texts(table, "Ursprung")):
        kind_and_date = source.split(",")[0]  # "Möte 2026-09-03"
        assert " ".join(drawn_lines(table, "Ursprung", row)).startswith(kind_and_date), source
