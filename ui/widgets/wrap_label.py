"""A label that reads on one line where its layout has the room and wraps between words where it
has not. Qt's wrapping label asks for a width of its own guess (a heading of 234 px wrapped at
146 with the dialog's room to spare), a plain one holds its window as wide as its line."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """Word-wrapped; its size hint is its text on one line (plain text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        frame = margins.left() + margins.right() + 2 * self.margin()
        width = self.fontMetrics().horizontalAdvance(self.text()) + frame + 1
        return QSize(width, self.heightForWidth(width))
