"""The reception on a 1100 × 700 screen, a unit chosen: no empty white strip under the field
before letters are typed, and all fourteen tiles whole, the three rows as high as their lines
need (124 px each, mostly empty, had cut the third row). The line saying the letters fit nobody
then takes its room without pushing the window past the screen's foot."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from tests.ui.windows import settle
from ui.context import AppContext
from ui.reception.window import ReceptionWindow


def _all_tiles_whole(window: ReceptionWindow) -> None:
    viewport = window.tile_area.viewport()
    tiles = window.tiles.tiles()
    assert len(tiles) == 14
    for tile in tiles:
        place = QRect(tile.mapTo(viewport, QPoint(0, 0)), tile.size())
        assert viewport.rect().contains(place), tile.code
    assert not window.tile_area.verticalScrollBar().isVisible()


def test_a_chosen_unit_leaves_every_tile_in_view(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1100, 700)
    enter_at_desk(qtbot, window, "LARM-03")
    settle(qtbot)
    assert window.unit is not None and window.borrowers.height() == 0  # no empty strip
    _all_tiles_whole(window)

    type_text(qtbot, window.input, "xq")
    settle(qtbot)
    assert window.borrowers.count() == 1 and window.borrowers.height() > 0
    assert window.height() == 700  # the window stays on the screen (shown again, it grew)
    window.close()
