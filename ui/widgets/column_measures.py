"""How wide a RecordTable's columns need to be: each column's texts and title measured, once
per set of rows, and the floors a squeezed column keeps (dates and counts whole, a wrapping
column's widest word, a text column its title's first letters)."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import QStyle

from ui.widgets.hand_sizing import HandSizing
from ui.widgets.lines_room import room_for_lines
from ui.widgets.list_table import text_margin
from ui.widgets.sort_header import two_line_width
from ui.widgets.table_model import RowTableModel, display_text
from ui.widgets.wrapped_text import unbreakable_pieces

MAX_FITTED_WIDTH = 320  # a column fitted to its contents never grows wider than this
NEEDS_ROWS = 200  # the rows measured for the room a wide table gives its texts
# A text column squeezed to the table's width keeps at least this, and its title's first
# letters with "…" (the whole title in its tooltip); dates, times and counts keep their width.
MIN_TEXT_WIDTH = 56
# A column of items one to a line (``Column.lines``) keeps each item's first words: at 62 px a
# group's priority areas read "Riktat …", "Särskil…".
MIN_ITEMS_WIDTH = 110
MAX_LABEL_WIDTH = 130  # a column of one-word labels no wider than this keeps them whole
_TITLE_LETTERS = 4
# Texts a column keeps whole: dates with times or weeks ("2026-03-12 (v. 11)"), numbers.
_WHOLE_TEXT = re.compile(r"[\d\s.,:;/()%+\-–v]+")


class ColumnMeasures(HandSizing):
    """The measuring part of RecordTable, and the root of its sizing parts (columns_aside,
    spare_room, column_squeeze, row_heights): the state they share is RecordTable's, made and
    explained in its ``__init__``."""

    rows_model: RowTableModel[Any]
    proxy: QAbstractItemModel
    _fitted: bool
    _natural: dict[int, int]
    _floors: dict[int, int]
    _counts: dict[int, int]
    _words: dict[int, int]
    _needs: dict[int, int]
    _whole: dict[int, bool]
    _wrapping: list[int]
    _lines: list[int]
    _tall: bool
    _rows_timer: QTimer
    _aside_order: list[int]
    _aside: set[int]
    _aside_unchosen: bool
    _aside_cramped: bool
    _announced: object

    def _text_margin(self, column: int | None = None) -> int:
        """Of a column's width, what its text does not get: as the style lays a cell out, a
        margin on either side, and the grid line; and a ``Column.swatch``'s square before it."""
        margin = text_margin(self)
        if column is not None and self.rows_model.columns()[column].swatch:
            style = self.style()
            icon = self.iconSize().width()  # as the view gives it to the delegate
            if icon <= 0:
                icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            # the style sets the square apart by a margin on either side (viewItemLayout)
            gap = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
            margin += icon + 2 * gap
        return margin

    def _wrap_room(self, column: int, width: int) -> int:
        """The room a wrapping column ``width`` wide gives its text's lines: a pixel narrower
        than the text gets, so a text that only just fits takes the next line rather than lose
        its last one (a place's fourth line was cut)."""
        return width - self._text_margin(column) - 1

    def _widest_word(self, column: int) -> int:
        """The width a wrapping column needs: room for its title and its widest word."""
        return max(self.horizontalHeader().sectionSizeHint(column), self._word_room(column))

    def whole_words_width(self, with_aside: bool = False, leaving_out: Collection[int] = ()) -> int:
        """The table's width at which no shown column breaks a word or cuts its title: each
        wrapping column its widest word, the others their texts, beside a vertical scroll bar.
        What a pane beside a list asks for, so a narrow window gives it the room rather than
        break "Platsutv-ecklare" in every row. ``with_aside``: the ``Column.aside`` columns
        left out now counted too (the room to show them again). ``leaving_out``: columns not
        counted, shown or not (the room of a list without those a narrow window leaves out)."""
        columns = [
            c
            for c in range(self.rows_model.columnCount())
            if (not self.isColumnHidden(c) or (with_aside and c in self._aside))
            and c not in leaving_out
        ]
        header = self.horizontalHeader()
        widths = (
            self._widest_word(c)
            if c in self._wrapping
            else self._given_room(c, max(self.sizeHintForColumn(c) + 2, header.sectionSizeHint(c)))
            for c in columns
        )
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return sum(widths) + scroll_bar + 2 * self.frameWidth()

    def _given_room(self, column: int, whole: int) -> int:
        """The room a column asks for its texts (``whole``): a ``Column.gives_way`` that has a
        given width no more than that, its longest texts cut short (a person's title asked
        for 309 px for "Sekreterare pensionärs- och funktionshinderråden", so a pane took the
        most it may and its titles read "Socialsekre…")."""
        given = self.rows_model.columns()[column]
        return min(whole, given.width) if given.gives_way and given.width else whole

    def _word_room(self, column: int) -> int:
        """Room for the widest unbreakable piece of a column's texts: a word, or the part of
        one up to where a line may break ("Stureplan/" of "Stureplan/Östermalmstorg"); and for
        a ``Column.max_lines``, for each text on that many lines. Known once rows are there, as
        the floors: the last column asks at every resize."""
        if column in self._words:
            return self._words[column]
        metrics = self.fontMetrics()
        given = self.rows_model.columns()[column]
        texts = {display_text(given.value(row)) for row in self.rows_model.rows()}  # (not the view)
        words = {word for text in texts for word in unbreakable_pieces(text)}
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        if given.max_lines and words:
            # the floors and the columns left aside follow from this: a list too narrow for it
            # leaves a column out rather than break "1 / gång/månad / (ej juli)" onto three
            longest = max(metrics.horizontalAdvance(text) for text in texts)
            widest = room_for_lines(texts, self.font(), given.max_lines, widest, longest)
        room = widest + self._text_margin(column) + 2 if words else 0
        # A wrapping column that gives way asks no more than its width for a word: an e-mail
        # address in a note broke "Utlånat (hembe-sök)" beside it and took a pane's room
        # from the list; it breaks inside instead, whole in the tooltip.
        room = self._given_room(column, room)
        if self.proxy.rowCount():
            self._words[column] = room
        return room

    def _text_needs(self, columns: list[int]) -> dict[int, int]:
        """Room for each column's longest text on one line (and its title), measured in the
        first NEEDS_ROWS rows once per set of rows (from the rows, not through the view:
        a reload of the loans list at every key typed took 2 ms more asking the view)."""
        advance = self.fontMetrics().horizontalAdvance
        rows = self.rows_model.rows()[:NEEDS_ROWS]
        every = self.rows_model.columns()
        for index in columns:
            if index not in self._needs:
                value = every[index].value
                # (its longest line: a column of items one to a line)
                texts = {line for row in rows for line in display_text(value(row)).split("\n")}
                widest = max(map(advance, texts), default=0)
                self._needs[index] = max(
                    widest + self._text_margin(index) + 2,
                    self.horizontalHeader().sectionSizeHint(index),
                )
        return self._needs

    def _each_text_needs(self, column: int) -> list[int]:
        """Room for each of a column's texts on one line, in the first NEEDS_ROWS rows."""
        advance = self.fontMetrics().horizontalAdvance
        value = self.rows_model.columns()[column].value
        texts = {display_text(value(row)) for row in self.rows_model.rows()[:NEEDS_ROWS]}
        return [advance(text) + self._text_margin(column) + 2 for text in texts if text]

    def _title_floor(self, index: int) -> int:
        """Room for a column's title cut to its first letters and "…" (whole if short), beside
        the sort arrow."""
        title = self._title(index)
        shown = title if len(title) <= _TITLE_LETTERS + 1 else title[:_TITLE_LETTERS] + "…"
        return self.header_room(self.horizontalHeader().fontMetrics().horizontalAdvance(shown))

    def _count_width(self, index: int) -> int:
        """How narrow a column of counts gets before the text columns give way: its figures,
        and its title on two lines between words ("Öppna / åtgärder"), whole."""
        if index in self._counts:
            return self._counts[index]
        metrics = self.fontMetrics()
        figures = max(
            (
                metrics.horizontalAdvance(str(self.proxy.index(row, index).data() or ""))
                for row in range(min(self.proxy.rowCount(), 50))
            ),
            default=0,
        )
        width = max(figures + self._text_margin() + 2, self._two_line_room(index))
        if self.proxy.rowCount():  # known only once rows are there
            self._counts[index] = width
        return width

    def _two_line_room(self, index: int) -> int:
        """Room for a column's title on two lines between its words, beside the sort arrow."""
        metrics = self.horizontalHeader().fontMetrics()
        return self.header_room(two_line_width(self._title(index), metrics))

    def _title(self, index: int) -> str:
        return str(self.proxy.headerData(index, Qt.Orientation.Horizontal) or "")

    def header_room(self, text_width: int) -> int:
        """A section's width for a title line ``text_width`` wide, beside the sort arrow."""
        header = self.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        return text_width + 4 * margin + arrow

    def _floor(self, index: int) -> int:
        """How narrow a squeezed column may get: a column of dates, times or numbers keeps its
        contents whole, and so does one of short one-word labels; a wrapping column keeps its
        widest word and its title on two lines; another text column keeps its title's first
        letters and a few of its own."""
        if index not in self._floors:
            column = self.rows_model.columns()[index]
            title = self._title_floor(index)
            shown = self._first_texts(index)
            whole = [text for text in shown if _WHOLE_TEXT.fullmatch(text)]
            if self._keeps_whole(index):
                metrics = self.fontMetrics()
                widest = max((metrics.horizontalAdvance(text) for text in whole), default=0)
                if column.align_right:
                    widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
                floor = max(title, widest + self._text_margin(index) + 2)
                if column.max_lines:  # its other texts too: "17.50 (för sent)" on one line
                    floor = max(floor, self._word_room(index))
            elif column.wrap:
                # its texts break between words onto more lines; a word cut in the middle
                # ("Gyllenstiernsg…", "Informationsa…") does not, and neither does the title
                words = min(self._word_room(index), MAX_FITTED_WIDTH)
                floor = max(self._two_line_room(index), words, MIN_TEXT_WIDTH)
            elif column.lines:
                floor = max(title, MIN_ITEMS_WIDTH)
            elif shown and not any(" " in text for text in shown):
                # one-word labels (a group's type, a status): a word cannot break onto a second
                # line, and cut it reads "Beredningsgr…"; short ones stay whole
                metrics = self.fontMetrics()
                widest = max(metrics.horizontalAdvance(text) for text in shown)
                label = widest + self._text_margin(index) + 2
                floor = max(title, MIN_TEXT_WIDTH, label if label <= MAX_LABEL_WIDTH else 0)
            else:
                floor = max(title, MIN_TEXT_WIDTH)
            if self.proxy.rowCount():  # known only once rows are there
                self._floors[index] = floor
            return floor
        return self._floors[index]

    def _first_texts(self, index: int) -> list[str]:
        """The texts of a column's first rows as shown, the empty ones left out."""
        texts = (
            str(self.proxy.index(row, index).data() or "")
            for row in range(min(self.proxy.rowCount(), 50))
        )
        return [text for text in texts if text]

    def _keeps_whole(self, index: int) -> bool:
        """Whether a column holds counts, or mostly dates, times or numbers: these keep their
        texts whole when squeezed, and the width they were given when a wide table shares."""
        if index not in self._whole:
            shown = self._first_texts(index)
            whole = [text for text in shown if _WHOLE_TEXT.fullmatch(text)]
            # mostly dates ("Försenat" or "ute" now and then among the returns of loans): the
            # dates stay whole, a longer text beside them may end in "…"
            keeps = self.rows_model.columns()[index].align_right or (
                bool(shown) and len(whole) * 2 > len(shown)
            )
            if not self.proxy.rowCount():  # known only once rows are there
                return keeps
            self._whole[index] = keeps
        return self._whole[index]

    def _given_widths(self) -> dict[int, int]:
        """The widths the columns before the last are given or were fitted to; one not yet
        fitted (an empty list) its title's: at its header's 100 px it went uncounted and the
        empty observations of a new walk scrolled sideways at 1024 px."""
        header = self.horizontalHeader()
        unfitted = range(self.rows_model.columnCount() - 1)
        return {**{i: header.sectionSizeHint(i) for i in unfitted}, **self._natural}

    def _last_room(self, last: int) -> tuple[int, int]:
        """The room the stretching column ``last`` needs for its contents, and the room kept
        for it: its contents or its title, within a section's usual width and MAX_FITTED_WIDTH's
        half."""
        header = self.horizontalHeader()
        # (+2, as the floors: room for the text's rounding; "Sammankallande" was cut by 1 px)
        contents = self.sizeHintForColumn(last) + 2
        reserve = min(
            # its title too: an empty list showed "enaste uppföljnin" for "Senaste uppföljning"
            max(header.defaultSectionSize(), contents, header.sectionSizeHint(last)),
            MAX_FITTED_WIDTH // 2,
        )
        return contents, reserve
