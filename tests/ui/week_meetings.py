"""Meetings at the same time added to the test's copy of the example district before the
program starts on it (tests of the week's lanes, look_at_demo): the groups named each meet from
a start for some hours at Karlavägen 104."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from samverkan_desktop.db import open_database
from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput

# The groups named, their start, the hours they meet.
AtOnce = tuple[tuple[str, ...], dt.datetime, float]


def add_meetings(
    call: Callable[..., Any], names: tuple[str, ...], start: dt.datetime, hours: float
) -> None:
    """The groups ``names`` each meeting from ``start`` for ``hours`` (``call``: ctx.call or db.call)."""
    end = start + dt.timedelta(hours=hours)
    for group in call(groups.list_groups):
        if group.name in names:
            call(meetings.add_meeting, group.id, MeetingInput(start, end, "Karlavägen 104"))


def add_before_start(url: str, *at_once: AtOnce) -> None:
    """Each of ``at_once`` added to the database at ``url`` (add_meetings), which is closed
    again before the program opens it."""
    db = open_database(url)
    try:
        for names, start, hours in at_once:
            add_meetings(db.call, names, start, hours)
    finally:
        db.dispose()
