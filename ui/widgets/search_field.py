"""A list's search field: Qt's clear button ⊗ in it, shown only while something is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


class SearchField(QLineEdit):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setObjectName("search")

    def clear_quietly(self) -> None:
        """Empty the field without textChanged, so that no search starts (a list clearing its
        filters reloads once, itself). Qt's ⊗ goes by that signal: blocked, it stayed over the
        empty field, a button that did nothing; set up anew, it starts hidden."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self.setClearButtonEnabled(False)
        self.setClearButtonEnabled(True)
