"""Two groups of buttons on one row, the second at its right end, where the row has room for
both; else the second on a row of its own under the first, still at the right: a row of seven
buttons no longer holds the window wider than its page (a meeting's attendance at 900 px)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class ButtonRows(QWidget):
    """``first`` and ``second`` are filled by the caller; ``second`` leads with a stretch, so
    its buttons stand at the right on either arrangement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QHBoxLayout()
        self.second = QHBoxLayout()
        self.second.addStretch(1)
        self._rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addLayout(self.first)
        self._rows.addLayout(self.second, 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # The stacked rows' width: side by side is only chosen where there is room for it.
        hint = super().minimumSizeHint()
        hint.setWidth(max(self.first.minimumSize().width(), self.second.minimumSize().width()))
        return hint

    def _fits_beside(self, width: int) -> bool:
        both = self.first.sizeHint().width() + self.second.sizeHint().width()
        return both + self._rows.spacing() <= width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        beside = self._fits_beside(event.size().width())
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._rows.direction() != direction:
            self._rows.setDirection(direction)
