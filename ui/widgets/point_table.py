"""A table of points typed in a dialog (a checklist template's points): added, removed and moved
with the buttons beside it or with Ins and Del, every cell plain text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.arrow_buttons import as_down, as_up, enable_arrows


class PointTable(QTableWidget):
    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None = None,
        first_typed: int = 0,
        numbers: Sequence[int] = (),
    ) -> None:
        """``first_typed``: the column a new point's typing starts in (a hidden code column
        before it may stay empty); ``numbers``: columns of numbers, aligned right."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Every row was one line high: a guidance on three lines lost its third. Each row as
        # high as its wrapped texts (followed as the columns are resized), never below one line.
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._first_typed = first_typed
        self._numbers = set(numbers)
        # The points as filled from the record last time and the time before: after another
        # desk's points were filled in, form_text names what they changed.
        self._filled: tuple[tuple[str, ...], ...] = ()
        self._before: tuple[tuple[str, ...], ...] = ()

    def fill(self, rows: Sequence[Sequence[str]]) -> None:
        """The record's points, in place of those shown."""
        self.setRowCount(0)
        for texts in rows:
            self.append(*texts)
        self._before, self._filled = self._filled, self.texts()

    def append(self, *texts: str) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            cell = QTableWidgetItem(texts[column] if column < len(texts) else "")
            if column in self._numbers:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, cell)
        return row

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def texts(self) -> tuple[tuple[str, ...], ...]:
        """Every point's cells, in the table's order."""
        return tuple(
            tuple(self.text(row, column) for column in range(self.columnCount()))
            for row in range(self.rowCount())
        )

    # The points as one field of their form (form_reload.Compound): loading another desk's
    # change keeps the points typed here, or says theirs under the table.
    def form_values(self) -> tuple[object, ...]:
        return self.texts()

    def put_form_values(self, values: tuple[object, ...]) -> None:
        self.setRowCount(0)
        for texts in values:
            assert isinstance(texts, tuple)
            self.append(*texts)

    def form_text(self) -> str:
        """After the other desk's points were filled in: the points they changed or added, as
        the visible columns show them, and those they removed (the whole list would bury the
        one that matters)."""
        title = self._first_typed
        titles = {row[title] for row in self._filled}
        theirs = [self._shown(row) for row in self._filled if row not in self._before]
        gone = [
            _("{point} removed").format(point=row[title])
            for row in self._before
            if row[title] not in titles
        ]
        return "; ".join(theirs + gone) or "; ".join(row[title] for row in self._filled)

    def _shown(self, row: tuple[str, ...]) -> str:
        return " – ".join(
            text for column, text in enumerate(row) if text and not self.isColumnHidden(column)
        )

    def add_point(self) -> None:
        """A new empty point at the end, its first column open for typing."""
        row = self.append()
        self.setCurrentCell(row, self._first_typed)
        item = self.item(row, self._first_typed)
        if item is not None:
            self.editItem(item)

    def remove_point(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def move_point(self, offset: int) -> None:
        """The chosen point one place up (-1) or down (1); its cells go with it as they are."""
        row = self.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.rowCount():
            return
        for column in range(self.columnCount()):
            mine = self.takeItem(row, column)
            theirs = self.takeItem(target, column)
            self.setItem(row, column, theirs)
            self.setItem(target, column, mine)
        self.setCurrentCell(target, self.currentColumn())

    def buttons(self, parent: QWidget) -> QWidget:
        """Add, remove, up and down, in a row for above or below the table."""
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        up, down = as_up(QPushButton(box)), as_down(QPushButton(box))
        for button, slot in (
            (QPushButton(_("Add point"), box), self.add_point),
            (QPushButton(_("Remove point"), box), self.remove_point),
            (up, lambda: self.move_point(-1)),
            (down, lambda: self.move_point(1)),
        ):
            button.clicked.connect(lambda _checked=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)

        def enable() -> None:
            place = self.currentRow() if self.currentRow() >= 0 else None
            enable_arrows(up, down, place, self.rowCount(), self)

        # a point added, removed, moved or chosen
        self.currentCellChanged.connect(lambda *_cells: enable())
        self.model().rowsInserted.connect(lambda *_rows: enable())
        self.model().rowsRemoved.connect(lambda *_rows: enable())
        enable()
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key_guide.TABLE_ADD_ROW.matches(event):
            self.add_point()
            return
        if not editing and key_guide.TABLE_REMOVE_ROW.matches(event) and self.currentRow() >= 0:
            self.remove_point()
            return
        super().keyPressEvent(event)
