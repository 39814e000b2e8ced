"""A path on a line of its own in a bar (the day's backup notice): whole where the line has room,
else its middle elided, so the start and the file's or folder's name still show, the whole path
in the tooltip. Inside a sentence a path broke at a "/" mid-way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PathLine(QLabel):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = str(path)
        self.setToolTip(self.path)
        # The bar gives the line its width: the path's own would widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(self.path)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self.path, Qt.TextElideMode.ElideMiddle, room))
