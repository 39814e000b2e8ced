"""A page's heading and its muted lines of explanation, alike in every area (Trygghetsvandringar
and Kris och övningar each had their own copy)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

HEADING_STYLE = "font-size: 15px; font-weight: 600; color: #1c3b5a;"
MUTED_STYLE = "color: #5f6b7a;"


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HEADING_STYLE)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label
