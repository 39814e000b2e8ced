"""Input widgets used in forms: optional dates, enum and record pickers."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QWidget

from samverkan_desktop.i18n import _

_NULL_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """An ISO date field that may be empty (shown as "–"); a calendar pops up on demand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NULL_DATE)
        self.setSpecialValueText("–")
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setDate(_NULL_DATE)

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
    """Pick a record (id, text) by typing part of its name; optionally none."""

    def __init__(self, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._empty_text is not None:
            self.addItem(self._empty_text, None)
        for record_id, text in items:
            self.addItem(text, record_id)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        # The typed text must match an item exactly; otherwise nothing is chosen.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def typed_but_unknown(self) -> bool:
        text = self.currentText().strip()
        return bool(text) and text != (self._empty_text or "") and self.value() is None

    def set_value(self, record_id: Any) -> None:
        index = self.findData(record_id)
        self.setCurrentIndex(max(index, 0))
