"""A RecordTable wider than its columns: the room over them goes to the texts cut short, then
to the wrapping columns, or to the column declared to take it (``Column.takes_spare_room``);
a column with more than its texts need lends it to a wrapping one."""

from __future__ import annotations

from ui.widgets.column_measures import ColumnMeasures
from ui.widgets.column_widths import (
    lent_returned,
    surplus_lent,
    surplus_shared,
    wrapped_made_whole,
)


class SpareRoom(ColumnMeasures):
    """Sharing the spare room (RecordTable's squeezing asks, ``_squeeze_to_viewport``)."""

    def _grown_into_spare_room(
        self,
        last: int,
        widths: dict[int, int],
        viewport: int,
        reserve: int,
        counts: dict[int, int],
        floors: dict[int, int],
        own: int | None = None,
    ) -> dict[int, int]:
        """A table wider than its columns: the room the last column does not need for its own
        texts on one line (``own``, if given: squeezed, its title on two lines) goes to the
        texts cut short with "…", left to right as they are read, each up to its longest text
        in the first rows; then to the wrapping columns, the
        one whose texts take the most lines first (a group's priority areas four lines tall
        beside a Löptid column with 80 px to spare); the last column stretches into what is
        left. (It took it all: an exercise's lessons read "Det saknas en reservrutin för
        kommuni…" beside a Status column of 210 px for "Pågår"; but an objective's comment,
        the last column there, must not be cut for the objective beside it.)
        Where the room over the columns is not enough for a text cut short, a column of text
        given more than its texts and title need lends what it has over them (an address
        column of 240 px for 170 px of addresses beside "Sekreterare pensionärs- och
        funktion…"), never below its floor; counts, dates and wrapping columns keep theirs.
        Then a wrapping column whose texts still wrap may borrow (``_lent_to_wrapped``).
        ``last``: the column that stretches."""
        cut = [i for i in sorted(widths) if i not in counts and i not in self._wrapping]
        wrapping = [i for i in sorted(widths) if i in self._wrapping and i not in counts]
        needs = self._text_needs([*cut, last])
        room = viewport - max(reserve, needs[last] if own is None else own)
        lowest = {i: max(needs[i], floors.get(i, 0)) for i in cut if not self._keeps_whole(i)}
        lent = surplus_lent(widths, lowest)
        if sum(lent.values()) >= room:
            return self._lent_to_wrapped(widths, cut, wrapping, floors)
        # what the cut texts leave of the room goes back to the lenders before the wrapping
        # columns get any: those get the room over the given widths, as without lending
        grown = lent_returned(surplus_shared(lent, needs, room, cut), widths, room)
        if wrapping and sum(grown.values()) < room:
            needs = self._text_needs(wrapping)
            by_lines = sorted(wrapping, key=lambda i: -needs[i] / max(grown[i], 1))
            grown = surplus_shared(grown, needs, room, by_lines)
        return self._lent_to_wrapped(grown, cut, wrapping, floors)

    def _lent_to_wrapped(
        self, widths: dict[int, int], cut: list[int], wrapping: list[int], floors: dict[int, int]
    ) -> dict[int, int]:
        """While a wrapping column's texts wrap, what the others have over their texts (a date
        or a number over its texts and its title on two lines) is lent to it, the one whose
        texts take the most lines first, as far as it makes texts read on one line; the rest
        goes back. ("Sekreterare pensionärs- och funktionshinderråden" read on two lines beside
        names 38 px wider than the names, e-mail addresses 22 px.)"""
        needs = self._text_needs([*cut, *wrapping])
        short = sorted(
            (i for i in wrapping if needs[i] > widths[i]), key=lambda i: -needs[i] / widths[i]
        )
        if not short:
            return widths
        lowest = {
            i: max(self._floor(i), self._two_line_room(i))
            if self._keeps_whole(i)
            else max(needs[i], floors.get(i, 0))
            for i in [*cut, *wrapping]
            if i not in short
        }
        total = sum(widths.values())
        each = {i: self._each_text_needs(i) for i in short}
        made = wrapped_made_whole(surplus_lent(widths, lowest), each, total, short)
        return lent_returned(made, widths, total)

    def _spare_room_given(
        self, widths: dict[int, int], last: int, viewport: int, reserve: int
    ) -> dict[int, int]:
        """What the ``viewport`` has over the columns and the last one's own room (its texts
        and title, at least ``reserve``) goes to the column declared to take it
        (``Column.takes_spare_room``), if shown, rather than stretch the last one."""
        columns = self.rows_model.columns()
        taker = next((i for i in widths if i != last and columns[i].takes_spare_room), None)
        if taker is None:
            return widths
        left = viewport - max(reserve, self._text_needs([last])[last]) - sum(widths.values())
        return {**widths, taker: widths[taker] + left} if left > 0 else widths

    def _spare_room_taken(
        self, last: int, floors: dict[int, int], viewport: int, reserve: int
    ) -> int:
        """The room kept for the stretching column ``last``: if it takes the spare room
        (``Column.takes_spare_room``), what the others leave at their floors, up to its longest
        text on one line. A walk's observations read "Klotter på / lekstugan och / glaskross i
        / sandlådan." in 124 px at 1024 px beside a place and a severity with room to spare."""
        if not self.rows_model.columns()[last].takes_spare_room:
            return reserve
        left = viewport - sum(floors.values())
        return max(reserve, min(self._text_needs([last])[last], left))
