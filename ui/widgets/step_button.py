"""The header button that takes a record's next step: a walk walked, an exercise conducted, a
meeting held. Bold beside the header's other buttons, so the step is seen, not looked for under
"More" (where taking a step back stays)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

STEP_BUTTON_STYLE = "font-weight: 600; padding: 5px 14px;"


def step_button(parent: QWidget, slot: Callable[[], object], text: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("nextStep")
    button.setStyleSheet(STEP_BUTTON_STYLE)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def start_timer(parent: QWidget, slot: Callable[[], object]) -> QTimer:
    """A single shot that wakes a step greyed until the record's start today (``wait_for``)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: slot())
    return timer


def wait_for(
    timer: QTimer, day: dt.date | None, start: dt.time | None, today: dt.date, now: dt.time | None
) -> None:
    """Restart ``timer`` to fire just after ``start`` when the record starts later today (the
    window left open, its greyed step wakes then); stopped otherwise."""
    timer.stop()
    if day == today and start is not None and now is not None and now < start:
        wait = dt.datetime.combine(today, start) - dt.datetime.combine(today, now)
        timer.start(int(wait.total_seconds() * 1000) + 500)
