"""The ↑ and ↓ that move the chosen row of a list with an order of its own: narrow, so the
list's other buttons keep their line, their words in a tooltip and for a screen reader. ↑ is
greyed on the first row and ↓ on the last, where they do nothing (``enable_arrows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from samverkan_desktop.i18n import _

if TYPE_CHECKING:
    from ui.widgets.record_table import RecordTable

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


def enable_arrows(
    up: QPushButton, down: QPushButton, place: int | None, count: int, home: QWidget
) -> None:
    """↑ for a row below the first, ↓ for one above the last, neither without a row chosen:
    ``place`` is the chosen row's place in the list's own order (None: none), ``count`` its
    rows. Enabled on the first row, ↑ did nothing there (and ↓ on the last).

    An arrow that greys while it has the focus hands it to ``home``, the list: left to Qt, the
    focus went on to the next button, often the other arrow, and the next Space moved the row
    straight back."""
    if place is None or not 0 <= place < count:
        place, count = 0, 0
    for button, enabled in ((up, 0 < place < count), (down, place < count - 1)):
        if not enabled and button.hasFocus():
            home.setFocus(Qt.FocusReason.OtherFocusReason)
        button.setEnabled(enabled)


def own_place(table: RecordTable[Any]) -> int | None:
    """The chosen row's place in ``table``'s own order (as its rows were given), whatever the
    header sorts it by: ↑ and ↓ move in that order (``ui.crisis.common.in_list_order``)."""
    chosen = table.current_row()
    rows = table.rows_model.rows()
    return next((place for place, row in enumerate(rows) if row is chosen), None)
