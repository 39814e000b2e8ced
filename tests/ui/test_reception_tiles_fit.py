"""On a 1280 × 800 screen the reception shows all fourteen tiles whole, with a message after a
lending and the line naming a late unit above them: nothing to scroll to (the tiles do not
scroll from the keyboard). The late line and the print button had pushed the last row under the
edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_every_tile_is_seen_whole_on_a_laptop_screen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    for typed in ("LARM-03", "lp"):
        enter_at_desk(qtbot, window, typed)
    assert window.notice.isVisible() and window.late.isVisible()
    scroll = window.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: window.tiles.height() <= scroll.viewport().height())
    tiles = window.tiles.tiles()
    assert len(tiles) == 14
    shown = scroll.viewport().rect()
    for tile in tiles:
        place = QRect(tile.mapTo(scroll.viewport(), QPoint(0, 0)), tile.size())
        assert shown.contains(place), tile.code
    assert not scroll.verticalScrollBar().isVisible()
    window.close()
