"""A RecordTable's columns fitted to their rows and squeezed to the table's width, so none
scrolls sideways: counts give way first, dates and counts keep their texts whole, wrapping
columns their widest words; the columns a narrow list leaves aside go, the spare room of a wide
one is shared. Not once the user has sized a column by hand."""

from __future__ import annotations

from ui.widgets.column_measures import MAX_FITTED_WIDTH, MIN_TEXT_WIDTH
from ui.widgets.column_widths import fitted_widths
from ui.widgets.columns_aside import ColumnsAside
from ui.widgets.list_table import stretch_from
from ui.widgets.rows_balanced import RowsBalanced
from ui.widgets.spare_room import SpareRoom


class ColumnSqueeze(ColumnsAside, SpareRoom, RowsBalanced):
    """RecordTable's column widths (it calls ``_fit_new_rows`` with new rows and
    ``_squeeze_to_viewport`` when resized)."""

    def _fit_new_rows(self, any_rows: bool, refit: bool = False) -> None:
        """Fit the columns to the first rows (or, ``refit``, to these rows afresh); later rows
        only make room for a longer word and share the width anew."""
        self._needs.clear()  # other texts: a wide table shares its room anew
        self._heights.clear()
        if refit:
            self._fitted = False
            self._floors.clear()
            self._counts.clear()
            self._words.clear()
            self._whole.clear()
        if not any_rows:
            return
        if not self._fitted:
            self._fitted = True
            self._fit_columns()
            return
        if self._words:
            self._make_room_for_new_words()
        self._squeeze_to_viewport()  # (cheap: the texts are measured once per rows)

    def _fit_columns(self) -> None:
        """Columns without a given width fit the contents of the rows shown (as many as the
        view measures), unless the user has sized columns by hand; then all share the width."""
        if not self._user_sized:
            last = self.rows_model.columnCount() - 1
            with self._program_sizing():
                for index, column in enumerate(self.rows_model.columns()):
                    if column.width is None and index != last:
                        if column.wrap:
                            width = self._widest_word(index)
                        else:  # from the rows: asking the view took 50 ms for 500 rows
                            width = self._text_needs([index])[index]
                        width = min(width, MAX_FITTED_WIDTH)
                        self.setColumnWidth(index, width)
                        self._natural[index] = width
        self._squeeze_to_viewport()

    def _make_room_for_new_words(self) -> None:
        """Rows shown after the columns were fitted may hold a longer word than any before (a
        walk at "Gyllenstiernsgatan" added to a list of short names): its column gets the room
        the first fitting would have given it, rather than cut the word."""
        grown = False
        for index in self._wrapping:
            known = self._words.pop(index, None)
            if known is None:
                continue
            room = self._word_room(index)
            if room <= known:
                continue
            grown = True
            self._floors.pop(index, None)
            if self.rows_model.columns()[index].width is None and index in self._natural:
                self._natural[index] = max(self._natural[index], min(room, MAX_FITTED_WIDTH))
        if grown:
            self._squeeze_to_viewport()

    def _squeeze_to_viewport(self) -> None:
        """Narrow the widest columns so every column shows without scrolling sideways, as long
        as the user has not sized columns by hand. Counts give way first, to their figures
        and their title on two lines; dates and counts keep their texts whole; a text column
        may give way down to its title's first letters and "…" (see ``_floor``); a table
        narrower than all that scrolls instead."""
        if self._user_sized:
            self._leave_aside(set())  # the user sizes every column themselves
        given = self._given_widths()
        if not given or self._user_sized:
            return
        # The last column stretches into what is left, but needs room for its own contents.
        header = self.horizontalHeader()
        contents, reserve = self._last_room(self.rows_model.columnCount() - 1)
        viewport = self.viewport().width()
        self._leave_aside(self._aside_for(reserve, viewport))
        # A last column left aside leaves the stretching to the one before it, which then
        # keeps no given width (its room was kept for the hidden one's and went unused).
        last = self._last_shown()
        if last != self.rows_model.columnCount() - 1:
            contents, reserve = self._last_room(last)
        elif last in self._aside_order:
            reserve = max(reserve, contents)  # kept for its texts whole (``_aside_for``)
        natural = {i: width for i, width in given.items() if i not in self._aside and i != last}
        # Counts give way first, down to their figures and their title on two lines.
        counts = {
            index: self._count_width(index)
            for index, column in enumerate(self.rows_model.columns())
            if column.align_right and index not in self._aside
        }
        # ... and no further: a title cut inside its one word ("Iakttagel…") reads as nothing.
        floors = {
            index: min(width, max(self._floor(index), counts.get(index, 0)))
            for index, width in natural.items()
        }
        own: int | None = None  # the room the last column keeps from the others' texts
        if sum(natural.values()) + reserve > viewport:
            # Squeezed: the last column's title goes onto two lines between its words, as a
            # count's does, and the column keeps that, its contents and a section's 100 px
            # ("Senast kontrollerad" kept 158 px for dates 80 px wide beside a holder's e-mail
            # address cut to "karin.li…").
            title = counts.get(last) or max(header.defaultSectionSize(), self._two_line_room(last))
            own = max(contents, title)
            reserve = min(reserve, own)
        if sum(floors.values()) + reserve > viewport:
            # Tight: the last column too gives way to its contents or its shortened title;
            # wrapping, to its widest word ("t.o.m." above "2026-12-22").
            if last in self._wrapping:
                contents = min(contents, self._word_room(last))
            least = min(max(contents, self._title_floor(last)), reserve)
            floors = self._words_give_way(floors, viewport - least)
            reserve = self._last_share(last, natural, floors, viewport, reserve, least, counts)
        reserve = self._spare_room_taken(last, floors, viewport, reserve)
        wide = frozenset(self._wrapping)  # their rows grow rather than cut the text short
        # ... and with them the columns that give way (``Column.gives_way``), to their floors
        columns = self.rows_model.columns()
        first = {**counts, **{i: floors[i] for i in natural if columns[i].gives_way}}
        widths = fitted_widths(natural, floors, viewport - reserve, wide, first)
        widths = self._grown_into_spare_room(last, widths, viewport, reserve, counts, floors, own)
        widths = self._spare_room_given(widths, last, viewport, max(reserve, own or 0))
        balanced = self._rows_balanced(widths, last, viewport)
        if balanced != widths:  # the last column lent room it was kept
            reserve = min(reserve, viewport - sum(balanced.values()))
        with self._program_sizing():
            for index, width in balanced.items():
                self.setColumnWidth(index, width)
            stretch_from(self, last, reserve)

    def _words_give_way(self, floors: dict[int, int], room: int) -> dict[int, int]:
        """Too tight for every wrapping column's widest word beside the last column's contents
        (a group's members in their pane): the widest words give way first, down to a text
        column's floor, rather than the last column's one word ("Sammankallande")."""
        excess = sum(floors.values()) - room
        floors = dict(floors)
        for index in sorted(self._wrapping, key=lambda i: -floors.get(i, 0)):
            if excess <= 0:
                break
            if index in floors:
                plain = max(self._title_floor(index), MIN_TEXT_WIDTH)
                if self._keeps_whole(index):
                    # a date and its time break between them, never inside the date: a unit's
                    # history at 1024 px read "2026-1" above "2-01 09.00"
                    plain = max(plain, self._word_room(index))
                given = min(excess, max(floors[index] - plain, 0))
                floors[index] -= given
                excess -= given
        return floors

    def _last_share(
        self,
        last: int,
        natural: dict[int, int],
        floors: dict[int, int],
        viewport: int,
        reserve: int,
        least: int,
        counts: dict[int, int],
    ) -> int:
        """In a tight table, the last column's width: ``least`` (its widest word or its
        contents), unless its text wraps; then it shares the room with the others as they share
        it among themselves, down to ``least`` (a role's deputies got 68 px, "Per / Almgren"
        on two lines, beside a primary's column kept at its given 150 px)."""
        if last not in self._wrapping:
            return least
        wide = frozenset(self._wrapping)
        shared = fitted_widths(
            {**natural, last: reserve}, {**floors, last: least}, viewport, wide, counts
        )
        return shared[last]

    def _stretching_column(self) -> int:
        return self._last_shown()
