"""What every view needs, passed to its constructor (no global main window)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:  # the window may open before the database layer loads (ui.fast_start)
    from samverkan_desktop.db import Database

T = TypeVar("T")


class ChangeBus(QObject):
    """Announces what changed ("groups", "contacts", ...) so views refresh themselves."""

    changed = Signal(object)  # a frozenset of area keys

    def announce(self, *keys: str) -> None:
        self.changed.emit(frozenset(keys))


class Navigator(QObject):
    """Asks the main window to show an area, optionally a record in it."""

    requested = Signal(str, object)  # area key, record id or None
    subset_requested = Signal(str, str)  # area key, a list the area knows (Area.show_subset)

    def __init__(self) -> None:
        super().__init__()
        # The area shown when a record was last opened in another one (set by the main window
        # for every caller), so the record's "Back" returns there: a meeting opened from a
        # group's "Next meetings" goes back to that group, not to the calendar.
        self.came_from: str | None = None
        # The tab an opened record (a walk, an exercise) was last on, with the step it was at,
        # for this session only: coming back to it returns there (record_header.StartTab).
        self.last_tabs: dict[tuple[str, int], tuple[object, int]] = {}

    def go(self, area: str, record_id: int | None = None) -> None:
        self.requested.emit(area, record_id)

    def go_subset(self, area: str, subset: str) -> None:
        self.subset_requested.emit(area, subset)


@dataclass
class AppContext:
    db: Database
    settings: QSettings
    bus: ChangeBus
    navigator: Navigator

    def call(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run one service use case in its own unit of work."""
        return self.db.call(function, *args, **kwargs)
