"""A list's chosen row kept in view as the list gets shorter or narrower (the window made
smaller, a pane opening under it): Qt keeps the top row where it is, and the chosen row lower
down slid out of view under the list's new bottom edge. RecordTable's and Åtgärder's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView


def resized_keeping_chosen(
    view: QAbstractItemView, event: QResizeEvent, resize: Callable[[QResizeEvent], None]
) -> None:
    """``resize(event)`` (the view's own ``resizeEvent``), then the chosen row scrolled whole
    into view if any of it was in view before (one scrolled away stays away)."""
    current = view.currentIndex()
    old, new = event.oldSize(), event.size()
    seen = False
    if current.isValid() and old.isValid():
        # The viewport has its new size already: before, it was as much larger or smaller.
        shown = view.viewport().rect()
        before = QRect(
            0,
            0,
            shown.width() + old.width() - new.width(),
            shown.height() + old.height() - new.height(),
        )
        seen = before.intersects(view.visualRect(current))
    resize(event)
    if seen and not view.viewport().rect().contains(view.visualRect(current)):
        view.scrollTo(current)
