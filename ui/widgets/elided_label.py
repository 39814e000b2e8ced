"""A label cut with "…" where it is narrower than its text: a QLabel given less room than its
text cuts it bare, mid-word ("Trettondedag ju"). On one line, or on up to ``lines`` broken
between words, a word wider than the label cut with "…" (a wrapping QLabel left "Kristi" over
"himmelsfärdsda" under a narrow day's heading)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.widgets.text_lines import wrapped_lines


class ElidedLabel(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self.full_text = text
        self.lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(
            self.fontMetrics().horizontalAdvance(self.full_text), super().sizeHint().height()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())  # as narrow as its day

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # a style sheet's smaller font leaves more of the text

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 1)
        if self.lines > 1:
            shown = "\n".join(wrapped_lines(self.full_text, self.font(), width, self.lines))
        else:
            elide = Qt.TextElideMode.ElideRight
            shown = self.fontMetrics().elidedText(self.full_text, elide, width)
        if shown != self.text():
            self.setText(shown)
