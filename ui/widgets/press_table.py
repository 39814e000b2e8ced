"""A list whose chosen row a click selects before anyone hears of it.

Qt's press on a row first moves the current index (selecting nothing) and only then selects
the row under the pointer. A list that tells its page of the chosen record on either change
told, in between, that none was chosen: the pane under the plans register closed, the
register grew and scrolled back under the pointer, and the press selected another row or none
("Välj en plan …" after a click on a plan at 1024 × 768). Here the press is done first.
"""

from __future__ import annotations

from PySide6.QtGui import QMouseEvent

from ui.widgets.menu_key_table import MenuKeyTable


class PressSelectsTable(MenuKeyTable):
    """Calls ``announce`` once a press has selected its row, never while it is moving there;
    ``announce`` (connected to the selection model's changes) asks ``pressing`` first."""

    pressing = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.pressing = True
        try:
            super().mousePressEvent(event)
        finally:
            self.pressing = False
        self.announce()

    def announce(self) -> None:
        raise NotImplementedError
