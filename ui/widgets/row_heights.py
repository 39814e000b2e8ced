"""A RecordTable's rows as tall as their texts' lines: wrapped texts (``Column.wrap``) and items
one to a line (``Column.lines``), measured from the rows rather than by the view."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetricsF

from ui.widgets.column_measures import ColumnMeasures
from ui.widgets.table_model import display_text
from ui.widgets.two_lines import LINE_BREAK, items_on_lines
from ui.widgets.wrapped_text import wrapped_height


class WrappedRowHeights(ColumnMeasures):
    """RecordTable's row heights (it calls ``_fit_rows`` when rows or widths change)."""

    def rows(self) -> list[Any]:
        """The rows in the order shown (RecordTable's)."""
        raise NotImplementedError

    def _refit_rows(self) -> None:
        """``_fit_rows`` once the columns' widths changed (RecordTable's timer): a chosen row
        in view stays whole in view. A pane opening under the register narrowed its titles
        after the register had scrolled the chosen plan into view, and the rows above it,
        now on two lines, pushed it partly under the pane."""
        current = self.currentIndex()
        seen = current.isValid() and self.viewport().rect().intersects(self.visualRect(current))
        self._fit_rows()
        if seen:
            self.updateGeometries()  # the scroll bar's range from the new heights (Qt waits)
            self.scrollTo(current)

    def _fit_rows(self) -> None:
        """Each row as high as the lines of its wrapped texts, with some room above and below
        them, never lower than a one-line row. Measured here rather than by the view
        (ResizeToContents asks every cell for all its roles: seven times slower)."""
        if not self._tall:
            return
        one_line = self.verticalHeader().defaultSectionSize()
        room = (one_line - self.fontMetrics().height()) * 2 // 3
        font = self.font()
        columns = self.rows_model.columns()
        widths = [
            (columns[c], self._wrap_room(c, self.columnWidth(c)))
            for c in self._wrapping
            if not self.isColumnHidden(c)  # (left aside, or by the view)
        ]
        spacing = QFontMetricsF(font).lineSpacing()
        # (as LinesDelegate draws them: an item that misses its line by a word takes two)
        items = [
            (columns[c], self.columnWidth(c) - self._text_margin(c))
            for c in self._lines
            if not self.isColumnHidden(c)
        ]
        known: dict[tuple[str, int], float] = {}
        for row, record in enumerate(self.rows()):  # from the rows: a third of asking the view
            tallest = 0.0
            for column, width in widths:
                text = display_text(column.value(record))
                key = (text, width)
                if key not in known:
                    known[key] = wrapped_height(text, width, font)
                tallest = max(tallest, known[key])
            for column, width in items:
                text = display_text(column.value(record)).replace("\n", LINE_BREAK)
                if text:
                    shown = items_on_lines(text, font, width, not column.item_per_line)
                    tallest = max(tallest, (shown.count(LINE_BREAK) + 1) * spacing)
            self.setRowHeight(row, max(one_line, round(tallest) + room))
