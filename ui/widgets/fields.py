"""Input widgets used in forms: optional dates, enum and record pickers, check lists, text."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from samverkan_desktop.i18n import _

# The empty field: the day before the first one the program takes (1900-01-01, as the command
# line), so that every date a user may type is kept as typed.
_NULL_DATE = QDate(1899, 12, 31)


class OptionalDateEdit(QDateEdit):
    """An ISO date field that may be empty (shown as "–"); a calendar pops up on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NULL_DATE)
        self.setSpecialValueText("–")
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendarWidget().installEventFilter(self)
        self.setDate(_NULL_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The calendar of an empty field opens on this month, not on the empty day's (1899).
        if (
            event.type() == QEvent.Type.Show
            and watched is self.calendarWidget()
            and self.value() is None
        ):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Typing a date into the empty field ("–") starts from today's date with the year
        # selected, so "20260312" just works; Delete/Backspace on all of it empties the field.
        line = self.lineEdit()
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        elif (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and line.hasSelectedText()
            and line.selectedText() == line.text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _NULL_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_NULL_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(_NULL_DATE)


class EnumCombo(QComboBox):
    """Pick a member of an enum by its translated label; optionally an "all"/"none" first item."""

    def __init__(
        self,
        members: Iterable[enum.Enum],
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if empty_text is not None:
            self.addItem(empty_text, None)
        for member in members:
            label = getattr(member, "label", None)
            self.addItem(_(label) if label else str(member.value), member)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, member: Any) -> None:
        index = self.findData(member)
        self.setCurrentIndex(max(index, 0))


class RecordCombo(QComboBox):
    """Pick a record (id, text) by typing part of its name; optionally none.

    Editable (default): typing filters a popup of matching items; the typed text counts when it
    equals an item or when exactly one item contains it ("berg" picks "Anna Berglund" if she is
    the only match). An empty field means none; ``empty_text`` is shown greyed in it, so typing
    starts on an empty line. Not editable: a plain drop-down with ``empty_text`` as its first
    item, e.g. a list filter with "All ..." first.
    """

    def __init__(
        self,
        empty_text: str | None = None,
        parent: QWidget | None = None,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setEditable(editable)
        if editable:
            # A picker fills its form row: the names are long ("Anna Berglund — Kommunpolis, …").
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            if empty_text:
                self.lineEdit().setPlaceholderText(empty_text)
            completer = self.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._empty_text is not None and not self.isEditable():
            self.addItem(self._empty_text, None)
        for record_id, text in items:
            self.addItem(text, record_id)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> Any:
        if not self.isEditable():
            return self.currentData()
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        folded = text.casefold()
        matches = [i for i in range(self.count()) if folded in self.itemText(i).casefold()]
        return self.itemData(matches[0]) if len(matches) == 1 else None

    def typed_but_unknown(self) -> bool:
        """Text was typed that names no item (or several): say so rather than guess."""
        return bool(self.currentText().strip()) and self.value() is None

    def set_value(self, record_id: Any) -> None:
        """Show a record; None (or an unknown id) empties an editable field that offers
        ``empty_text``, and otherwise shows the first item."""
        index = self.findData(record_id) if record_id is not None else -1
        if index < 0 and self.isEditable() and self._empty_text is not None:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            self.setCurrentIndex(max(index, 0))
        if self.isEditable():
            self.lineEdit().setCursorPosition(0)  # show the start of a long name, not its end


class CheckList(QListWidget):
    """Several records picked by ticking them (priority areas of a group)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemClicked.connect(self._toggle)

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

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self._toggle(self.currentItem())
            return
        super().keyPressEvent(event)


class TextBox(QPlainTextEdit):
    """A few lines of free text (purpose, notes); Tab moves on to the next field."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
