"""A path on a line of its own in a bar (the day's backup notice, the status bar's database):
whole where the line has room, else its middle elided, so the start and the file's or folder's
name still show, the whole path in the tooltip. Inside a sentence a path broke at a "/" mid-way;
cut at its end, the file's name was what went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PathLine(QLabel):
    """``lead``: words before the path that stay whole ("Databas: ")."""

    def __init__(self, path: Path | str, parent: QWidget | None = None, *, lead: str = "") -> None:
        super().__init__(parent)
        self.path = str(path)
        self.lead = lead
        self.setToolTip(self.path)
        # The bar gives the line its width: the path's own would widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(lead + self.path)

    def sizeHint(self) -> QSize:  # noqa: N802
        """The whole path's width, where a layout that asks has room for it (the status bar)."""
        return QSize(self._width_of(self.lead + self.path), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width_of(self.lead + "…"), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        room = max(self.contentsRect().width() - metrics.horizontalAdvance(self.lead), 0)
        self.setText(self.lead + metrics.elidedText(self.path, Qt.TextElideMode.ElideMiddle, room))

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        # One pixel more: elidedText cuts a text exactly as wide as its room.
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 1
