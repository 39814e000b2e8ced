"""Input widgets used in forms: enum pickers and free text. Elsewhere: dates in ``date_field``
(``OptionalDateEdit``, importable from here too), clock times in ``time_field``, check lists in
``check_list``, the record picker in ``record_combo``."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit, QWidget

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.date_field import OptionalDateEdit

# OptionalDateEdit lives in date_field; 28 modules import it from here.
__all__ = ["EnumCombo", "OptionalDateEdit", "TextBox", "stop_at_length"]


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


class TextBox(QPlainTextEdit):
    """A few lines of free text (purpose, notes); Tab moves on to the next field, Enter starts a
    new line and Ctrl+Enter confirms the dialog it is in (as Enter does in its other fields)."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        confirm = key_guide.TEXT_BOX_SAVE.matches(event)
        dialog = self.window()
        if confirm and isinstance(dialog, QDialog):
            dialog.accept()  # a FormDialog saves first and stays open on a refusal
            return
        super().keyPressEvent(event)


def stop_at_length(edit: QPlainTextEdit, max_length: int) -> None:
    """Typing or a paste stops at ``max_length`` characters (the service's limit), as a line
    edit's maxLength does: what went beyond is taken back where it was put, before the cursor."""

    def trim() -> None:
        extra = len(edit.toPlainText()) - max_length
        if extra > 0:
            cursor = edit.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, extra
            )
            cursor.removeSelectedText()

    edit.textChanged.connect(trim)
