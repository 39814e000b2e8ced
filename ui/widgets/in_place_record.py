"""The part of ReloadOffer's RecordEditor that a tab editing one record in place (a walk's
summary and closing meeting, a group's follow-up texts) shares: its fields by name, their
names, and its messages. The tab keeps its own record: what it shows, reads anew and fills in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.errors import DomainError
from ui.widgets.form_reload import changed_attributes
from ui.widgets.reload_offer import ERROR_STYLE, ReloadOffer


def message_line(parent: QWidget, style: str = "") -> QLabel:
    """A hidden line for a message: the tab's refusal (its own style set by the offer) or, under
    a field (``ERROR_STYLE``), the other desk's text once theirs is loaded beside hers."""
    label = QLabel(parent)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


def theirs_line(parent: QWidget) -> QLabel:
    """Under a field: the other desk's text, once theirs is loaded beside hers."""
    return message_line(parent, ERROR_STYLE)


class InPlaceRecordFields:
    """Mixed into the tab (before QWidget): ``_rows`` holds each field's input and the line under
    it, ``_labels`` their names as the texts say them; ``general_error`` is the tab's message
    line and ``reload_offer`` its offer."""

    _rows: dict[str, tuple[QWidget, QLabel]]
    _labels: dict[str, str]
    general_error: QLabel
    reload_offer: ReloadOffer

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        return self._rows

    def field_label(self, field: str) -> str:
        return self._labels[field]

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        return changed_attributes(self._rows, before, after)

    def clear_errors(self) -> None:
        self.reload_offer.clear()
        for _widget, label in self._rows.values():
            label.hide()

    def show_error(self, error: DomainError) -> None:
        """A refusal while loading theirs (the record deleted meanwhile): in the tab."""
        self.clear_errors()
        self.general_error.setText(error.message)
        self.general_error.show()
