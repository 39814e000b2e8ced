"""How high a unit tile would be in each look, measured on hidden stand-ins rather than on the
tiles themselves: the look is then chosen anew at every layout (a lend, another desk's change)
and no tile is restyled unless the look changes. Trying each look on the fourteen tiles cost
some 30 ms, so a refresh started from the look it had and the tiles stayed a step too small."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.reception.tile_look import TileLook

if TYPE_CHECKING:
    from ui.reception.tiles import UnitTile

_CACHE_LIMIT = 2000  # heights kept: a desk's tiles in every look and width seen


class TileMeasure:
    """``make_tile``: a new tile, a child of the grid (its style sheet and font)."""

    def __init__(self, make_tile: Callable[[], UnitTile]) -> None:
        self._make_tile = make_tile
        # One stand-in per look and frame (selected, overdue): the frame and the bold due line
        # change the height, the colours do not.
        self._stand_ins: dict[tuple[TileLook, bool, bool], UnitTile] = {}
        self._heights: dict[tuple[object, ...], int] = {}

    def height(self, tile: UnitTile, look: TileLook, width: int) -> int:
        """``tile`` as high as its lines need at ``width`` in ``look``."""
        shown = tile.shown
        if shown is None:
            return 0
        row, selected, note = shown
        key = (look, width, tile.signature())
        height = self._heights.get(key)
        if height is None:
            stand_in = self._stand_in(look, selected, row.overdue)
            stand_in.set_unit(row, selected, note)
            height = stand_in.height_for(width)
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return height

    def _stand_in(self, look: TileLook, selected: bool, overdue: bool) -> UnitTile:
        key = (look, selected, overdue)
        stand_in = self._stand_ins.get(key)
        if stand_in is None:
            stand_in = self._make_tile()
            stand_in.hide()
            stand_in.keep_style = True  # its first colours: they do not change the height
            stand_in.set_look(look)
            self._stand_ins[key] = stand_in
        return stand_in

    def forget(self) -> None:
        """The type changed (a style sheet): measure anew."""
        self._heights.clear()
