"""A meeting's start and end fields kept together: a start moved moves the end with it, the
meeting as long as before (as calendars do); an end set by the user sets that length. Before,
a start moved past the end left it there ("Mötet måste sluta efter att det har börjat.")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTime

from samverkan_desktop.errors import ValidationError
from ui.widgets.time_field import TimeEdit

LAST_MINUTE = dt.time(23, 59)  # a meeting ends on the day it starts


class KeptLength(QObject):
    """Owned by the start field; ``minutes`` is the length the end keeps."""

    def __init__(self, start: TimeEdit, end: TimeEdit) -> None:
        super().__init__(start)
        self.start, self.end = start, end
        self.minutes = self._length(end.time())
        self._moving = False
        start.timeChanged.connect(self._start_moved)
        end.timeChanged.connect(self._end_set)

    def _length(self, end: QTime) -> int:
        return self.start.time().secsTo(end) // 60

    def _start_moved(self, start: QTime) -> None:
        if self.minutes <= 0:
            return  # the end already before the start: the user's to put right, not moved
        try:
            self.end.value()
        except ValidationError:
            return  # a time no clock has typed in the end: kept as typed, shown in red
        moved = dt.datetime.combine(dt.date.min, dt.time(start.hour(), start.minute()))
        moved += dt.timedelta(minutes=self.minutes)
        self._moving = True  # the length stays what the user made it, if cut at midnight
        try:
            self.end.set_value(moved.time() if moved.date() == dt.date.min else LAST_MINUTE)
        finally:
            self._moving = False

    def _end_set(self, end: QTime) -> None:
        if not self._moving:
            self.minutes = self._length(end)


def keep_length(start: TimeEdit, end: TimeEdit) -> KeptLength:
    return KeptLength(start, end)
