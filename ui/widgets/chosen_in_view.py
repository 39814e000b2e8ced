"""A list's chosen row kept in view as the list gets shorter or narrower (the window made
smaller, a pane opening under it): Qt keeps the top row where it is, and the chosen row lower
down slid out of view under the list's new bottom edge. RecordTable's and Åtgärder's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView


def resized_keeping_chosen(
    view: QTableView, event: QResizeEvent, resize: Callable[[QResizeEvent], None]
) -> None:
    """``resize(event)`` (the view's own ``resizeEvent``, its columns fitted), then the chosen
    row scrolled whole into view if any of it was in view before (one scrolled away stays
    away)."""
    current = view.currentIndex()
    old, new = event.oldSize(), event.size()
    seen = False
    # (Not while the list is being shown: its columns are not fitted yet, nothing was seen.)
    if current.isValid() and old.isValid() and view.isVisible() and new.height() < old.height():
        # The viewport has its new size already: before, it was as much taller. (Read from
        # the rows' header, not ``visualRect``: that lays the view out before its resize.)
        before = view.viewport().height() + old.height() - new.height()
        top = view.rowViewportPosition(current.row())
        seen = top < before and top + view.rowHeight(current.row()) > 0
    resize(event)
    if seen:  # once the resize's layouts are done (the columns fitted to the new width)
        row = QPersistentModelIndex(current)
        QTimer.singleShot(0, view, lambda: _scroll_to_row(view, row))


def _scroll_to_row(view: QTableView, current: QPersistentModelIndex) -> None:
    """Scroll up or down a row at a time until ``current``'s row is whole in view (where it
    can be). Not ``scrollTo``: it lays the view out at once, before its columns are fitted
    to the viewport the new scroll bar narrows, and a sideways scroll bar came up."""
    if not current.isValid() or current.row() != view.currentIndex().row():
        return  # another row chosen meanwhile, or this one gone
    bar, height = view.verticalScrollBar(), view.viewport().height()
    for _step in range(view.model().rowCount()):
        rect = view.visualRect(current)
        if rect.bottom() >= height and rect.top() > 0 and bar.value() < bar.maximum():
            bar.setValue(bar.value() + 1)
        elif rect.top() < 0 and bar.value() > bar.minimum():
            bar.setValue(bar.value() - 1)
        else:
            return
