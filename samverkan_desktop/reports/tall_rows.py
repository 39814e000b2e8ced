"""A table whose row is taller than a whole page (40 names under "Närvaro ej noterad", a
3000-character text in a cell) splits inside that row instead of failing the printout
("LayoutError: … too large on page 2"). Every other row still moves whole to the next page:
a row of a few lines cut in two reads badly."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table

# The least height of either part of a split row: about three lines of a cell.
MIN_ROW_PART = 36  # points


class TallRowTable(Table):
    """A Table that splits between rows as ReportLab does, and inside the first row still to
    place only when that row is taller than a whole page (less ``room_taken`` above it: a
    caption over its part on a next page)."""

    room_taken = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or not self._first_row_too_tall():
            return parts
        self.splitInRow = MIN_ROW_PART
        kept_rows = getattr(self, "_rowSplitRange", None)
        self._rowSplitRange = None  # a row taller than a page splits whatever rows are kept
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0
            self._rowSplitRange = kept_rows
        for part in parts:
            part.splitInRow = 0
        return parts

    def _first_row_too_tall(self) -> bool:
        from samverkan_desktop.reports.style import FRAME_HEIGHT  # style imports this module

        heights: Any = getattr(self, "_rowHeights", None)
        first = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if not heights or len(heights) <= first:
            return False
        header = sum(heights[:first])
        return bool(heights[first] > FRAME_HEIGHT - self.room_taken - header)
