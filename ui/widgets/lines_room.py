"""How wide a wrapping column must be for its texts to take no more than a few lines each
(``Column.max_lines``): "1 gång/månad (ej juli)" on two lines, not "1 / gång/månad / (ej juli)"
on three beside a column that could have been left out."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QFont, QTextLayout, QTextOption


def line_count(text: str, font: QFont, width: int) -> int:
    """The lines ``text`` takes broken between words in lines of ``width`` pixels, as a
    wrapping cell lays it out."""
    if not text:
        return 0
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    count = 0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(width, 1))
        count += 1
    layout.endLayout()
    return count


def room_for_lines(texts: Collection[str], font: QFont, lines: int, low: int, high: int) -> int:
    """The narrowest width from ``low`` (the widest word) up to ``high`` (the longest text on
    one line) at which each of ``texts`` takes at most ``lines`` lines."""
    if high <= low:
        return low

    def fits(width: int) -> bool:
        return all(line_count(text, font, width) <= lines for text in texts)

    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
