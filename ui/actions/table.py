"""The Actions list's view over the lazy ``ActionsModel``: one row selected, kept by id across
reloads, sorting by a click on a header (done by the page, not by a proxy)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from samverkan_desktop.services.action_list import ActionListRow
from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, STATUS, TITLE, ActionsModel
from ui.widgets.list_table import setup_list_table
from ui.widgets.record_table import SortHeader

# Initial widths: the what and source columns get the room, dates and status what they need.
WIDTHS = {TITLE: 225, SOURCE: 160, RESPONSIBLE: 145, AREA: 115, DUE: 125, STATUS: 115}
KEEP_SELECTION_ROWS = 2000  # a reload fetches pages up to the selected row, but not forever


class ActionsTable(QTableView):
    current_changed = Signal(object)  # ActionListRow or None
    activated = Signal(object)  # ActionListRow: double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = ActionsModel(self)
        self.setModel(self.actions_model)
        self.setObjectName("actionsTable")
        setup_list_table(self)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Arrows that point the same way as in every other list (▲ ascending).
        self.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self))
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.actions_model.sort)
        for column, width in WIDTHS.items():
            self.setColumnWidth(column, width)
        self._announced: int | None = None
        self.selectionModel().currentRowChanged.connect(lambda *_a: self._announce())
        self.selectionModel().selectionChanged.connect(lambda *_a: self._announce())
        self.actions_model.modelReset.connect(self._announce)
        self.doubleClicked.connect(lambda _index: self._activate())
        enter = QAction(self)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self._activate)
        self.addAction(enter)

    def sort_state(self) -> tuple[int, bool]:
        header = self.horizontalHeader()
        return header.sortIndicatorSection(), (
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def current_row(self) -> ActionListRow | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return self.actions_model.row_at(index.row())

    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else row.id

    def select_id(self, action_id: int | None, load_all: bool = False) -> bool:
        """Select an action; pages are fetched up to it (within reason unless ``load_all``)."""
        model = self.actions_model
        position = model.position_of(action_id)
        if position < 0 or (position >= KEEP_SELECTION_ROWS and not load_all):
            return False
        number = model.row_of_id(action_id)  # type: ignore[arg-type]
        if number < 0:
            return False
        index = model.index(number, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def _announce(self) -> None:
        row = self.current_row()
        key = None if row is None else row.id
        if key != self._announced:
            self._announced = key
            self.current_changed.emit(row)

    def _activate(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)
