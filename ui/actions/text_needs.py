"""The room Åtgärder's texts need in their columns, measured once in the list's first page (rows
fetched as the list scrolls do not move the columns under the reader): on one line, on two, a
title, a source and a responsible on the lines a row may take, a responsible's longest word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QFontMetrics

from samverkan_desktop.services.action_list_rows import ActionListRow
from ui.actions.model import AREA, RESPONSIBLE, SOURCE, TITLE, cell_text
from ui.widgets.sort_header import two_line_width
from ui.widgets.two_lines import lines_needed

GROWING = (TITLE, SOURCE, RESPONSIBLE, AREA)  # the texts measured; the title is read first
ON_LINES = (TITLE, SOURCE, RESPONSIBLE)  # whole on a row's lines: what tells the rows apart


@dataclass(frozen=True)
class TextNeeds:
    """Each a column's width (the cell's margins ``empty`` included)."""

    one_line: dict[int, int]  # the longest text of each GROWING column
    two_lines: dict[int, int]  # the widest on two lines broken between words
    title_lines: int  # every title whole on ``lines`` lines, as the rows draw it
    word: int  # the responsibles' longest word
    # each of ON_LINES whole on ``lines`` lines (a narrow window's sources over three lines)
    on_lines: dict[int, int] = field(default_factory=dict)


def text_needs(rows: Sequence[ActionListRow], font: QFont, empty: int, lines: int) -> TextNeeds:
    """The needs of ``rows``' texts in ``font``; ``empty``: a column's width for no text."""
    metrics = QFontMetrics(font)
    advance = metrics.horizontalAdvance
    one_line: dict[int, int] = {}
    two_lines: dict[int, int] = {}
    word = 0
    on_lines: dict[int, int] = {}
    for column in GROWING:
        texts = {text: advance(text) for text in {cell_text(r, column) for r in rows}}
        one_line[column] = empty + max(texts.values(), default=0)
        two_lines[column] = empty + _widest_on_two_lines(texts, metrics)
        if column in ON_LINES:
            words = {part for text in texts for part in text.split()}
            longest = empty + max(map(advance, words), default=0)
            # (a word wider than its line is not broken: the line is as wide as the word)
            on_lines[column] = max(longest, empty + _widest_on_lines(texts, font, lines))
            if column == RESPONSIBLE:
                word = longest
    title_lines = on_lines[TITLE]
    return TextNeeds(one_line, two_lines, title_lines, word, on_lines)


def _widest_on_two_lines(widths: dict[str, int], metrics: QFontMetrics) -> int:
    """The widest of these texts (with their widths on one line) on two lines, the longest
    measured first until no shorter one could be wider (each line is half of it or more):
    measuring every title cost some 150 ms at each key typed in the search."""
    widest = 0
    for text, width in sorted(widths.items(), key=lambda item: -item[1]):
        if width // 2 <= widest:
            break
        widest = max(widest, two_line_width(text, metrics))
    return widest


def _widest_on_lines(widths: dict[str, int], font: QFont, lines: int) -> int:
    """The room every one of these texts needs whole on ``lines`` lines, each line holding as
    many words as it can (as the rows draw them), the longest measured first until no
    shorter one could need more."""
    widest = 0
    for text, width in sorted(widths.items(), key=lambda item: -item[1]):
        if width // lines <= widest:
            break
        low, high = max(width // lines, widest), width  # the narrowest that holds it
        while low < high:
            middle = (low + high) // 2
            if lines_needed(text, font, middle, lines + 1) <= lines:
                high = middle
            else:
                low = middle + 1
        widest = max(widest, low)
    return widest
