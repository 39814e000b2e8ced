"""A meeting still planned outside its group's days: after its end, one that "End group" kept
because it held work (an agenda of its own, a change by hand; ``group_end.planned_after``), or
before its start, one kept when the start was set later. It read as any other coming meeting
in the group's pane, the calendar and the meeting editor; ``outside_days`` says which side, and
the words here say it the same way everywhere. What such a meeting cannot have is refused on
either side (``BEFORE_START`` beside the ``ENDED_…`` texts). Without the models: the notice's
plain-SQL reader (``notice_sqlite``) builds the same rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.enums import MeetingStatus
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import N_, _


@dataclass(frozen=True)
class OutsideDays:
    """A day outside the group's days: before its start (``before_start``) or after its end,
    and that date (``limit``)."""

    before_start: bool
    limit: dt.date


def outside_side(
    starts_on: dt.date | None, ended_on: dt.date | None, day: dt.date
) -> OutsideDays | None:
    """Where ``day`` lies outside a group starting ``starts_on`` and ended ``ended_on`` (either
    None: no limit on that side); None inside its days."""
    if starts_on is not None and day < starts_on:
        return OutsideDays(True, starts_on)
    if ended_on is not None and day > ended_on:
        return OutsideDays(False, ended_on)
    return None


def outside_days(
    starts_on: dt.date | None, ended_on: dt.date | None, day: dt.date, status: MeetingStatus
) -> OutsideDays | None:
    """A planned meeting on ``day`` outside its group's days (a held one is refused there, by
    the database after the end; a cancelled one is done with)."""
    if status is not MeetingStatus.PLANNED:
        return None
    return outside_side(starts_on, ended_on, day)


def outside_status(outside: OutsideDays) -> str:
    """ "Efter gruppens slut", "Före gruppens start": the editor's badge, the calendar's status."""
    return _("Before the group's start") if outside.before_start else _("After the group's end")


def outside_word(outside: OutsideDays) -> str:
    """ "efter gruppens slut", "före gruppens start": after a meeting's line in the group's pane."""
    return _("before the group's start") if outside.before_start else _("after the group's end")


def outside_note(outside: OutsideDays) -> str:
    """ "Efter gruppens slut (2026-12-06)": a calendar line's note and its tooltip."""
    if outside.before_start:
        text = _("Before the group's start ({date})")
    else:
        text = _("After the group's end ({date})")
    return text.format(date=iso_date(outside.limit))


# What a meeting after its group's end cannot have: the refusals (meeting_group_days), and the
# reasons the meeting editor gives on what it greys (outside_days_reason). A cancelled one
# cannot be reinstated there either.
ENDED_MINUTES = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have minutes."
)
ENDED_ATTENDANCE = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have attendance marked."
)
ENDED_NEW_ACTIONS = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot have new actions."
)
ENDED_REINSTATED = N_(
    "“{group}” ended on {limit}: its meeting on {date}, after that, cannot be reinstated."
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
    ENDED_REINSTATED: N_(
        "“{group}” starts on {limit}: its meeting on {date}, before that, cannot be reinstated."
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
    outside = outside_side(starts_on, ended_on, day)
    if outside is None:
        return None
    text = BEFORE_START[refusal] if outside.before_start else refusal
    return _(text).format(group=group_name, limit=iso_date(outside.limit), date=iso_date(day))
