"""The shape every register view shares: a search field and filters on top, a sortable table,
actions in a toolbar, an optional detail pane beside the table.

A subclass provides the columns, ``load_rows()`` (calls a service with the current search and
filters) and reacts to ``current_changed``/``activated``. Typing in the search field reloads after
a short pause; the selection is kept across reloads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import ngettext
from ui.widgets.dialogs import show_error
from ui.widgets.sort_proxy import SortProxy
from ui.widgets.table_model import Column, RowTableModel

R = TypeVar("R")
SEARCH_DELAY_MS = 200


class ListPage(QWidget, Generic[R]):
    current_changed = Signal(object)  # the selected row or None
    activated = Signal(object)  # a row double-clicked or Enter pressed

    def __init__(
        self,
        columns: Sequence[Column[R]],
        search_placeholder: str,
        parent: QWidget | None = None,
        id_of: Any = lambda row: row.id,
    ) -> None:
        super().__init__(parent)
        self._id_of = id_of
        self.model: RowTableModel[R] = RowTableModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.addWidget(self.search, 3)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self._emit_activated())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.current_changed.emit(self.current_row())
        )
        enter = QAction(self.table)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self._emit_activated)
        self.table.addAction(enter)

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filter_bar)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.splitter)

    # --- for subclasses ----------------------------------------------------------------------

    def load_rows(self) -> list[R]:
        raise NotImplementedError

    def set_detail(self, widget: QWidget, stretch: tuple[int, int] = (3, 2)) -> None:
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])

    def add_filter(self, combo: QComboBox) -> None:
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter_bar.addWidget(combo, 1)

    def add_action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | str | None = None,
        needs_selection: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        if needs_selection:
            action.setEnabled(False)
            self.current_changed.connect(lambda row: action.setEnabled(row is not None))
        return action

    def count_text(self, count: int) -> str:
        return ngettext("{count} row", "{count} rows", count).format(count=count)

    # --- behaviour ---------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text().strip()

    def reload(self, select_id: Any = None) -> None:
        """Reload from the database, keeping (or moving) the selection."""
        keep = select_id if select_id is not None else self.current_id()
        try:
            rows = self.load_rows()
        except DomainError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.count_text(len(rows)))
        if keep is not None:
            self.select_id(keep)
        self.current_changed.emit(self.current_row())

    def current_row(self) -> R | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def current_id(self) -> Any:
        row = self.current_row()
        return None if row is None else self._id_of(row)

    def select_id(self, record_id: Any) -> bool:
        for source_row, row in enumerate(self.model.rows()):
            if self._id_of(row) == record_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def _emit_activated(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)
