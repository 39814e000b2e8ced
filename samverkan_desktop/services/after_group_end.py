"""A meeting still planned after its group ended: one that "End group" kept because it held
work (an agenda of its own, a change by hand; ``group_end.planned_after``). It read as any other
coming meeting in the group's pane, the calendar and the meeting editor. Without the models:
the notice's plain-SQL reader (``notice_sqlite``) builds the same rows."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.enums import MeetingStatus
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _


def after_end(ended_on: dt.date | None, day: dt.date, status: MeetingStatus) -> bool:
    """A planned meeting on ``day``, after its group's end on ``ended_on`` (a held one is
    refused there by the database, a cancelled one is done with)."""
    return status is MeetingStatus.PLANNED and ended_on is not None and day > ended_on


def after_end_note(ended_on: dt.date) -> str:
    """ "Efter gruppens slut (2026-12-06)": a calendar line's note and its tooltip."""
    return _("After the group's end ({date})").format(date=iso_date(ended_on))
