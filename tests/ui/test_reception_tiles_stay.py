"""The reception's unit tiles stay where they are when a unit comes back (the green line, the
returned tile's lines gone) and when Ctrl+Z takes the return back: at 1024 × 768 the columns
were chosen with the tiles' size, the tiles went from five columns to four and back, and a
receptionist who finds a unit by its place lost it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGridLayout
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from tests.ui.clicks import type_text
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.reception.loan_texts import is_home_loan
from ui.reception.window import ReceptionWindow

Places = dict[str, tuple[int, int, int]]  # code: column, row, left edge on the desk


def _places(desk: ReceptionWindow) -> Places:
    grid = desk.tiles.layout()
    assert isinstance(grid, QGridLayout)
    places = {}
    for tile in desk.tiles.tiles():
        position = grid.getItemPosition(grid.indexOf(tile))  # typed as an object
        row, column, _rows, _columns = cast(tuple[int, int, int, int], position)
        places[tile.code] = (column, row, tile.mapTo(desk, QPoint(0, 0)).x())
    return places


def test_the_tiles_keep_their_places_through_a_return_and_its_undo(
    qtbot: QtBot, look_at_demo_desk: LookAt[ReceptionWindow]
) -> None:
    def look(desk: ReceptionWindow) -> dict[str, object]:
        seen: dict[str, object] = {"before": _places(desk)}
        lent = next(unit for unit in desk.units if unit.code == "LARM-07")  # late, lent
        assert lent.status is UnitStatus.ON_LOAN and not is_home_loan(lent)
        qtbot.mouseClick(desk.input, Qt.MouseButton.LeftButton)
        type_text(qtbot, desk.input, lent.code)
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)  # out: taken back at once
        settle(qtbot)
        qtbot.wait(50)
        keep_shot(desk, "reception-1024x768-returned")
        seen["notice"] = (desk.notice.isVisible(), desk.notice.can_undo())
        seen["returned"] = _places(desk)
        qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot)
        qtbot.wait(50)
        seen["undone"] = _places(desk)
        seen["lent again"] = next(u for u in desk.units if u.id == lent.id).status
        return seen

    seen = look_at_demo_desk((1024, 768), look)
    assert seen["notice"] == (True, True)  # the green line, Undo offered
    assert seen["lent again"] is UnitStatus.ON_LOAN
    columns = {column for column, _row, _x in seen["before"].values()}  # type: ignore[attr-defined]
    assert len(columns) == 5  # the fourteen at 1024 × 768, smaller, in five columns
    assert seen["returned"] == seen["before"]
    assert seen["undone"] == seen["before"]
