"""Tabs of an area that reload only when seen: a refresh reloads the tab in view and marks the
others stale; a stale tab reloads when the user opens it (a city's loans, borrowers and
statistics cost seconds that nobody looking at another tab should wait for)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QTabWidget, QWidget


class StaleTabs:
    def __init__(
        self,
        tabs: Iterable[QTabWidget],
        current: Callable[[], QWidget],
        reload: Callable[[QWidget], None],
    ) -> None:
        """``current`` names the page in view (nested tabs resolved), ``reload`` reloads one."""
        self._current = current
        self._reload = reload
        self._stale: set[QWidget] = set()
        for widget in tabs:
            widget.currentChanged.connect(lambda _index: self.reload_current())

    def refresh(self, pages: Iterable[QWidget]) -> None:
        """Everything may have changed: reload the page in view, the others when shown."""
        self._stale = set(pages)
        self.reload_current()

    def reload_current(self) -> None:
        page = self._current()
        if page not in self._stale:
            return
        self._stale.discard(page)
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
        try:
            self._reload(page)
        finally:
            QGuiApplication.restoreOverrideCursor()
