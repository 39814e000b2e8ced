"""A RecordTable whose last column takes the spare room and wraps (a walk's observations: what
was seen) lends some of it to a squeezed wrapping column beside it (where) while that makes the
rows shorter: at 1024 px a place stood on four lines, alone making its row tall, beside a
description on two with room to spare."""

from __future__ import annotations

from typing import Any

from ui.widgets.column_measures import ColumnMeasures
from ui.widgets.table_model import display_text
from ui.widgets.wrapped_text import wrapped_height

STEP = 6  # the pixels lent at a time while looking for the shortest rows
BALANCE_ROWS = 50  # the rows measured (a walk has a few dozen observations at most)


class RowsBalanced(ColumnMeasures):
    """The room lent (RecordTable's squeezing asks, ``_rows_balanced``)."""

    _heights: dict[tuple[str, int], float]  # a text's height in a room, for the rows shown

    def _rows_balanced(self, widths: dict[int, int], last: int, viewport: int) -> dict[int, int]:
        """``widths`` with room of the stretching column ``last`` lent to the wrapping columns
        squeezed below their texts on one line (and their given width), left to right, each
        as much as makes the rows (their first BALANCE_ROWS) fewest lines in all; of as few,
        the most it may (the two columns the more even). The last keeps its widest word."""
        columns = self.rows_model.columns()
        if last not in self._wrapping or not columns[last].takes_spare_room:
            return widths
        records = self.rows_model.rows()[:BALANCE_ROWS]
        shown = [c for c in self._wrapping if c in widths]
        if not records or not shown:
            return widths
        widths = dict(widths)
        needs = self._text_needs(shown)
        for column in shown:
            stretched = viewport - sum(widths.values())
            wanted = min(needs[column], columns[column].width or needs[column])
            most = min(wanted - widths[column], stretched - self._word_room(last))
            if most > 0:
                others = [self._heights_in(c, widths[c], records) for c in shown if c != column]
                widths[column] += self._room_lent(
                    column, widths[column], last, stretched, most, others, records
                )
        return widths

    def _room_lent(
        self,
        column: int,
        width: int,
        last: int,
        stretched: int,
        most: int,
        others: list[list[float]],
        records: list[Any],
    ) -> int:
        """What the stretching column ``last`` (``stretched`` wide) lends ``column`` (``width``
        wide), up to ``most``: the rows fewest lines in all, beside the other columns' texts
        (``others``), and the last column's tallest text no taller than it was, or than the
        lent column's tallest then (what was seen read on six lines at 1024 px rather than five,
        beside places on three)."""
        tallest = [max(row) for row in zip(*others, strict=True)] or [0.0] * len(records)
        # (as drawn: the rows' heights keep a pixel over the texts' lines, see _wrap_room)
        tallest_last = max(self._heights_in(last, stretched, records, drawn=True))

        def rows_height(lent: int) -> float | None:
            taller = max(self._heights_in(last, stretched - lent, records, drawn=True))
            if taller > max(tallest_last, *self._heights_in(column, width + lent, records, True)):
                return None
            beside = self._heights_in(last, stretched - lent, records)
            own = self._heights_in(column, width + lent, records)
            return sum(map(max, own, beside, tallest))

        tried = {lent: rows_height(lent) for lent in [*range(0, most, STEP), most]}
        fitting = {lent: height for lent, height in tried.items() if height is not None}
        return min(fitting, key=lambda lent: (fitting[lent], -lent))  # (0 always fits)

    def _heights_in(
        self, column: int, width: int, records: list[Any], drawn: bool = False
    ) -> list[float]:
        """How tall the texts of ``column`` in ``records`` are wrapped in ``width`` (for their
        rows, or ``drawn``), measured once per rows shown (a resize tries the same widths)."""
        room = width - self._text_margin(column) if drawn else self._wrap_room(column, width)
        value = self.rows_model.columns()[column].value
        texts = [display_text(value(record)) for record in records]
        for text in texts:
            if (text, room) not in self._heights:
                self._heights[text, room] = wrapped_height(text, room, self.font())
        return [self._heights[text, room] for text in texts]
