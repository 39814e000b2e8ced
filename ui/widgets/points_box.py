"""A box of points, one a line, each shown after a bullet with its wrapped lines indented
under its first: a long point that wraps reads as one point, not as two (the follow-up's
"Vad har vi gjort" at 1024 px). The bullets are layout only: the text stays plain lines."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QWidget

BULLET_INDENT = 1  # list indent steps (the document's indentWidth each)


class PointsBox(QTextEdit):
    def __init__(self, parent: QWidget | None = None, placeholder: str = "", lines: int = 3):
        super().__init__(parent)
        self.setAcceptRichText(False)  # a paste brings its text, not its formatting
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.document().setIndentWidth(self.fontMetrics().horizontalAdvance("•") * 3)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self._bulleting = False
        self.textChanged.connect(self._bullet_every_line)

    def _bullet_every_line(self) -> None:
        """Every line in one bulleted list; none while empty (the hint shows alone). Typing
        keeps a new line in the list, but a paste, Backspace at a line's start or
        setPlainText takes lines out of it."""
        if self._bulleting:
            return
        document = self.document()
        blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
        empty = document.isEmpty()
        lists = {b.textList().objectIndex() if b.textList() else -1 for b in blocks}
        if lists == ({-1} if empty else lists - {-1}) and len(lists) == 1:
            return
        self._bulleting = True
        try:
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setBlockFormat(QTextBlockFormat())
            if not empty:
                points = QTextListFormat()
                points.setStyle(QTextListFormat.Style.ListDisc)
                points.setIndent(BULLET_INDENT)
                cursor.createList(points)
            cursor.endEditBlock()
        finally:
            self._bulleting = False
