"""The plans register at a laptop's width: a kind column too narrow to show a word of the kind
is left out and its room goes to the names. At 1024 × 768 it read "Risk…", "Krisl…", "Syst…"
beside names broken over three lines; wider, the kind shows again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of
from tests.ui.openers import crisis_tab
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext

LEAST_SHOWN = 10  # characters of a kind before its "…" that still say something


def kinds_as_shown(table) -> list[str]:  # type: ignore[no-untyped-def]
    """The kinds as the cells draw them, cut with "…" to the column's width."""
    kind = column_of(table, "Typ")
    model = table.model()
    room = table.columnWidth(kind) - CELL_MARGINS
    metrics = table.fontMetrics()
    return [
        metrics.elidedText(str(model.index(row, kind).data()), Qt.TextElideMode.ElideRight, room)
        for row in range(model.rowCount())
    ]


def test_no_kind_reads_as_a_stub(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1024, 768)
    table = area.plans_page.table
    keep_shot(area.plans_page, "plans-register-1024")
    kind = column_of(table, "Typ")
    if not table.isColumnHidden(kind):
        stubs = [text for text in kinds_as_shown(table) if len(text.rstrip("…")) < LEAST_SHOWN]
        assert stubs == []
    assert table.verticalScrollBar().maximum() == 0  # every plan in sight
    # wider, the kinds are there again, most of them whole or nearly
    window.resize(1280, 800)
    settle(qtbot)
    assert not table.isColumnHidden(kind)
    assert "Krisledningsplan" in kinds_as_shown(table)
