"""The header button that takes a record's next step: a walk walked, an exercise conducted, a
meeting held. Bold beside the header's other buttons, so the step is seen, not looked for under
"More" (where taking a step back stays)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

STEP_BUTTON_STYLE = "font-weight: 600; padding: 5px 14px;"


def step_button(parent: QWidget, slot: Callable[[], object], text: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("nextStep")
    button.setStyleSheet(STEP_BUTTON_STYLE)
    button.clicked.connect(lambda _checked=False: slot())
    return button
