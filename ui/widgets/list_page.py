"""The shape every register view shares: actions in a tool bar on top, a search field and filters
under it, a sortable table, an optional detail pane beside the table (ui.widgets.list_column).

A subclass provides the columns, ``load_rows()`` (calls a service with the current search and
filters) and reacts to ``current_changed``/``activated``. Typing in the search field reloads after
a short pause (Enter: at once); the selection is kept across reloads. ``notify`` tells what just
happened under the list, with "Undo" where that is cheap.

Every page offers "History…" (ui.widgets.list_history): the audit trail of the selected
record. The search and the filters are ui.widgets.page_filters's (the search's pause before
the list narrows: ui.widgets.search_narrowing).

A register too long to load at once sets ``page_size`` and provides ``load_page()`` and
``count_rows()`` instead of ``load_rows()``: the first page shows at once, the next ones as the
user scrolls, and a click on a column header sorts in the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext
from ui.widgets.count_words import count_words
from ui.widgets.detail_fit import DetailFit
from ui.widgets.dialogs import show_error
from ui.widgets.empty_text import action_named, no_match_text
from ui.widgets.greyed import grey_for, key_says_why
from ui.widgets.list_column import list_column
from ui.widgets.list_history import ListHistory
from ui.widgets.notice import NoticeBar
from ui.widgets.page_filters import PageFilters
from ui.widgets.paged_model import PagedRowModel
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import Column
from ui.widgets.wording import add_menu_to_toolbar, keep_ellipsis

R = TypeVar("R")
COUNT_DELAY_MS = 150  # a paged list counts its rows after this pause
_DELETE = QKeySequence.StandardKey.Delete


class ListPage(PageFilters, ListHistory, Generic[R]):
    current_changed = Signal(object)  # the selected row or None
    activated = Signal(object)  # a row double-clicked or Enter pressed
    page_size: int | None = None  # set: a page at a time, sorted and counted by the database

    def __init__(
        self,
        columns: Sequence[Column[R]],
        search_placeholder: str,
        parent: QWidget | None = None,
        id_of: Any = lambda row: row.id,
        aside_cramped: bool = False,
    ) -> None:
        """``aside_cramped``: the table's ``Column.aside`` columns go where its columns' floors
        do not fit, whether a row is chosen or not (RecordTable's; a list with no pane)."""
        super().__init__(parent)
        self._loaded = False
        self._empty_hint = ""
        self._empty_actions: list[QAction] = []
        self.detail_fit: DetailFit | None = None
        self.more_menu: QMenu | None = None  # "More ▾" (``add_more_action``)

        self._build_filters(search_placeholder)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.table: RecordTable[R] = RecordTable(
            columns, self, id_of, paged=self.page_size is not None, aside_cramped=aside_cramped
        )
        self.model = self.table.rows_model
        self.proxy = self.table.proxy
        self._searching.leads_into(self.table)
        if isinstance(self.model, PagedRowModel):
            self._count_timer = QTimer(self)
            self._count_timer.setSingleShot(True)
            self._count_timer.setInterval(COUNT_DELAY_MS)
            self._count_timer.timeout.connect(self._show_count)
            self.model.sort_requested.connect(self._sort_requested)
        self.table.current_changed.connect(self.current_changed)
        self.table.activated.connect(self.activated)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.notice = NoticeBar(self)

        left = QWidget(self)
        # The tool bar above the search and the filters on every page, as where it runs across
        # the page (``toolbar_across``): Larm → Larm had it above the search, Lån below. Tab
        # reads them as drawn (the tool bar, the search, the filters, the list).
        self._left_layout = list_column(
            left,
            self.toolbar,
            self.search,
            [self.filter_bar],
            self.table,
            [self.notice, self.count_label],
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.splitter)
        self._add_history(self.current_changed)

    def _sort_requested(self, _column: int, _order: Qt.SortOrder) -> None:
        # Before the first load (a subclass setting its default order) there is nothing to sort.
        if self._loaded:
            self.reload()

    # --- for subclasses ----------------------------------------------------------------------

    def load_rows(self) -> list[R]:
        raise NotImplementedError

    def load_page(self, offset: int, limit: int) -> list[R]:
        """A paged page's rows from ``offset``, in the order of ``sort_column()``."""
        raise NotImplementedError

    def count_rows(self) -> int:
        """A paged page's number of rows (shown with ``count_text``)."""
        raise NotImplementedError

    def sort_column(self) -> tuple[int, bool]:
        """The column the user sorted by, and whether descending."""
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), (
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def set_detail(
        self, widget: QWidget, stretch: tuple[int, int] = (3, 2), vertical: bool = False
    ) -> None:
        """The pane beside the list that shows the selected row, sharing the width by ``stretch``
        (list, pane) while a row is selected; a narrow strip while none is (DetailFit).
        ``vertical``: the same for a pane under the list (the splitter turned vertical)."""
        self.splitter.addWidget(widget)
        self.detail_fit = DetailFit(self.splitter, stretch, vertical)
        self.current_changed.connect(self._fit_detail)

    def _fit_detail(self, row: Any) -> None:
        assert self.detail_fit is not None
        if self.detail_fit.fit(row is not None) and row is not None:
            # A pane opening under the list takes its lower rows: the chosen one stays in view.
            self.table.scrollTo(self.table.currentIndex())

    def toolbar_across(self) -> None:
        """The tool bar above the list and the pane beside it, the page's whole width: in the
        list's own column, beside a wide pane (a group's members at 1100 px), its last actions
        went under the » arrow."""
        self._left_layout.removeWidget(self.toolbar)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.toolbar)

    def set_empty_hint(
        self, text: str, action: QAction | None = None, also: Sequence[QAction] = ()
    ) -> None:
        """What the list says while the register is empty: ``text`` with ``{action}`` naming
        the action that adds the first record (its words and keys read from it), offered as a
        button under the text too; ``also``: other first steps offered beside it (the text
        names them itself), as "Importera från Excel…" beside "Ny person…"."""
        self._empty_hint = text.format(action=action_named(action)) if action else text
        self._empty_actions = [action, *also] if action else list(also)

    def _say_why_empty(self) -> None:
        if self._empty_hint:  # else the page says it itself (the loans: their period)
            filtered = self.filters_on()
            self.table.set_empty_text(no_match_text() if filtered else self._empty_hint)
            self.table.set_empty_actions([] if filtered else self._empty_actions)

    def notify(self, text: str, undo: Any = None, warn: bool = False, kept: bool = False) -> None:
        """Say what just happened under the list, offering "Undo" when ``undo`` is given
        (``warn``: in amber, something in it to heed; ``kept``: until closed or replaced)."""
        self.notice.show_message(text, undo, warn, kept)

    def add_action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        needs_selection: bool = False,
        unchosen: str | None = None,
    ) -> QAction:
        """``unchosen``: why an action that ``needs_selection`` is greyed while no row is
        chosen ("Välj en plan för att skriva ut den."), its tooltip then; its key says it."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Active while the page is visible (hidden areas and tabs do not listen), so Ctrl+N
            # works right after switching to the area, wherever the focus is.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        # Never hand the "checked" flag to the slot (it would land in an optional parameter).
        action.triggered.connect(lambda _checked=False: slot())
        # An action on Delete removes the chosen record: the focus back to the table after a
        # click (on the next record; a click in the pane beside it left it there).
        if shortcut is not None and QKeySequence(shortcut) == QKeySequence(_DELETE):
            back_to_list(action, self.table)
        self.toolbar.addAction(keep_ellipsis(action))
        if needs_selection and unchosen is not None:
            grey_for([action], unchosen)
            key_says_why(action, self)
            self.current_changed.connect(lambda row: _offer(action, row is not None, unchosen))
        elif needs_selection:
            action.setEnabled(False)
            self.current_changed.connect(lambda row: action.setEnabled(row is not None))
        return action

    def add_more_action(self, text: str, slot: Any) -> QAction:
        """A rarely used command in the tool bar's "More ▾" menu (made at the first one, where
        the tool bar has got to; "History…" goes there too): beside a chosen record's pane the
        page's whole row of commands went behind the tool bar's » at 1024 px."""
        if self.more_menu is None:
            self.more_menu = QMenu(self)
            self.more_menu.setToolTipsVisible(True)  # a greyed entry says why
            add_menu_to_toolbar(self.toolbar, _("More"), self.more_menu)
        action = self.more_menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def count_text(self, count: int) -> str:
        return ngettext("{count} row", "{count} rows", count).format(count=count)

    def register_total(self) -> int | None:
        """The whole register's number of rows, asked only while a search or a filter narrows
        the list: the count then says "11 av 43 personer" ("11 personer" read as if the
        register held no more). None: the count says the rows shown only."""
        return None

    def narrowed_count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {count} row", "{shown} of {count} rows", total).format(
            shown=shown, count=total
        )

    def _count_words(self, count: int) -> str:
        total = self.register_total() if self.filters_on() else None
        return count_words(count, total, self.count_text, self.narrowed_count_text)

    # --- behaviour ---------------------------------------------------------------------------

    def reload(self, select_id: Any = None) -> None:
        """Reload from the database, keeping (or moving) the selection."""
        self._searching.settled()
        try:
            rows = self.load_rows() if self.page_size is None else self.load_page(0, self.page_size)
        except DomainError as error:
            show_error(self, error)
            return
        self._say_why_empty()
        if self.detail_fit is not None:  # nothing to choose: no pane asking to choose
            self.detail_fit.set_empty(not rows)
        if self.page_size is None:
            self.table.set_rows(rows, select_id, narrowed=self._searching.narrowing)
            # After the rows are in: a page's count_text may read them ("· 1 har passerat …").
            self._say_count(lambda: len(rows))
        else:
            self.table.set_first_page(
                rows, self._next_page, self.page_size, select_id, self._searching.narrowing
            )
            # The rows first; the count once the typing pauses (not for every letter).
            self.count_label.setText(_("Counting …"))
            self._count_timer.start()
        self._loaded = True
        self.current_changed.emit(self.current_row())

    def _show_count(self) -> None:
        self._say_count(self.count_rows)

    def _say_count(self, count: Callable[[], int]) -> None:
        try:
            self.count_label.setText(self._count_words(count()))
        except DomainError as error:  # the register's total could not be read
            self.count_label.setText(error.message)

    def _next_page(self, offset: int) -> list[R]:
        assert self.page_size is not None
        try:
            return self.load_page(offset, self.page_size)
        except DomainError as error:
            show_error(self, error)
            return []

    def current_row(self) -> R | None:
        return self.table.current_row()

    def current_id(self) -> Any:
        return self.table.current_id()

    def select_id(self, record_id: Any) -> bool:
        return self.table.select_id(record_id)

    def show_id(self, record_id: Any) -> bool:
        """Reload and select a record; when the search or a filter hides it, clear them."""
        self.reload(select_id=record_id)
        if self.current_id() != record_id:
            self.clear_filters()
            self.reload(select_id=record_id)
        return self.current_id() == record_id


def _offer(action: QAction, offered: bool, reason: str) -> None:
    """``action`` offered, or greyed with ``reason`` as its tooltip."""
    grey_for([action], None if offered else reason)
    action.setEnabled(offered)
