"""A number field with its refusal line under it, for a small dialog that is no FormDialog (a
year to print): a year typed outside the range is kept, in red, and refused there, rather than
the last year in range printed without a word. A FormDialog refuses its number fields itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets.number_field import NumberField
from ui.widgets.reload_offer import ERROR_STYLE


class NumberRow(QWidget):
    def __init__(self, field: NumberField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        field.keep_outside()
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.error)
        field.lineEdit().textEdited.connect(lambda _text: self.error.hide())
        field.valueChanged.connect(lambda _value: self.error.hide())

    def refused(self) -> bool:
        """Say under the field why its number is refused, if it is (the dialog then stays)."""
        refusal = self.field.refusal()
        if refusal is None:
            return False
        self.error.setText(refusal)
        self.error.show()
        self.field.setFocus()
        return True
