"""Text broken into lines between words for widgets that paint or show it line by line (a
week's meeting block, a holiday's name under a narrow day heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption


def wrapped_lines(
    text: str, font: QFont, width: int, most: int, first: int | None = None
) -> list[str]:
    """``text`` broken between words (at a space, or after "-" or "/") into lines of ``width``
    pixels, at most ``most``: the last one cut with "…" when more is left. A word wider than a
    line is never broken ("Norrma-" / "lms"): it is cut with "…" ("Säkerhetssamord…"), whole
    in the tooltip. ``first``: the first line's width where it is narrower (beside a day's
    number, the name's second line under it)."""
    widths = [width if first is None else first, *([width] * (most - 1))]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) < most and (line := layout.createLine()).isValid():
        line.setLineWidth(max(widths[len(starts)], 1))
        starts.append(line.textStart())
    layout.endLayout()
    # Each line up to where the next begins; the last one takes the rest, to be cut with "…".
    ends = [*starts[1:], len(text)]
    metrics = QFontMetrics(font)
    elide = Qt.TextElideMode.ElideRight
    pieces = (text[a:b].strip() for a, b in zip(starts, ends, strict=True))
    cut = [metrics.elidedText(p, elide, w) for p, w in zip(pieces, widths, strict=False)]
    return cut or [""]
