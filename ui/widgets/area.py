"""The base of every area in the sidebar (Overview, Groups, Contacts, ...).

An area refreshes itself when something it depends on changed (``depends_on`` keys announced on
the ChangeBus); while hidden it only notes that it is stale and refreshes when shown.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Area(QWidget):
    key = ""
    depends_on: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.bus.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Reload what the area shows from the services."""

    def show_record(self, record_id: int) -> None:
        """Bring one record into view (the Overview's links land here)."""

    def show_subset(self, subset: str) -> None:
        """Show the list an Overview card counts (its "Show all" link; names in
        ``overview_items``); an area without such a list stays as it is."""

    def main_printout(self) -> QAction | None:
        """What Arkiv → Skriv ut… prints here: the entry of the area's "Skriv ut ▾" its Ctrl+P
        prints (greyed while it is); None: nothing to print from the area."""
        return None

    def main_printout_hint(self) -> str:
        """Why ``main_printout`` is greyed now, or where the area prints when it has none of
        its own (the menu entry's tooltip)."""
        return ""

    def chosen(self) -> None:
        """The user chose the area (in the sidebar or the View menu), also when it was shown
        already; an area showing a record visited from elsewhere may go back to its own view."""

    def window_closing(self, shown: bool) -> bool:
        """The window closes: save what was typed here and not saved. False keeps the window
        open (typed text could not be saved and the user chose to stay). Asked of every area
        built, the one ``shown`` first (the next start opens it)."""
        return True

    def _on_changed(self, keys: frozenset[str]) -> None:
        if keys & (self.depends_on | {self.key}):
            if self.isVisible():
                self.refresh()
                self._stale = False
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
