"""Opening the window before the database layer has loaded.

Importing SQLAlchemy, declaring the models and configuring their mappers takes over a second,
several times what Qt needs to show a window. When the Overview is the first view and the
Overview saved at the last gathering is still exactly current (``overview_snapshot``: same
database, day, language, program and change mark), the window shows it at once; the database
layer loads right after the first paint, and the Overview is gathered again from the database.
Anything else (another first view, reception mode, PostgreSQL, a changed or damaged database)
takes the ordinary road, which checks, migrates and explains before the window opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCursor, QGuiApplication

from samverkan_desktop import overview_snapshot
from samverkan_desktop.overview_items import OverviewSection

if TYPE_CHECKING:
    from samverkan_desktop.db import Database

FIRST_VIEW = "overview"


class StartAborted(Exception):
    """The database could not be opened after all; the user has been told why."""


def current_snapshot(
    url: str, settings: QSettings, language: str, today: dt.date
) -> list[OverviewSection] | None:
    """The saved Overview to show at once, or None for the ordinary start."""
    if str(settings.value("window/area", FIRST_VIEW)) != FIRST_VIEW:
        return None
    return overview_snapshot.load(url, today, language)


class DeferredDatabase:
    """Stands in for ``samverkan_desktop.db.Database`` until the database is opened; the first
    use opens it (with a busy cursor), so a click made before the start finished waits rather
    than fails. ``opener`` explains its own failures and then returns None."""

    def __init__(self, url: str, opener: Callable[[str], Database | None]) -> None:
        self.url = url
        self._opener = opener
        self._db: Database | None = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def open(self) -> Database:
        if self._db is None:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            try:
                db = self._opener(self.url)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if db is None:
                raise StartAborted(self.url)
            self._db = db
        return self._db

    def dispose(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def __getattr__(self, name: str) -> Any:
        # Only called for what this stand-in lacks: everything a Database offers.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.open(), name)
