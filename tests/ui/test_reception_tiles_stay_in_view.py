"""Reception on a 1100 × 700 screen with six borrowers listed under the name typed, a message
from the last return and the backup warning above: less than a row of unit tiles was left on
the screen. The borrower list now gives way (↑ ↓ scroll the chosen borrower into view) and a full
row of tiles stays; on a 1280 × 800 screen every tile shows and most of the borrowers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from tests.ui.windows import settle
from ui.context import AppContext
from ui.reception.window import ReceptionWindow


def _six_borrowers(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, width: int, height: int
) -> ReceptionWindow:
    window = open_reception(qtbot, ctx, modals, width, height)
    window.warning.show_warning("Dagens säkerhetskopia misslyckades.")
    window.notice.show_message("LARM-03 återlämnat av Anna Berglund. Tack!", undo=lambda: None)
    unit = next(u for u in window.units if u.status is UnitStatus.AVAILABLE)
    window.use_code(unit.code)
    qtbot.keyClicks(window.input, "a")
    qtbot.waitUntil(lambda: window.borrowers.count() == 6)
    return window


def _first_row_whole(window: ReceptionWindow) -> bool:
    viewport = window.tile_area.viewport()
    tiles = window.tiles.tiles()
    row = [t for t in tiles if t.y() == tiles[0].y()]
    return all(
        t.mapTo(viewport, QPoint(0, t.height())).y() <= viewport.height() and t.visibleRegion()
        for t in row
    )


def test_a_small_screen_keeps_a_row_of_tiles(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = _six_borrowers(qtbot, demo_ctx, modals, 1100, 700)
    borrowers = window.borrowers
    qtbot.waitUntil(lambda: borrowers.height() > borrowers.minimumHeight())  # settled
    assert _first_row_whole(window)
    # The tiles as high as their lines (test_reception_fits_1100): the six now fit here too.
    assert borrowers.visualItemRect(borrowers.item(5)).bottom() <= borrowers.viewport().height()
    for _step in range(5):  # ↓ to the last of the six: it scrolls into view
        qtbot.keyClick(window.input, Qt.Key.Key_Down)
    assert borrowers.current_match() == borrowers.matches()[5]
    last = borrowers.visualItemRect(borrowers.item(5))
    assert last.top() >= 0 and last.bottom() <= borrowers.viewport().height()
    window.close()


def test_a_larger_screen_shows_every_tile_and_most_borrowers(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """At 1280 × 800 the list gives way to the tiles (test_reception_tiles_room): every tile
    in sight, three borrowers whole or more, ↓ brings the sixth (the smallest tiles keep the
    six columns of the width, test_reception_tiles_stay: a row more than in eight columns)."""
    window = _six_borrowers(qtbot, demo_ctx, modals, 1280, 800)
    settle(qtbot)
    viewport = window.tile_area.viewport()
    assert all(
        viewport.rect().contains(QRect(t.mapTo(viewport, QPoint(0, 0)), t.size()))
        for t in window.tiles.tiles()
    )
    borrowers = window.borrowers
    whole = [
        row
        for row in range(6)
        if borrowers.visualItemRect(borrowers.item(row)).bottom() <= borrowers.viewport().height()
    ]
    assert len(whole) >= 3
    for _step in range(5):
        qtbot.keyClick(window.input, Qt.Key.Key_Down)
    last = borrowers.visualItemRect(borrowers.item(5))
    assert last.top() >= 0 and last.bottom() <= borrowers.viewport().height()
    window.close()
