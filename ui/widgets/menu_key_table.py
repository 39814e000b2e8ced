"""A list whose context-menu key (or Shift+F10) offers the menu of the chosen row.

Qt places a menu asked for by the key at the chosen row's middle in the table's own
coordinates (its input-method cursor rectangle), a right-click's in the viewport's, which is
what the menus read a row from (``indexAt``). The key therefore chose the row below, one
header's height lower: on LARM-05, the menu's "Låna ut…" lent LARM-06. Here the key's
request is put in the viewport's coordinates, at the chosen row, before any menu reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QTableView


class MenuKeyTable(QTableView):
    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            index = self.currentIndex()
            point = self.visualRect(index).center() if index.isValid() else QPoint(0, 0)
            at_row = QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard,
                point,
                self.viewport().mapToGlobal(point),
                event.modifiers(),
            )
            handled = super().event(at_row)
            event.setAccepted(at_row.isAccepted())
            return handled
        return super().event(event)
