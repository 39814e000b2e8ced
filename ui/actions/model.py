"""The Actions list's table model: it holds the ids in the order shown and fetches rows a page at
a time as the view scrolls (``canFetchMore``/``fetchMore``), so 100,000 actions cost no more than
the few hundred on screen. ``data()`` never queries: a page is fetched in ``fetchMore``.

Sorting is done by the page (in SQL or in the in-memory index): a click on a header emits
``sort_requested`` with the column's sort key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.services import action_rows
from samverkan_desktop.services.action_list import PAGE_SIZE, SORT_KEYS
from samverkan_desktop.services.action_list_rows import ActionListRow
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR
from ui.widgets.wording import EMPTY

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], list[ActionListRow]]
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles as plain ints, looked up once: data() is called for every cell and role at each paint.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole.value)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
ROW_ROLE_VALUE = int(ROW_ROLE)
WARNING_BRUSH, MUTED_BRUSH = QBrush(WARNING_COLOUR), QBrush(MUTED_COLOUR)

TITLE, SOURCE, RESPONSIBLE, AREA, DUE, STATUS = range(6)


def column_titles() -> tuple[str, ...]:
    return (
        _("Action"),
        _("Source"),
        _("Responsible"),
        _("Priority area"),
        _("Due"),
        _("Status"),
    )


def due_text(row: ActionListRow) -> str:
    return date_with_week(row.due_on) if row.due_on else EMPTY


def status_text(row: ActionListRow) -> str:
    return action_rows.status_text(row.status, row.overdue)


def cell_text(row: ActionListRow, column: int) -> str:
    """What a cell shows (also what the table measures its columns by)."""
    if column == TITLE:
        return row.title
    if column == SOURCE:
        return row.source_text
    if column == RESPONSIBLE:
        return row.responsible
    if column == AREA:
        return row.priority_area or ""
    if column == DUE:
        return due_text(row)
    return status_text(row)


class ActionsModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: list[ActionListRow] = []
        self._fetch: Fetch = lambda _ids: []
        self._titles = column_titles()

    # --- contents ----------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], fetch: Fetch, at_least: int = 0) -> None:
        """Show these ids (in order); rows are fetched now for the first page (or up to
        ``at_least``) and later as the view scrolls."""
        self.beginResetModel()
        self._ids = list(ids)
        self._fetch = fetch
        wanted = min(len(self._ids), max(PAGE_SIZE, at_least))
        self._rows = fetch(self._ids[:wanted]) if wanted else []
        if len(self._rows) < wanted:  # some went away meanwhile: show what is there
            self._ids = [r.id for r in self._rows] + self._ids[wanted:]
        self.endResetModel()

    def set_first_rows(self, rows: list[ActionListRow], fetch: Fetch) -> None:
        """Show a first page only; ``set_ids`` follows when the whole answer is known."""
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._rows = list(rows)
        self._fetch = fetch
        self.endResetModel()

    def replace_row(self, row: ActionListRow) -> None:
        """A changed action shown in place (after a status change, before the next reload)."""
        for number, shown in enumerate(self._rows):
            if shown.id == row.id:
                self._rows[number] = row
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, self.columnCount() - 1)
                )
                return

    def total(self) -> int:
        return len(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

    def loaded_rows(self) -> list[ActionListRow]:
        return list(self._rows)

    def row_at(self, number: int) -> ActionListRow:
        return self._rows[number]

    def position_of(self, action_id: int | None) -> int:
        """Where an action stands in the whole answer (loaded or not); -1 when absent."""
        try:
            return self._ids.index(action_id)  # type: ignore[arg-type]
        except ValueError:
            return -1

    def row_of_id(self, action_id: int) -> int:
        """The row number of an action (fetching pages up to it); -1 when not in the list."""
        position = self.position_of(action_id)
        if position < 0:
            return -1
        while position >= len(self._rows) and self.canFetchMore():
            self.fetchMore()
        return position if position < len(self._rows) else -1

    # --- lazy loading ------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._ids[start : start + PAGE_SIZE]
        rows = self._fetch(page)
        if len(rows) < len(page):  # deleted meanwhile: drop them from the ids too
            found = {r.id for r in rows}
            self._ids[start : start + PAGE_SIZE] = [i for i in page if i in found]
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # --- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (DISPLAY_ROLE, TOOLTIP_ROLE):
            # The tooltip gives a title whole where a narrow window cut it ("Prio…").
            return self._titles[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_KEYS):
            self.sort_requested.emit(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (DISPLAY_ROLE, ROW_ROLE_VALUE, FOREGROUND_ROLE, TOOLTIP_ROLE):
            return None
        number = index.row()
        if not index.isValid() or number >= len(self._rows):
            return None
        row = self._rows[number]
        column = index.column()
        if role == DISPLAY_ROLE:
            return cell_text(row, column)
        if role == ROW_ROLE_VALUE:
            return row
        if role == FOREGROUND_ROLE:
            if row.overdue:
                return WARNING_BRUSH
            if not row.is_open:
                return MUTED_BRUSH
            return None
        if role == TOOLTIP_ROLE:
            if column == TITLE:
                return row.title
            if column == SOURCE:
                return row.source_text
            if column == DUE and row.overdue:
                return _("Overdue since {date}").format(date=date_with_week(row.due_on))
        return None
