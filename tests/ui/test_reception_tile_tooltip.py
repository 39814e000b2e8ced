"""A unit tile whose lines run past its foot (a small look on a small screen: the borrower, the
due time and a test reminder) has what it says whole in its tooltip; a tile whose lines fit has
none."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarms
from ui.context import AppContext
from ui.reception.tile_look import LOOKS
from ui.reception.tiles import UnitTile


def test_a_cut_tile_says_it_all_in_its_tooltip(qtbot: QtBot, demo_ctx: AppContext) -> None:
    late = next(u for u in demo_ctx.call(alarms.list_units) if u.code == "LARM-07")
    tile = UnitTile()
    qtbot.addWidget(tile)
    tile.set_look(LOOKS[-1])
    tile.set_unit(late, False, "Dags för funktionstest sedan 2026-11-01")
    tile.resize(130, tile.maximumHeight())
    tile.show()
    qtbot.waitUntil(lambda: tile.width() == 130)
    assert tile._lines.totalHeightForWidth(130) > tile.height()  # the lines run past its foot
    assert tile.toolTip() == tile.text()
    assert "David Karlsson" in tile.toolTip()

    tile.resize(400, tile.maximumHeight())
    qtbot.waitUntil(lambda: tile.width() == 400)
    assert tile.toolTip() == ""
