"""A details pane (ui.widgets.detail.DetailPane) scrolled as a reader scrolls it: whether a
line is in sight in its scrolling sections, and the sections dragged down to their foot."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle
from ui.widgets.detail import DetailPane


def in_sight(widget: QWidget, pane: DetailPane) -> bool:
    """Whether ``widget`` (a heading, a paragraph) is seen whole in the pane's sections."""
    viewport = pane._scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def scroll_to_the_foot(qtbot: QtBot, pane: DetailPane) -> int:
    """The sections scrolled to their last line, as the user drags the scroll bar down;
    returns where the bar is."""
    bar = pane._scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the record's details fit: nothing to scroll"
    bar.setValue(bar.maximum())
    settle(qtbot)
    return bar.value()
