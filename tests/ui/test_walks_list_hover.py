"""The walks list at a laptop's size cuts a long place and status ("Klarakvarteren (Vas…",
"Avslutande …"); hovering such a cell now shows it whole, as the observations' cells do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea


def _hover(qtbot: QtBot, table: QTableView, row: int, column: int) -> str:
    """The tooltip the cell shows when the pointer rests on it."""
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseMove(table.viewport(), rect.center())
    pos = table.viewport().mapToGlobal(rect.center())
    QToolTip.hideText()
    QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(), pos))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    return QToolTip.text()


def test_a_cut_place_or_status_shows_whole_on_hover(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    table = area.walks_page.table
    settle(qtbot)
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    place, status = titles.index("Plats"), titles.index("Status")
    rows = [table.model().index(r, place).data() for r in range(table.model().rowCount())]
    klara = next(i for i, text in enumerate(rows) if text.startswith("Klarakvarteren"))
    place_text = table.model().index(klara, place).data()
    status_text = table.model().index(klara, status).data()
    # Cut at this size: the width the column has is less than the text needs.
    assert table.columnWidth(place) < table.fontMetrics().horizontalAdvance(place_text)
    assert table.columnWidth(status) < table.fontMetrics().horizontalAdvance(status_text)
    assert _hover(qtbot, table, klara, place) == "Klarakvarteren (Vasagatan–Mäster Samuelsgatan)"
    assert _hover(qtbot, table, klara, status) == "Avslutande möte hållet"
    QToolTip.hideText()
