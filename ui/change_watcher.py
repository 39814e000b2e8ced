"""Another desk's change shows up without a restart.

Every ``INTERVAL_MS`` the watcher asks ``samverkan_desktop.changes.ChangeListener`` which
tables other desks changed and announces the matching area keys on the ChangeBus; areas then
refresh themselves (visible ones at once, hidden ones when shown). A poll never blocks: on
PostgreSQL it reads notifications already received, on SQLite it runs one PRAGMA (and one
indexed query when something changed), so it runs on the GUI thread.

It also watches the day turn: a window left open overnight (or a laptop woken in the morning)
announces every area then, so each shows the new day (the calendar's outline of today, what
has fallen overdue, the plans due), as it would after a restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from samverkan_desktop import clock
from samverkan_desktop.changes import ALL_AREAS, ChangeListener, areas_for_tables
from ui.context import AppContext

log = logging.getLogger(__name__)

INTERVAL_MS = 2000


class ChangeWatcher(QObject):
    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._day = clock.today()  # Stockholm's day: a test sets it on the clock
        self.listener = ChangeListener(ctx.db.engine, ctx.db.client_id)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        try:
            self.listener.start()
        except Exception as error:  # noqa: BLE001 - the window works without it
            log.warning("Cannot watch for other desks' changes: %s", error)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.listener.close()

    def poll(self) -> frozenset[str]:
        """Announce what other desks changed since the last poll, or every area when the day
        has turned since; returns the area keys."""
        areas = areas_for_tables(self.listener.poll())
        day = clock.today()
        if day != self._day:
            self._day = day
            areas = ALL_AREAS
        if areas:
            self.ctx.bus.announce(*sorted(areas))
        return areas


def start_watching(ctx: AppContext, parent: QObject | None = None) -> ChangeWatcher:
    watcher = ChangeWatcher(ctx, parent)
    watcher.start()
    return watcher
