"""A narrow RecordTable's ``Column.aside`` columns left to the chosen row's pane, in their
order, rather than every column squeezed until it breaks its words."""

from __future__ import annotations

from ui.widgets.column_measures import ColumnMeasures


class ColumnsAside(ColumnMeasures):
    """Which columns go, and hiding them (RecordTable's squeezing asks, ``_squeeze_to_viewport``)."""

    def _aside_for(self, reserve: int, viewport: int) -> set[int]:
        """The columns to leave to the chosen row's pane (``Column.aside``): while a row is
        chosen, one after the other until the others fit the ``viewport`` at their given widths
        (a ``Column.gives_way`` at its floor), the last column at its ``reserve`` or, left out
        first where too narrow, its contents (the last one too may be left out; beside
        a group's details at 1100 px, seven columns left the group's name 56 px). While none
        is, only as many as it takes for the columns' floors to fit the ``viewport``: at
        1024 px a group's name, squeezed below its widest word, read on three lines."""
        if not self._aside_order:
            return set()
        last = self.rows_model.columnCount() - 1
        columns = self.rows_model.columns()
        if (self._announced is None or self._aside_cramped) and not self._aside_unchosen:
            # a count at its figures and its title on two lines, as squeezed: at its floor
            # alone the others fitted here, and there a group's name broke its widest word
            floors = {
                index: max(
                    self._floor(index), self._count_width(index) if column.align_right else 0
                )
                for index, column in enumerate(columns)
            }
            if columns[last].takes_spare_room:
                # the text read keeps a section's room, the short columns go first: a new
                # walk's first observation read "Belysningen / vid / gångvägen…" in 92 px
                # beside its category and a count of no photos
                floors[last] = max(floors[last], reserve)
            return self._left_out(floors, viewport)
        if last in self._aside_order:  # shown, it reads whole: an e-mail address cut is none
            reserve = max(reserve, self._last_room(last)[0])
        widths = {  # a column that gives way at its floor
            index: self._floor(index) if columns[index].gives_way else width
            for index, width in self._given_widths().items()
        }
        return self._left_out({**widths, last: reserve}, viewport, back=True)

    def _left_out(self, widths: dict[int, int], room: int, back: bool = False) -> set[int]:
        """The ``Column.aside`` columns, in their order, until the others' ``widths`` fit.
        ``back`` (the given widths, not the floors): then each of them that the room left holds
        comes back, the last to go first (beside a chosen loan the purpose and the lending
        date went, 119 px left over, the purpose's 73 px among them)."""
        aside: set[int] = set()
        out: dict[int, int] = {}
        for index in self._aside_order:
            if sum(widths.values()) <= room:
                break
            out[index] = widths.pop(index, 0)
            aside.add(index)
        for index in reversed(list(out) if back else []):
            if sum(widths.values()) + out[index] <= room:
                widths[index] = out[index]
                aside.discard(index)
        return aside

    def _leave_aside(self, aside: set[int]) -> None:
        if aside == self._aside:
            return
        self._aside = aside
        with self._program_sizing():
            for index in self._aside_order:
                self.setColumnHidden(index, index in aside)
        if self._tall:  # the rows' lines were the left-out columns' too
            self._rows_timer.start()

    def _last_shown(self) -> int:
        """The column that stretches: the last one not left aside."""
        last = self.rows_model.columnCount() - 1
        while last > 0 and self.isColumnHidden(last):
            last -= 1
        return last
