"""Text broken into lines between words for widgets that paint or show it line by line (a
week's meeting block, a holiday's name under a narrow day heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption

from samverkan_desktop.hyphenation import break_points

HYPHEN = "-"
ELLIPSIS = "…"


def wrapped_lines(
    text: str,
    font: QFont,
    width: int,
    most: int,
    first: int | None = None,
    *,
    hyphenate: bool = False,
) -> list[str]:
    """``text`` broken between words (at a space, or after "-" or "/") into lines of ``width``
    pixels, at most ``most``: the last one cut with "…" when more is left. A word wider than a
    line is cut with "…" ("Säkerhetssamord…"), whole in the tooltip; with ``hyphenate`` it is
    broken with a hyphen where a line follows, between its parts where one fits ("Kristi" /
    "himmels-" / "färdsdag" in a day of the month at 900 px), else by syllable, else where
    the line ends, no letter left out (a break anywhere, as "Norrma-" / "lms", read worse than
    a cut in the week's blocks, which do not hyphenate). ``first``: the first line's width
    where it is narrower (beside a day's number, the name's second line under it)."""
    widths = [width if first is None else first, *([width] * (most - 1))]
    metrics = QFontMetrics(font)
    lines: list[str] = []
    rest = text
    while rest and len(lines) < most:
        room = max(widths[len(lines)], 1)
        if len(lines) == most - 1:  # the last line takes the rest
            lines.append(metrics.elidedText(rest.strip(), Qt.TextElideMode.ElideRight, room))
            break
        end = _first_line_end(rest, font, room)
        line = rest[:end].strip()
        if hyphenate and metrics.horizontalAdvance(line) > room:
            head = _hyphenated_head(line, metrics, room)
            if head:
                lines.append(head + HYPHEN)
                rest = rest.lstrip()[len(head) :]
                continue
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room))
        rest = rest[end:]
    return lines or [""]


def cut_short(lines: list[str]) -> bool:
    """Whether ``wrapped_lines`` left something out (a line ends in "…")."""
    return any(line.endswith(ELLIPSIS) for line in lines)


def _first_line_end(text: str, font: QFont, room: int) -> int:
    """Where the first line of ``text`` broken between words in ``room`` pixels ends (a word
    wider than the line stands alone on it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(room)
    end = line.textStart() + line.textLength()
    layout.endLayout()
    return max(end, 1)


def _hyphenated_head(word: str, metrics: QFontMetrics, room: int) -> str:
    """The most of ``word`` that fits ``room`` with a hyphen after it: up to a break between
    its parts if one fits, else a syllable's, else any letter (two at least either side);
    "" where not even two letters fit."""
    fits = [
        point
        for point in break_points(word)
        if metrics.horizontalAdvance(word[: point.at] + HYPHEN) <= room
    ]
    for wanted in (True, False):
        chosen = [point.at for point in fits if point.between_parts == wanted]
        if chosen:
            return word[: chosen[-1]]
    for at in range(len(word) - 2, 1, -1):
        if word[at - 1].isalnum() and metrics.horizontalAdvance(word[:at] + HYPHEN) <= room:
            return word[:at]
    return ""
