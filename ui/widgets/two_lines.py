"""Cells of a table whose rows are two lines high (or more, a row as tall as its text needs): a
text broken between words after as many words as each line holds, the rest on the last line,
cut with "…" only where even that is too long. Qt's own wrapping cut the second line at its last whole word ("Förbereda
revideringen / av …" for "… av samverkansöverenskommelsen") and broke a long word anywhere."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

LINE_BREAK = "\u2028"  # as a cell's "\n" reaches the style (QStyledItemDelegate.displayText)
ITEM_INDENT = "\u2003"  # an em space before an item's second line: not another item


def on_two_lines(text: str, font: QFont, width: int) -> str:
    """``text`` as two lines of ``width`` pixels: the first broken between words, the second
    the rest; a line too long (a word wider than the column, as "Trygghetsvandring") is cut
    with "…" by the style, never broken inside a word ("Stockholmshe / m")."""
    return on_lines(text, font, width, 2)


def on_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as up to ``lines`` lines of ``width`` pixels, each but the last broken between
    words, the last the rest (cut with "…" where it is too long)."""
    shown: list[str] = []
    rest = text
    while len(shown) < lines - 1:
        first = _first_line_length(rest, font, width)
        if not rest[first:].strip():
            break
        shown.append(rest[:first].rstrip())
        rest = rest[first:].strip()
    if not shown:
        return text
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return LINE_BREAK.join([*shown, last])


def lines_needed(text: str, font: QFont, width: int, limit: int) -> int:
    """How many lines of ``width`` pixels ``text`` takes broken between words, up to
    ``limit``."""
    # One layout for all its lines (a layout per line cost a list of 100 actions fitted at
    # each resize a third of its first show)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    count, end = 0, 0
    while count < limit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        end = line.textStart() + line.textLength()
        count += 1
        if not text[end:].strip():
            break
    layout.endLayout()
    return max(count, 1)


class LineCounter:
    """``lines_needed`` and each text's width on one line, remembered for one font: a table
    fits its rows again at every resize and choice, mostly the same texts in the same widths."""

    LIMIT = 20_000  # entries kept: thousands of rows fetched, a few widths each

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self._advance = QFontMetrics(font).horizontalAdvance
        self._widths: dict[str, int] = {}
        self._lines: dict[tuple[str, int, int], int] = {}

    def width(self, text: str) -> int:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) > self.LIMIT:
                self._widths.clear()
            found = self._widths[text] = self._advance(text)
        return found

    def lines(self, text: str, width: int, limit: int) -> int:
        key = (text, width, limit)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > self.LIMIT:
                self._lines.clear()
            found = self._lines[key] = lines_needed(text, self.font, width, limit)
        return found


def items_on_lines(text: str, font: QFont, width: int, split: bool = True) -> str:
    """Items one to a line (``LINE_BREAK`` between them, a group's priority areas) in lines of
    ``width`` pixels: an item that misses its line by a word or two goes on two, broken between
    words, the second line indented so it reads as the same item where there are more ("Riktat
    arbete mot avgränsade platser och utsatta / områden", was "… utsatta områ…"); else it stays
    on one line, cut with "…" by the style (whole in the tooltip). ``split``: False, every
    item on one line (``Column.item_per_line``)."""
    if not split:
        return text
    metrics = QFontMetrics(font)
    items = text.split(LINE_BREAK)
    marker = ITEM_INDENT if len(items) > 1 else ""  # (one item: no other to tell it from)
    indent = metrics.horizontalAdvance(marker)
    lines = []
    for item in items:
        if metrics.horizontalAdvance(item) > width:
            first = _first_line_length(item, font, width)
            rest = item[first:].strip()
            head = item[:first].rstrip()
            shown, tail = metrics.horizontalAdvance(head), metrics.horizontalAdvance(rest)
            # only a tail (a third of the item at most): an item that misses its line by a
            # word or two; a narrow list keeps one line each rather than double its rows
            if rest and shown <= width and tail <= width - indent and 2 * tail <= shown:
                item = head + LINE_BREAK + marker + rest
        lines.append(item)
    return LINE_BREAK.join(lines)


def _first_line_length(text: str, font: QFont, width: int) -> int:
    """How many of ``text``'s characters a line of ``width`` pixels holds, broken between
    words (a first word wider than the line whole)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    first = layout.createLine()
    first.setLineWidth(max(width, 1))
    layout.endLayout()
    return first.textLength()


class TwoLinesDelegate(QStyledItemDelegate):
    """Draws a cell's text on two lines (``on_two_lines``), or as many as its row is high, where
    the view wraps its texts (``setWordWrap(True)``), else as Qt does, on one line cut with
    "…"."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        wrap = QStyleOptionViewItem.ViewItemFeature.WrapText
        if not option.features & wrap or not option.text:
            return
        style = option.widget.style() if option.widget else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
        room = option.rect.width() - 2 * (margin + 1)
        spacing = option.fontMetrics.lineSpacing()
        lines = max(2, (option.rect.height() - 4) // spacing)  # a row taller than two lines
        option.text = on_lines(option.text, option.font, room, lines)
        option.features &= ~wrap  # the style draws the two lines, each cut with "…"
        option.textElideMode = Qt.TextElideMode.ElideRight
