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
    """A Table that splits between rows as ReportLab does, and inside a row only when that
    row, the next to place, is taller than a whole page (less ``room_taken`` above it: a
    caption over its part on a next page): it starts where it is, under the rows before it
    (moved on, it left the page's foot empty and took the next page whole all the same)."""

    room_taken = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        row = self._next_row(parts)
        if row is None or not self._too_tall(row):
            return parts
        self.splitInRow = MIN_ROW_PART
        kept_rows = getattr(self, "_rowSplitRange", None)
        self._rowSplitRange = None  # a row taller than a page splits whatever rows are kept
        try:
            # Within the row that did not fit (the first, with no parts), or the rows as
            # split when too little of it fits.
            parts = self._split_in_row(row, availHeight) or parts
        finally:
            self.splitInRow = 0
            self._rowSplitRange = kept_rows
        for part in parts:
            part.splitInRow = 0
        return parts

    def _split_in_row(self, row: int, height: float) -> list[Flowable]:
        """``row`` split at ``height``; when that leaves less than MIN_ROW_PART of the table
        for the next page (a row only a line or two taller than a page), ReportLab refuses:
        split as much higher up, within the same row (the printout failed, "too large")."""
        parts: list[Flowable] = self._splitRows(height, doInRowSplit=1)
        higher = height - MIN_ROW_PART
        if parts or self._getFirstPossibleSplitRowPosition(higher, ignoreSpans=1) != row:
            return parts
        return list(self._splitRows(higher, doInRowSplit=1))

    # A plain text's lines are the cell's leading apart (9 pt text, 11.5 pt lines); ReportLab's
    # split of a row counts them 1.2 × the font size apart, in where it splits the text and in
    # the heights it gives the two parts: the first part got a line too many for every twenty,
    # drawn below its cell and over the page's foot, the second a gap under its text.

    def _splitCell(  # noqa: N802 - ReportLab's name
        self, value: Any, style: Any, old_height: float, new_height: float, width: float
    ) -> Any:
        if isinstance(value, str) and style.leading:
            style = style.copy()
            style.fontsize = style.leading / 1.2
        return super()._splitCell(value, style, old_height, new_height, width)

    def _listCellGeom(  # noqa: N802 - ReportLab's names (called with W=, H=, aH=)
        self,
        V: Any,  # noqa: N803
        w: float,
        s: Any,
        W: Any = None,  # noqa: N803
        H: Any = None,  # noqa: N803
        aH: float = 72000,  # noqa: N803
    ) -> tuple[float, float]:
        width, height = super()._listCellGeom(V, w, s, W, H, aH)
        if isinstance(V, str) and V and s.leading:
            height = len(V.split("\n")) * s.leading
        return width, height

    def _header_rows(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)

    def _next_row(self, parts: list[Flowable]) -> int | None:
        """The first row the split leaves for the next page (None: the table fits whole)."""
        if not parts:
            return self._header_rows()
        if len(parts) != 2:
            return None
        placed = getattr(parts[0], "_cellvalues", None)
        return len(placed) if placed is not None else None

    def _too_tall(self, row: int) -> bool:
        from samverkan_desktop.reports.style import PAGE_ROOM  # style imports this module

        heights: Any = getattr(self, "_rowHeights", None)
        first = self._header_rows()
        if not heights or len(heights) <= row:
            return False
        header = sum(heights[:first])
        return bool(heights[row] > PAGE_ROOM - self.room_taken - header)
