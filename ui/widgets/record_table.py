"""A read-only, sortable table of immutable rows: the list of a register page, the members of a
group, the people of an organisation.

Rows are handed over with ``set_rows``; the selection is found again by record id after a
reload, and a record deleted makes way for the row in its place (``next_choice``). Enter and
double-click emit ``activated`` with the row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.cell_delegates import LinesDelegate, WrapDelegate
from ui.widgets.chosen_in_view import resized_keeping_chosen
from ui.widgets.column_measures import MIN_TEXT_WIDTH
from ui.widgets.column_squeeze import ColumnSqueeze
from ui.widgets.column_widths import fitted_widths, surplus_shared
from ui.widgets.empty_text import EmptyText
from ui.widgets.list_table import setup_list_table, show_cut_text
from ui.widgets.next_choice import chosen_after_removal
from ui.widgets.paged_model import Fetch, PagedRowModel
from ui.widgets.row_heights import WrappedRowHeights
from ui.widgets.shown_rows import ShownRowsCopy
from ui.widgets.sort_header import SortHeader
from ui.widgets.sort_proxy import SortProxy
from ui.widgets.table_model import Column, RowTableModel
from ui.widgets.wrapped_text import words_fitted

# The table's parts live in modules of their own (column_measures, column_squeeze,
# columns_aside, spare_room, row_heights, shown_rows, cell_delegates, wrapped_text); these
# names are imported from here by the views and tests.
__all__ = [
    "MIN_TEXT_WIDTH",
    "RecordTable",
    "SortHeader",
    "fitted_widths",
    "surplus_shared",
    "words_fitted",
]

R = TypeVar("R")


class RecordTable(ShownRowsCopy, ColumnSqueeze, WrappedRowHeights, Generic[R]):
    current_changed = Signal(object)  # the selected row or None
    activated = Signal(object)  # a row double-clicked or Enter pressed

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
        id_of: Callable[[R], Any] = lambda row: row.id,  # type: ignore[attr-defined]
        paged: bool = False,
        aside_unchosen: bool = False,
        aside_cramped: bool = False,
    ) -> None:
        """``paged``: rows come a page at a time and the database sorts them (see paged_model);
        the view then shows the model itself (``proxy`` is the model), else a SortProxy.
        ``aside_unchosen``: the ``Column.aside`` columns go whenever the list is too narrow, a
        row chosen or not (a list with no pane beside it, whose column left out says little).
        ``aside_cramped``: they go only when the columns' floors do not fit, a row chosen or
        not (a list whose pane always shows a row: a walk's observations kept their category
        only at 1024 px, where it broke the words of every column)."""
        super().__init__(parent)
        self.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self))
        self._id_of = id_of
        self._fitted = False
        self._natural: dict[int, int] = {}  # given or fitted widths before squeezing
        self._floors: dict[int, int] = {}  # how narrow squeezing may make them
        self._counts: dict[int, int] = {}  # how narrow the counts get before the texts give way
        self._words: dict[int, int] = {}  # room for a wrapping column's widest word
        self._needs: dict[int, int] = {}  # room for a column's longest text on one line
        self._heights: dict[tuple[str, int], float] = {}  # a text's height in a room
        self._whole: dict[int, bool] = {}  # columns of dates, times, numbers (``_keeps_whole``)
        self.rows_model: RowTableModel[R] = (
            PagedRowModel(columns, self) if paged else RowTableModel(columns, self)
        )
        self._sort_proxy: SortProxy | None = None
        self.proxy: QAbstractItemModel = self.rows_model  # the model the view shows
        if not paged:
            self._sort_proxy = self.proxy = SortProxy(self)
            self._sort_proxy.setSourceModel(self.rows_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_list_table(self)
        header = self._hand_sized_header()
        # Columns whose text wraps: their rows get the lines they need, again whenever such a
        # column gets another width (at most once per turn of the event loop).
        self._wrapping = [index for index, column in enumerate(columns) if column.wrap]
        # Columns a narrow list leaves to the chosen row's pane, in the order they go.
        self._aside_order = sorted(
            (index for index, column in enumerate(columns) if column.aside is not None),
            key=lambda index: columns[index].aside or 0,
        )
        self._aside: set[int] = set()  # those left out now
        self._aside_unchosen = aside_unchosen
        self._aside_cramped = aside_cramped
        # Columns of items one to a line, each cut short rather than wrapped (``Column.lines``).
        self._lines = [index for index, column in enumerate(columns) if column.lines]
        for index in self._lines:
            split = not columns[index].item_per_line
            self.setItemDelegateForColumn(index, LinesDelegate(self, split))
        for index in self._wrapping:
            self.setItemDelegateForColumn(index, WrapDelegate(self))
        # Rows as tall as their texts' lines: wrapped, or items one to a line.
        self._tall = bool(self._wrapping or self._lines)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self._refit_rows)
        if self._wrapping:
            self.setWordWrap(True)
        if self._tall:  # (an item of ``lines`` too may take a second line: ``items_on_lines``)
            header.sectionResized.connect(
                lambda index, *_sizes: (
                    (index in self._wrapping or index in self._lines) and self._rows_timer.start()
                )
            )
        for index, column in enumerate(columns):
            if column.width is not None:
                self.setColumnWidth(index, column.width)
                if index != len(columns) - 1:
                    self._natural[index] = column.width

        self.doubleClicked.connect(lambda _index: self._emit_activated())
        # A click moves the current index before it selects the row: listen to both, and
        # tell only when the selected record really changed (after a press: PressSelectsTable).
        self._announced: object = None
        # The record deleted from under the choice and the one chosen in its place: an Undo
        # that brings it back chooses it again (``_kept_id``).
        self._gone: tuple[Any, Any] | None = None
        self.selectionModel().currentRowChanged.connect(lambda *_args: self.announce())
        self.selectionModel().selectionChanged.connect(lambda *_args: self.announce())
        enter = QAction(self)
        key_guide.LIST_OPEN.apply(enter)
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self._emit_activated)
        self.addAction(enter)
        # For Excel, Word or a mail: the selected row (Ctrl+C) or the whole list as shown.
        self.copy_action = QAction(_("Copy the row"), self)
        key_guide.LIST_COPY.apply(self.copy_action)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_row)
        self.addAction(self.copy_action)
        self.export_action = QAction(_("Export the list for Excel…"), self)
        self.export_action.triggered.connect(self.export_list)
        self.export_action.setVisible(not paged)  # a paged list holds only what was scrolled to
        # The file name offered (without date and ending); None: the tab the list is on.
        self.export_name: str | None = None

        # What an empty table says (why it is empty), over its viewport.
        self._empty = EmptyText(self, self.proxy)
        self.empty_label = self._empty.label
        if self._tall:  # new rows, or the rows in another order (sorted)
            for signal in (
                self.proxy.modelReset,
                self.proxy.rowsInserted,
                self.proxy.rowsRemoved,
                self.proxy.layoutChanged,
            ):
                signal.connect(lambda *_args: self._rows_timer.start())

    def on_tick(self, slot: Callable[[], object]) -> None:
        """Space on the selected row calls ``slot``: a list whose rows are ticked off (a
        checklist's point done, a participant attended)."""
        tick = QAction(self)
        key_guide.LIST_TICK.apply(tick)
        tick.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tick.triggered.connect(slot)
        self.addAction(tick)

    def set_empty_text(self, text: str, warning: bool = False) -> None:
        """What the table says while it has no rows ("": nothing); ``warning``: in red, for
        something the user has to change (e.g. a period that ends before it starts)."""
        self._empty.set_text(text, warning)

    def set_empty_action(self, action: QAction | None) -> None:
        """The first step offered as a button under the empty table's text (None: none)."""
        self._empty.set_action(action)

    def set_empty_actions(self, actions: Sequence[QAction]) -> None:
        """The first steps offered side by side under the empty table's text (Ny person…,
        Importera från Excel…); none: no button."""
        self._empty.set_actions(actions)

    def set_rows(
        self,
        rows: Sequence[R],
        select_id: Any = None,
        *,
        refit: bool = False,
        narrowed: bool = False,
    ) -> None:
        """Show new rows, keeping the selected record (or selecting ``select_id``); when the
        selected record went (deleted), the row in its place (``next_choice``).

        The columns keep the widths fitted to the first rows while the rows change (a search
        typed letter by letter, a reload): they do not jump under the pointer; a longer word
        than any before gets its room. ``refit``: the rows are another record's (a walk's
        observations after another walk's), measured afresh: a walk of short words opened
        first left a walk of long ones its narrow floors, a long one a short one cramped.
        ``narrowed``: the user's search or filter changed the rows, so a record left out
        leaves nothing chosen rather than the row in its place."""
        keep = self._kept_id(rows, select_id, narrowed)
        self.rows_model.set_rows(rows)
        self._fit_new_rows(bool(rows), refit)
        if self._tall:  # at once: the new rows are never painted one line high
            self._rows_timer.stop()
            self._fit_rows()
        if keep is not None:
            self.select_id(keep)

    def set_first_page(
        self,
        rows: Sequence[R],
        fetch: Fetch,
        page_size: int,
        select_id: Any = None,
        narrowed: bool = False,
    ) -> None:
        """A paged table's first rows; the rest come as the user scrolls."""
        keep = self._kept_id(rows, select_id, narrowed)
        assert isinstance(self.rows_model, PagedRowModel)
        self.rows_model.set_first_page(rows, fetch, page_size)
        self._fit_new_rows(bool(rows))
        if keep is not None:
            self.select_id(keep)

    def _kept_id(self, rows: Sequence[R], select_id: Any, narrowed: bool) -> Any:
        """The record to choose among ``rows``: ``select_id``, else the one chosen now, else
        (it went) the one in its place; after an Undo, the record it brought back while the
        row chosen in its place is still chosen."""
        if select_id is not None:
            return select_id
        chosen = self.current_id()
        new_ids = {self._id_of(row) for row in rows}
        gone = self._gone
        if gone is not None and chosen == gone[1] and gone[0] in new_ids:
            self._gone = None
            return gone[0]
        if chosen is None or chosen in new_ids or narrowed:
            return chosen
        shown = [self._id_of(row) for row in self.rows()]
        following = chosen_after_removal(shown, chosen, new_ids)
        self._gone = None if following is None else (chosen, following)
        return following

    def _source_row(self, index: QModelIndex) -> int:
        """The row in ``rows_model`` of a view index."""
        if self._sort_proxy is None:
            return index.row()
        return self._sort_proxy.mapToSource(index).row()

    def _view_index(self, source_row: int) -> QModelIndex:
        index = self.rows_model.index(source_row, 0)
        return index if self._sort_proxy is None else self._sort_proxy.mapFromSource(index)

    def rows(self) -> list[R]:
        """The rows in the order shown."""
        return [
            self.rows_model.row_at(self._source_row(self.proxy.index(i, 0)))
            for i in range(self.proxy.rowCount())
        ]

    def current_row(self) -> R | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return self.rows_model.row_at(self._source_row(index))

    def current_id(self) -> Any:
        row = self.current_row()
        return None if row is None else self._id_of(row)

    def replace_row(self, row: R) -> bool:
        """Show ``row`` in place of the row of the same record (read anew); False: not listed."""
        for number, shown in enumerate(self.rows_model.rows()):
            if self._id_of(shown) == self._id_of(row):
                self.rows_model.replace_row(number, row)
                return True
        return False

    def select_id(self, record_id: Any) -> bool:
        for source_row, row in enumerate(self.rows_model.rows()):
            if self._id_of(row) == record_id:
                index = self._view_index(source_row)
                self.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.scrollTo(index)
                return True
        return False

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        return show_cut_text(self, event) or super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        resized_keeping_chosen(self, event, self._resized)

    def _resized(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._squeeze_to_viewport()

    def announce(self) -> None:
        if self.pressing:
            return
        row = self.current_row()
        if row != self._announced:
            self._announced = row
            self.current_changed.emit(row)

    def _emit_activated(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)
