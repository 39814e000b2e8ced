"""Kris → Krisorganisation at 1100 × 700: every role's deputies read as names, each whole on a
line, and five roles show without scrolling. The deputies' column, the last, had been cut to its
widest word (68 px) beside the primaries' column kept at its given 150 px: "Per / Almgren" on
two lines, each row twice as tall, and only four of the roles in view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, cut_cells
from tests.ui.openers import crisis_tab
from ui.context import AppContext


def test_each_deputy_reads_whole_on_a_line(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page", 1100, 700)
    roles = area.org_page.roles
    model = roles.model()
    deputies = column_of(roles, "Ersättare")
    room = roles.columnWidth(deputies) - CELL_MARGINS
    names = [
        name
        for row in range(model.rowCount())
        for name in str(model.index(row, deputies).data() or "").split(", ")
        if name
    ]
    assert "Per Almgren" in names and "Helena Wikström" in names
    too_wide = [n for n in names if roles.fontMetrics().horizontalAdvance(n) > room]
    assert too_wide == []  # no name broken between its first name and its surname
    assert cut_cells(roles, "Ersättare") == []
    assert cut_cells(roles, "Ordinarie") == []
    in_view = [
        row
        for row in range(model.rowCount())
        if roles.rowViewportPosition(row) + roles.rowHeight(row) <= roles.viewport().height()
    ]
    assert len(in_view) >= 5
