"""The ↑ and ↓ that move the chosen row of a list with an order of its own: narrow, so the
list's other buttons keep their line, their words in a tooltip and for a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from samverkan_desktop.i18n import _

ARROW_WIDTH = 34
UP = "↑"
DOWN = "↓"


def as_arrow(button: QPushButton, arrow: str, words: str) -> QPushButton:
    """``button`` showing ``arrow`` ("↑" or "↓"), ``words`` ("Move up") said on hovering."""
    button.setText(arrow)
    button.setToolTip(words)
    button.setAccessibleName(words)
    button.setFixedWidth(ARROW_WIDTH)
    return button


def as_up(button: QPushButton) -> QPushButton:
    """``button`` as ↑, "Move up" on hovering."""
    return as_arrow(button, UP, _("Move up"))


def as_down(button: QPushButton) -> QPushButton:
    """``button`` as ↓, "Move down" on hovering."""
    return as_arrow(button, DOWN, _("Move down"))


def as_up_and_down(up: QPushButton, down: QPushButton) -> None:
    """``up`` and ``down`` of a row of buttons made together (``ui.crisis.common.button_row``)
    as ↑ and ↓ with their words."""
    as_up(up)
    as_down(down)
