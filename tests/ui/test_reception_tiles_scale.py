"""The reception desk in the program's own style on a 1024 × 768 screen: all fourteen demo units
in sight without scrolling, the tiles a little smaller (the last row was half under the edge,
PgDown needed to see LARM-13 and LARM-14); the code and the borrower still large enough to read
at arm's length; a desk of sixteen fits too. From 1280 × 800 up the tiles keep their full
size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from samverkan_desktop.db import open_database
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot
from ui.reception.window import ReceptionWindow

FULL_CODE_PX = 26  # the code's size on a tile where there is room


def _look_at_desk(
    look_at_demo_desk: LookAt[ReceptionWindow], size: tuple[int, int]
) -> dict[str, object]:
    def look(desk: ReceptionWindow) -> dict[str, object]:
        seen: dict[str, object] = {}
        keep_shot(desk, f"reception-{size[0]}x{size[1]}")
        viewport = desk.tile_area.viewport()
        tiles = desk.tiles.tiles()
        seen["tiles"] = len(tiles)
        seen["out of sight"] = [
            tile.code
            for tile in tiles
            if not viewport.rect().contains(QRect(tile.mapTo(viewport, QPoint(0, 0)), tile.size()))
        ]
        seen["scroll bar"] = desk.tile_area.verticalScrollBar().isVisible()
        seen["code px"] = min(t.code_label.font().pixelSize() for t in tiles)
        lent = desk.tiles.tile("LARM-07")  # late: its borrower on the tile
        seen["borrower"] = lent.borrower_label.text()
        seen["borrower px"] = lent.borrower_label.font().pixelSize()
        return seen

    return look_at_demo_desk(size, look)


@pytest.mark.parametrize("units", [14, 16])
def test_every_unit_in_sight_at_1024_by_768(
    look_at_demo_desk: LookAt[ReceptionWindow],
    sqlite_url: str,
    units: int,
) -> None:
    db = open_database(sqlite_url)
    for number in range(15, units + 1):  # the demo's fourteen, and more
        db.call(alarms.create_unit, alarms.UnitInput(f"LARM-{number}", UnitKind.HOME_VISIT))
    db.dispose()
    seen = _look_at_desk(look_at_demo_desk, (1024, 768))
    assert seen["tiles"] == units
    assert seen["out of sight"] == []
    assert seen["scroll bar"] is False
    assert seen["code px"] >= 20  # type: ignore[operator]
    assert seen["borrower"] == "David Karlsson"
    assert seen["borrower px"] >= 14  # type: ignore[operator]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_larger_screens_keep_the_full_tiles(
    look_at_demo_desk: LookAt[ReceptionWindow],
    size: tuple[int, int],
) -> None:
    seen = _look_at_desk(look_at_demo_desk, size)
    assert seen["out of sight"] == []
    assert seen["code px"] == FULL_CODE_PX
