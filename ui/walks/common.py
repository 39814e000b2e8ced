"""Small helpers the walk views share: parsing a time typed as 18:30, headings, pickers, and
asking the service before asking the user."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

TIME_PATTERN = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
HEADING_STYLE = "font-size: 15px; font-weight: 600; color: #1c3b5a;"
MUTED_STYLE = "color: #5f6b7a;"


def parse_time(text: str, field: str = "start_time") -> dt.time | None:
    """ "18:30" or "18.30" (empty: no time)."""
    if not text.strip():
        return None
    match = TIME_PATTERN.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        _("“{text}” is not a time; write it as 18:30.").format(text=text.strip()), field=field
    )


def time_text(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HEADING_STYLE)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


def set_or_clear(combo: QComboBox, record_id: Any) -> None:
    """Choose a record in an editable picker, or leave it empty (never a silent first item)."""
    index = combo.findData(record_id) if record_id is not None else -1
    combo.setCurrentIndex(index)
    if index < 0 and combo.isEditable():
        combo.setEditText("")
