"""On a 1100 × 700 screen the last row of tiles lies below the edge: Page Down in the field shows
it and Page Up goes back, the cursor staying in the field for the next scan (the tiles did not
scroll from the keyboard at all)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui import key_guide
from ui.context import AppContext
from ui.reception.window import ReceptionWindow


def _whole(window: ReceptionWindow, code: str) -> bool:
    tile = window.tiles.tile(code)
    area = window.findChild(QScrollArea)
    assert area is not None
    viewport = area.viewport()
    return viewport.rect().contains(QRect(tile.mapTo(viewport, QPoint(0, 0)), tile.size()))


def test_page_down_shows_the_tiles_below_the_edge(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1100, 700)
    window.activateWindow()
    qtbot.waitUntil(window.input.hasFocus)
    for typed in ("LARM-03", "lp"):  # a lending: its message above the tiles
        enter_at_desk(qtbot, window, typed)
    area = window.findChild(QScrollArea)
    assert area is not None
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert not _whole(window, "LARM-14")  # out on a home loan, under the edge

    qtbot.keyClick(window.input, Qt.Key.Key_PageDown)
    assert _whole(window, "LARM-14")
    assert window.input.hasFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_PageUp)
    assert _whole(window, "LARM-01")
    help_line = window.findChild(QLabel, "help")
    assert help_line is not None
    assert f"{key_guide.RECEPTION_TILES.text()}: fler larm" in help_line.text()
    window.close()
