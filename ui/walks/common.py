"""Small helpers the walk views share: parsing a time typed as 18.30, lists with room for Å/Ä/Ö,
pickers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QComboBox, QListWidget

from samverkan_desktop.formatting import clock_text
from ui.fonts import overshoot
from ui.widgets.time_field import parse_clock


def parse_time(text: str, field: str = "start_time") -> dt.time | None:
    """ "18.30" or "18:30" (empty: no time); a walk's example is an evening's."""
    return parse_clock(text, field, example="18.30")


time_text = clock_text


def roomy(widget: QListWidget) -> QListWidget:
    """A list whose rows keep the dots of Ö and the ring of Å: a row is one line high, and with
    the usual Linux font (DejaVu Sans) they reach above it, so "Östermalm" read "Ostermalm"
    (ui.fonts gives labels and tabs that room, not rows). Each row gets it above and below;
    none at the sides, which a list that wraps its rows does not count: a wrapped action's line
    stood 3 px past the list's right edge."""
    app = QApplication.instance()
    room = overshoot(app) if isinstance(app, QApplication) else 0
    widget.setStyleSheet(f"QListWidget::item {{ padding: {max(room, 1)}px 0px; }}")
    return widget


def set_or_clear(combo: QComboBox, record_id: Any) -> None:
    """Choose a record in an editable picker, or leave it empty (never a silent first item)."""
    index = combo.findData(record_id) if record_id is not None else -1
    combo.setCurrentIndex(index)
    if index < 0 and combo.isEditable():
        combo.setEditText("")
