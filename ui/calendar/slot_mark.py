"""The week's chosen half hour drawn over the meeting blocks it crosses: the day's column draws
it beneath its blocks, where a half hour inside a meeting was hidden (only a sliver in the free
strip on the right showed where the focus was). Over a block the strip is a light tint of the
house blue, the meeting's text read through it, framed at the block's sides (a line along its
top or bottom edge crossed the text's letters)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.calendar.day_marks import MARK_COLOUR

OVER_BLOCK_TINT = QColor(MARK_COLOUR)
OVER_BLOCK_TINT.setAlpha(72)  # light enough that the meeting's text still reads
EDGE_WIDTH = 2  # over a block's colour a single pixel's line is lost


class SlotMark(QWidget):
    """A layer over a day's column, above its blocks, transparent to the mouse."""

    def __init__(
        self,
        parent: QWidget,
        strip: Callable[[], QRect],
        blocks: Callable[[], list[QWidget]],
        edge: Callable[[], QColor],
    ) -> None:
        """``strip``: the chosen half hour's rectangle (empty when none); ``blocks``: the
        day's blocks; ``edge``: the frame's colour (with the focus or without)."""
        super().__init__(parent)
        self._strip, self._blocks, self._edge = strip, blocks, edge
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        strip = self._strip()
        if strip.isEmpty():
            return
        crossed = [
            block.geometry().intersected(strip)
            for block in self._blocks()
            if block.isVisible() and block.geometry().intersects(strip)
        ]
        if not crossed:
            return  # the column's own drawing shows it
        painter = QPainter(self)
        edge = self._edge()
        for part in crossed:
            painter.fillRect(part, OVER_BLOCK_TINT)
            painter.fillRect(QRect(part.left(), part.top(), EDGE_WIDTH, part.height()), edge)
            right = part.right() - EDGE_WIDTH + 1
            painter.fillRect(QRect(right, part.top(), EDGE_WIDTH, part.height()), edge)
        painter.end()
