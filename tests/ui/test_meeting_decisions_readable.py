"""A decision is read whole in the Decisions tab: a long one takes the lines it needs (it was
cut after two lines with "…", at a laptop's 1100x700 in the middle of its sentence)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agenda
from tests.ui.openers import calendar_window, open_meeting
from tests.ui.tables import row_texts
from ui.context import AppContext

LONG = (
    "Styrgruppen beslutar att ge beredningsgruppen i uppdrag att ta fram ett förslag till"
    " reviderad samverkansöverenskommelse med polisen, inklusive bilagor om lägesbild,"
    " struktur och handlingsplan, till styrgruppens möte i juni 2027."
)


def test_a_long_decision_takes_the_lines_it_needs(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    meeting_id = area.rows[0].id
    demo_ctx.call(agenda.add_decision, meeting_id, LONG)
    editor = open_meeting(qtbot, area, meeting_id, "decisions_tab")
    QApplication.processEvents()
    table = editor.decisions_tab.table
    row = next(n for n, d in enumerate(table.rows()) if d.text == LONG)
    metrics = table.fontMetrics()
    lines = -(-metrics.horizontalAdvance(LONG) // table.columnWidth(2))  # at least this many
    assert lines >= 3
    assert table.rowHeight(row) >= lines * metrics.lineSpacing()


def test_a_decision_under_no_agenda_item_says_so(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """The "Dagordningspunkt" cell of a decision under no item was empty, as if something was
    missing: it reads "–", and its tooltip says why."""
    _window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    meeting_id = area.rows[0].id
    demo_ctx.call(agenda.add_decision, meeting_id, "Nästa möte hålls digitalt.")
    editor = open_meeting(qtbot, area, meeting_id, "decisions_tab")
    table = editor.decisions_tab.table
    number = str(len(table.rows()))  # the last one
    assert row_texts(table, number)["Beslut"] == "Nästa möte hålls digitalt."
    assert row_texts(table, number)["Dagordningspunkt"] == "–"
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    tooltip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Inte kopplat till någon punkt på dagordningen"
