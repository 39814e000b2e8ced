"""A list of records picked by ticking them (``CheckList``): a group's priority areas, the
agenda items fetched from a meeting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui import key_guide
from ui.widgets.list_rows import rows_height


class CheckList(QListWidget):
    """Several records picked by ticking them (priority areas of a group)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemClicked.connect(self._toggle)
        # A long name breaks onto a second line rather than hide behind a sideways scroll bar
        # ("Riktat arbete mot avgränsade platser och utsa…" in the agreement's form).
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self._all_rows = False

    def show_all_rows(self) -> None:
        """As tall as its lines at its width, wrapped ones counted (the ten priority areas: a
        height of ten one-line rows hid the last behind a scroll bar once the first wrapped)."""
        self._all_rows = True
        self._fit_height()

    def _fit_height(self) -> None:
        if not self._all_rows:
            return
        rows = rows_height(self)
        self.setFixedHeight(max(rows, self.fontMetrics().lineSpacing()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # the wrapped lines at the new width

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_height()

    def rows_at_least(self, height: int) -> None:
        """Each row at least ``height`` tall (a wrapped one taller): beside a table, its rows'
        height, so the two read as one form ("Hämta från möte": the agenda items were packed
        tight under roomy meeting rows)."""
        self.setItemDelegate(_LeastHeight(height, self))
        self._fit_height()

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        checked = set(self.values())
        self.clear()
        for record_id, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            # Not "user checkable": we toggle ourselves so a click anywhere on the line counts.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked
            )

    def values(self) -> list[Any]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    # What is ticked, for loading another desk's change (form_reload.Compound): no input widget.
    def form_values(self) -> tuple[object, ...]:
        return tuple(self.values())

    def put_form_values(self, values: tuple[object, ...]) -> None:
        self.set_values(values)

    def form_text(self) -> str:
        ticked = [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        return ", ".join(ticked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if key_guide.LIST_TICK.matches(event) and self.currentItem() is not None:
            self._toggle(self.currentItem())
            return
        super().keyPressEvent(event)


class _LeastHeight(QStyledItemDelegate):
    """A list's rows at least ``height`` tall, the text centred in them (CheckList.rows_at_least)."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._height = height

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self._height))
