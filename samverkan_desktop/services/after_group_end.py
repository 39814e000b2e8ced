"""A meeting still planned after its group ended: one that "End group" kept because it held
work (an agenda of its own, a change by hand; ``group_end.planned_after``). It read as any other
coming meeting in the group's pane, the calendar and the meeting editor. What such a meeting
cannot have is refused as for one kept from before its group's later start (``BEFORE_START``).
Without the models:
the notice's plain-SQL reader (``notice_sqlite``) builds the same rows."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.enums import MeetingStatus
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import N_, _


def after_end(ended_on: dt.date | None, day: dt.date, status: MeetingStatus) -> bool:
    """A planned meeting on ``day``, after its group's end on ``ended_on`` (a held one is
    refused there by the database, a cancelled one is done with)."""
    return status is MeetingStatus.PLANNED and ended_on is not None and day > ended_on


def after_end_note(ended_on: dt.date) -> str:
    """ "Efter gruppens slut (2026-12-06)": a calendar line's note and its tooltip."""
    return _("After the group's end ({date})").format(date=iso_date(ended_on))


# What a meeting after its group's end cannot have: the refusals (meeting_group_days), and the
# reasons the meeting editor gives on what it greys (outside_days_reason).
ENDED_MINUTES = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have minutes."
)
ENDED_ATTENDANCE = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have attendance marked."
)
ENDED_NEW_ACTIONS = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have new actions."
)


# The same refusals of a meeting kept from before its group's later start.
BEFORE_START = {
    ENDED_MINUTES: N_(
        "“{group}” starts on {limit}: its meeting on {date}, before that, cannot have minutes."
    ),
    ENDED_ATTENDANCE: N_(
        "“{group}” starts on {limit}: its meeting on {date}, before that, cannot have "
        "attendance marked."
    ),
    ENDED_NEW_ACTIONS: N_(
        "“{group}” starts on {limit}: its meeting on {date}, before that, cannot have new actions."
    ),
}


def outside_days_reason(
    refusal: str,
    group_name: str,
    starts_on: dt.date | None,
    ended_on: dt.date | None,
    day: dt.date,
) -> str | None:
    """Why a meeting on ``day`` is refused ``refusal`` (ENDED_…, or its BEFORE_START
    counterpart before the group's start), None when the day is inside the group's days."""
    if starts_on is not None and day < starts_on:
        text, limit = BEFORE_START[refusal], starts_on
    elif ended_on is not None and day > ended_on:
        text, limit = refusal, ended_on
    else:
        return None
    return _(text).format(group=group_name, limit=iso_date(limit), date=iso_date(day))
