"""The ↑ and ↓ that move the chosen row of a list with an order of its own: narrow, so the
list's other buttons keep their line, their words in a tooltip and for a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

ARROW_WIDTH = 34


def as_arrow(button: QPushButton, arrow: str, words: str) -> QPushButton:
    """``button`` showing ``arrow`` ("↑" or "↓"), ``words`` ("Move up") said on hovering."""
    button.setText(arrow)
    button.setToolTip(words)
    button.setAccessibleName(words)
    button.setFixedWidth(ARROW_WIDTH)
    return button
