"""Where a wrapping column's text breaks, and how tall it then is: between words only, a word too
wide for the column cut short with "…" (RecordTable's wrapping columns and their rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ui.widgets.two_lines import LINE_BREAK

ELLIPSIS = "…"


def words_fitted(text: str, width: int, font: QFont) -> str:
    """``text`` with each piece wider than ``width`` pixels (a word, or the part of one up to a
    slash or dash: "Stureplan/" of "Stureplan/Östermalmstorg") cut short with "…" to fit, so
    a line breaks only between them. A word broken with a hyphen where Qt happened to run out
    of room read as two ("Styrdoku-ment" in Kris → Planer at 900 px); the whole text is in the
    cell's tooltip (list_table.show_cut_text)."""
    metrics = QFontMetricsF(font)
    if width <= 0 or not text or metrics.horizontalAdvance(text) <= width:
        return text
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) > 0:
        piece = text[start:end]
        word = piece.rstrip()
        if metrics.horizontalAdvance(word) > width:
            piece = (
                metrics.elidedText(word, Qt.TextElideMode.ElideRight, width) + piece[len(word) :]
            )
        pieces.append(piece)
        start = end
    return "".join(pieces)


def unbreakable_pieces(text: str) -> list[str]:
    """``text`` cut where a line may break (after a space, a slash, a dash), as the view breaks
    a wrapped cell: each piece has to fit the column's width whole."""
    if not text:
        return []
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) > 0:
        piece = text[start:end].rstrip()
        if piece:
            pieces.append(piece)
        start = end
    return pieces


def wrapped_height(text: str, width: int, font: QFont) -> float:
    """The height of ``text`` broken into lines of ``width`` pixels, as a wrapping column draws
    it (between words, a word too wide for a line cut short: ``words_fitted``)."""
    if not text:
        return 0.0
    # A "\n" breaks the line as the style draws it (a unit's history: what happened over its
    # details); the layout would read it as a space.
    text = text.replace("\n", LINE_BREAK)
    layout = QTextLayout(words_fitted(text, width, font), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a cell is drawn (WrapDelegate)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        height += line.leading() + line.height()
    layout.endLayout()
    return height
