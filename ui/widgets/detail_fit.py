"""How a list and the detail pane beside it share a splitter's width.

While no row is selected the pane only asks the user to choose one: it keeps a narrow strip
for that and the list gets the rest, so a laptop's window shows the columns' titles whole
rather than an empty half. The pane widens once when a row is selected and stays so while the
selection moves from row to row (the list does not jump under the pointer). Losing the
selection narrows it again. Once the user drags the divider, it stays where they put it. A
list above its pane (a vertical splitter) keeps its share throughout.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter

STRIP_CHARS = 24  # the empty pane's width: its hint in a few short lines


class DetailFit(QObject):
    """Fits ``splitter``'s second widget (the pane) to whether a record is shown: call
    ``fit(shown)`` when the selection changes. ``stretch``: (list, pane) while one is."""

    def __init__(self, splitter: QSplitter, stretch: tuple[int, int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.stretch = stretch
        self._minimum = splitter.widget(1).minimumWidth()
        self.shown: bool | None = None  # a record shown; None: not decided yet
        self.dragged = False
        splitter.splitterMoved.connect(self._divider_moved)
        splitter.installEventFilter(self)
        self.fit(False)

    def fit(self, shown: bool) -> None:
        if self.splitter.orientation() != Qt.Orientation.Horizontal:
            shown = True  # set once
        if shown == self.shown:
            return
        self.shown = shown
        list_share, detail_share = self.stretch if shown else (1, 0)
        # The pane may be as narrow as its strip only while it shows no record.
        self.splitter.widget(1).setMinimumWidth(self._minimum if shown else self._strip_width())
        if self.dragged:
            return
        self.splitter.setStretchFactor(0, list_share)
        self.splitter.setStretchFactor(1, detail_share)
        if shown:
            # In proportion (not at the size hints); the splitter scales these to fit.
            self.splitter.setSizes([list_share * 1000, detail_share * 1000])
        else:
            self._narrow()

    def _strip_width(self) -> int:
        return self.splitter.fontMetrics().averageCharWidth() * STRIP_CHARS

    def _narrow(self) -> None:
        room = self.splitter.width() - self.splitter.handleWidth()
        strip = self._strip_width()
        self.splitter.setSizes([max(room - strip, 1), strip])

    def _divider_moved(self, _position: int, _index: int) -> None:
        self.dragged = True
        self.splitter.setStretchFactor(0, self.stretch[0])
        self.splitter.setStretchFactor(1, self.stretch[1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The empty pane keeps its strip however wide the window gets.
        if (
            watched is self.splitter
            and event.type() == QEvent.Type.Resize
            and self.shown is False
            and not self.dragged
        ):
            self._narrow()
        return super().eventFilter(watched, event)
