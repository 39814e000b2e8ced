"""A lean table model over a list of immutable rows (frozen dataclasses), described by columns.

Views sort through a QSortFilterProxyModel on ``SORT_ROLE``; the model never queries the
database: the page loads rows through a service and hands them over with ``set_rows``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.swedish_order import sort_key

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

WARNING_COLOUR = QColor("#b42318")  # red: late, refused, broken
DUE_SOON_COLOUR = QColor("#b54708")  # amber: act soon (a reminder, not something late)
MUTED_COLOUR = QColor("#6b7785")

AnyIndex = QModelIndex | QPersistentModelIndex
# Roles as plain ints: data() runs a few thousand times a repaint, and each look-up of
# ``Qt.ItemDataRole.X`` costs as much as the rest of an unanswered call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
ANSWERED_ROLES = frozenset({_DISPLAY, _SORT, _ROW, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _DECORATION})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    colour: Callable[[R], QColor | None] | None = None
    # A square of this colour before the text (a group's calendar colour), the text itself in
    # the usual colour: a grey group's name in grey read as cancelled.
    swatch: Callable[[R], QColor | None] | None = None
    align_right: bool = False
    width: int | None = None  # initial width in pixels; None: fit the contents once
    # The room a list has over its columns goes to this column rather than to the last one,
    # which keeps its texts and title: a unit's borrower, not its charging date (350 px for
    # "2026-12-04" beside "Låntagare" at 140 px). The last column itself taking it: a squeezed
    # list narrows the others to their floors before it (a walk's observation text).
    takes_spare_room: bool = False
    # Long text breaks onto more lines (the row grows) rather than being cut short; fitted, the
    # column is as wide as its widest word.
    wrap: bool = False
    # A list of items, one to a line ("\n" between them: a group's priority areas), each line
    # cut short with "…" rather than broken onto more: the row is as tall as its items (three
    # areas wrapped in a narrow column took nine lines); one that misses its line by a word or
    # two takes a second, indented (two_lines.items_on_lines). Give it a tooltip with the
    # whole text.
    lines: bool = False
    # A ``lines`` column whose items never take a second line: each is cut short with "…" (give
    # it a tooltip), so a row is exactly as many lines as its items (a unit's history, what
    # happened over its details: rows of two lines, not four).
    item_per_line: bool = False
    # Beside a chosen row's pane (which shows it), a list too narrow for its columns leaves this
    # one out, the lowest number first: None keeps it always.
    aside: int | None = None
    # Beside a chosen row's pane, cut short with "…" (give it a tooltip with the whole text)
    # before an ``aside`` column is left out: a person's title rather than their e-mail address.
    # A ``wrap`` column that gives way asks no more than its ``width`` for its widest word (a
    # longer one breaks inside).
    gives_way: bool = False
    # A ``wrap`` column whose texts take at most this many lines: squeezed no narrower than that
    # (its floor), so a list too narrow for it leaves an ``aside`` column out instead (a group's
    # "1 gång/månad (ej juli)" read on three lines to keep its type in sight).
    max_lines: int | None = None


def display_text(value: Any) -> str:
    if type(value) is str:  # most cells, at once
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return _(label) if label else str(value.value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return iso_date(value)
    if isinstance(value, (tuple, list)):
        return ", ".join(display_text(v) for v in value)
    return str(value)


def _sortable(value: Any) -> Any:
    # A stable key of one type per column: None sorts first, text in Swedish order (case aside,
    # Å Ä Ö after Z), dates and numbers as themselves.
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, sort_key(value))
    if isinstance(value, enum.Enum):
        return (1, sort_key(display_text(value)))
    if isinstance(value, (dt.date, dt.datetime)):
        return (1, value.isoformat())
    if isinstance(value, (int, float)):
        return (1, value)
    return (1, sort_key(display_text(value)))


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        # Each column's sort keys, worked out once rather than at each of a sort's n·log n
        # comparisons (a Swedish key costs ten times a casefold); forgotten when rows change.
        self._sort_keys: dict[int, list[Any]] = {}
        for changed in (self.modelReset, self.rowsInserted, self.rowsRemoved, self.dataChanged):
            changed.connect(self._forget_sort_keys)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def replace_row(self, number: int, row: R) -> None:
        """``row`` in place of row ``number`` (the same record read anew), selection kept."""
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))

    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The title whole in the tooltip too: a narrow column shows it cut short with "…".
        if orientation == Qt.Orientation.Horizontal and role in (_DISPLAY, _TOOLTIP):
            return self._columns[section].title
        return None

    def _forget_sort_keys(self, *_: Any) -> None:
        self._sort_keys.clear()

    def _column_sort_keys(self, number: int) -> list[Any]:
        keys = self._sort_keys.get(number)
        if keys is None:
            column = self._columns[number]
            key = column.sort_key or column.value
            keys = self._sort_keys[number] = [_sortable(key(row)) for row in self._rows]
        return keys

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell on every paint: the ones never answered
        # return before any work (half the calls of a list's repaint).
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return display_text(column.value(row))
        if role == _FOREGROUND:
            colour = column.colour(row) if column.colour else None
            return QBrush(colour) if colour else None
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _SORT:
            return self._column_sort_keys(index.column())[index.row()]
        if role == _ROW:
            return row
        if role == _TOOLTIP and column.tooltip:
            return column.tooltip(row)
        if role == _DECORATION and column.swatch:
            return column.swatch(row)
        return None
