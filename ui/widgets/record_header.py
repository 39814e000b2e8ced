"""The header of an opened record (a walk, an exercise): the back button and the title on the
first row, the date and status under the title with the view's buttons beside them. Beside the
buttons, a long title broke onto two lines at 1100 px ("Trygghetsvandring Gyllenstiernsgatan",
"Seminarieövning: IT-attack mot verksamhetssystemen")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

TITLE_STYLE = "font-size: 20px; font-weight: 600; color: #1c3b5a;"
SUBTITLE_STYLE = "color: #5f6b7a; font-size: 13px;"


def header_labels(parent: QWidget) -> tuple[QLabel, QLabel]:
    """The title and the line under it; a longer text than the window's width wraps rather
    than widening the window past a laptop's."""
    title = QLabel(parent)
    title.setStyleSheet(TITLE_STYLE)
    subtitle = QLabel(parent)
    subtitle.setStyleSheet(SUBTITLE_STYLE)
    for label in (title, subtitle):
        label.setWordWrap(True)
    return title, subtitle


def record_header(
    back: QWidget, title: QLabel, subtitle: QLabel, buttons: list[QPushButton]
) -> QGridLayout:
    header = QGridLayout()
    header.addWidget(back, 0, 0, Qt.AlignmentFlag.AlignVCenter)
    header.addWidget(title, 0, 1, 1, 2)
    header.addWidget(subtitle, 1, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    header.addLayout(row, 1, 2)
    header.setColumnStretch(1, 1)
    return header


def open_on_start_tab(
    tabs: QTabWidget, shown_id: int | None, opened_id: int, start: QWidget
) -> None:
    """A record opened afresh starts on the tab where its step continues (``start``); the same
    record shown again, after a change, stays on the tab the user is on. Kept from the record
    shown before, a newly planned walk opened on a greyed closing-meeting tab."""
    if shown_id != opened_id:
        tabs.setCurrentWidget(start)
