"""A label that reads on one line where its layout has the room and wraps between words where it
has not. Qt's wrapping label asks for a width of its own guess (a heading of 234 px wrapped at
146 with the dialog's room to spare), a plain one holds its window as wide as its line."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """Word-wrapped; its size hint is its text on one line (plain text); its least height holds
    its lines at the width it has."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        frame = margins.left() + margins.right() + 2 * self.margin()
        width = self.fontMetrics().horizontalAdvance(self.text()) + frame + 1
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # A layout that asks no height for a width (a form in a splitter's part: the weekly
        # summary's editor) gave it one line's height at the dialog's least size, the rest cut.
        least = super().minimumSizeHint()
        if self.width() <= 0:
            return least
        return QSize(least.width(), max(least.height(), self.heightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its least height at the new width
