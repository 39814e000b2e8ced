"""How a list and the detail pane beside it share a splitter's width.

While no row is selected the pane only asks the user to choose one: it keeps a narrow strip
for that and the list gets the rest, so a laptop's window shows the columns' titles whole
rather than an empty half. The pane widens once when a row is selected and stays so while the
selection moves from row to row (the list does not jump under the pointer). Losing the
selection narrows it again. Once the user drags the divider, it stays where they put it. While the list is empty there is
nothing to choose: the pane hides (``set_empty``) and the list's hint gets the width.

A list above its pane (a vertical splitter) keeps its share throughout: the pane under the
exercises is their annual plan, shown whatever is selected. A page whose pane under the list
shows the selected record asks for ``vertical=True``: the empty pane keeps a few lines for its
hint and the list gets the height (the plans register scrolled its 11 plans over a half-empty
window). Its list then keeps the selected row in view as the pane opens (ListPage does that).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

STRIP_CHARS = 24  # the empty pane's width: its hint in a few short lines
STRIP_LINES = 3  # the empty pane's height under a list: its hint on one line, with room


class DetailFit(QObject):
    """Fits ``splitter``'s second widget (the pane) to whether a record is shown: call
    ``fit(shown)`` when the selection changes. ``stretch``: (list, pane) while one is.
    ``vertical``: fit a pane under its list too (see the module's docstring)."""

    def __init__(
        self, splitter: QSplitter, stretch: tuple[int, int], vertical: bool = False
    ) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.stretch = stretch
        self.vertical = vertical
        self._minimum = self._pane_minimum()
        # of the splitter's width, the most _minimum takes (or what tells it at this width)
        self._most: float | Callable[[], float] | None = None
        self.shown: bool | None = None  # a record shown; None: not decided yet
        self.dragged = False
        self._settings: QSettings | None = None
        self._settings_key = ""
        splitter.splitterMoved.connect(self._divider_moved)
        splitter.installEventFilter(self)
        self.fit(False)

    def _across(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def _pane(self) -> QWidget:
        pane = self.splitter.widget(1)
        assert pane is not None, "the pane is added before its DetailFit"
        return pane

    def _pane_minimum(self) -> int:
        pane = self._pane()
        return pane.minimumWidth() if self._across() else pane.minimumHeight()

    def _set_pane_minimum(self, size: int) -> None:
        pane = self._pane()
        if self._across():
            pane.setMinimumWidth(size)
        else:
            pane.setMinimumHeight(size)

    def fit(self, shown: bool) -> bool:
        """Fit the pane to whether it shows a record; True when the list's size may have
        changed (a dragged divider stays, but the pane's minimum size follows)."""
        if not self._across() and not self.vertical:
            shown = True  # set once
        if shown == self.shown:
            return False
        self.shown = shown
        list_share, detail_share = self.stretch if shown else (1, 0)
        # The pane may be as small as its strip only while it shows no record.
        self._set_pane_minimum(self._least() if shown else self._strip_size())
        if self.dragged:
            return True
        self.splitter.setStretchFactor(0, list_share)
        self.splitter.setStretchFactor(1, detail_share)
        if shown:
            self._share_out()
        else:
            self._narrow()
        return True

    def remember(self, settings: QSettings, key: str) -> None:
        """Keep the pane's part of the width the user drags the divider to in ``settings``
        under ``key``, and share the width so from now on (the next start included)."""
        self._settings = settings
        self._settings_key = key
        if self.shown and not self.dragged:
            self._share_out()

    def _remembered_key(self) -> str:
        return f"{self._settings_key}/pane_{self.stretch[0]}_{self.stretch[1]}"

    def _share_out(self) -> None:
        """The width shared while a record is shown: as the user last left the divider for this
        stretch, else by the stretch. In proportion (not at the size hints); the splitter scales
        these to fit."""
        list_share, detail_share = self.stretch
        part = None
        if self._settings is not None:
            try:
                part = float(str(self._settings.value(self._remembered_key(), -1)))
            except (TypeError, ValueError):  # an edited or damaged file: the usual share
                part = None
        if part is not None and 0 < part < 1:
            self.splitter.setSizes([round((1 - part) * 10000), round(part * 10000)])
        else:
            self.splitter.setSizes([list_share * 1000, detail_share * 1000])

    def set_minimum(self, size: int, most: float | Callable[[], float] | None = None) -> None:
        """The least the pane gets while it shows a record (a tab whose table needs more than
        its share of a narrow window); the splitter takes it from the list. ``most``: no more
        than this part of the width, as the window is resized too (a function: asked again at
        each size, for a part that depends on what the list beside it has room for)."""
        self._minimum = size
        self._most = most
        if self.shown:
            self._set_pane_minimum(self._least())

    def _least(self) -> int:
        if self._most is None:
            return self._minimum
        length = self.splitter.width() if self._across() else self.splitter.height()
        most = self._most() if callable(self._most) else self._most
        return min(self._minimum, int(length * most))

    def set_empty(self, empty: bool) -> None:
        """An empty list has nothing to choose: its pane (which would only ask to choose a row)
        hides and the list's own hint says what to do. A pane shown whatever is selected stays."""
        if not self._across() and not self.vertical:
            return
        pane = self._pane()
        if pane.isHidden() == empty:
            return
        pane.setHidden(empty)
        if not empty and self.shown is False and not self.dragged:
            self._narrow()

    def _strip_size(self) -> int:
        metrics = self.splitter.fontMetrics()
        if self._across():
            return metrics.averageCharWidth() * STRIP_CHARS
        return metrics.lineSpacing() * STRIP_LINES

    def _narrow(self) -> None:
        length = self.splitter.width() if self._across() else self.splitter.height()
        room = length - self.splitter.handleWidth()
        strip = self._strip_size()
        self.splitter.setSizes([max(room - strip, 1), strip])

    def _divider_moved(self, _position: int, _index: int) -> None:
        self.dragged = True
        self.splitter.setStretchFactor(0, self.stretch[0])
        self.splitter.setStretchFactor(1, self.stretch[1])
        sizes = self.splitter.sizes()
        if self.shown and sum(sizes) > 0 and self._settings is not None:
            self._settings.setValue(self._remembered_key(), sizes[1] / sum(sizes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The empty pane keeps its strip however wide the window gets; a shown one its least
        # part of the width (``set_minimum``), shared out as when its record was chosen at this
        # width: chosen at 1024 px and the window made 900 px wide, an organisation's people
        # kept the least worked out for 1024 px (their names cut), and made 1024 px again, the
        # pane kept what it took at 900 px (80 px more than chosen there).
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            if self.shown is False and not self.dragged:
                self._narrow()
            elif self.shown and self._most is not None:
                self._set_pane_minimum(self._least())
                if not self.dragged:
                    self._share_out()
        return super().eventFilter(watched, event)
