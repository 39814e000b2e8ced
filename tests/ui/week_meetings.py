"""Meetings at the same time added to the test's copy of the example district before the
program starts on it (tests of the week's lanes, look_at_demo): the groups named each meet from
a start for some hours at Karlavägen 104. And the very busy week looked at in the program's
own window (look_at_busy_week)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.openers import calendar_week
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

T = TypeVar("T")

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


# A very busy week: five meetings at once, 13.00–15.00, every weekday from BUSY_MONDAY (a week
# without a public holiday), seen on BUSY_TODAY; EARLY on Monday to Wednesday, LATE after.
BUSY_TODAY = dt.date(2027, 4, 20)
BUSY_MONDAY = dt.date(2027, 5, 10)
NORRMALM = "Norrmalms trygghets- och säkerhetsråd"
SLK = "Säkerhetssamordnarnätverket (SLK)"
EARLY = (
    "Krisstödsgruppen",
    "Lokal beredningsgrupp Östermalm",
    "Lokal styrgrupp Östermalm",
    NORRMALM,
    "Nätverk för utrymningsledare",
)
LATE = (
    "Nätverk för utrymningsledare",
    "Platssamverkan Stureplan/Östermalmstorg",
    SLK,
    "Trygghetsråd Östermalm",
    "Arbetsgrupp skolan som brottsplats",
)


def add_busy_week(url: str) -> None:
    """The busy week (EARLY, LATE) added to the database at ``url`` before the program opens it."""
    add_before_start(
        url,
        *(
            (
                EARLY if day < 3 else LATE,
                dt.datetime.combine(BUSY_MONDAY, dt.time(13)) + dt.timedelta(days=day),
                2,
            )
            for day in range(5)
        ),
    )


def look_at_busy_week(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    url: str,
    size: tuple[int, int],
    look: Callable[[MainWindow, CalendarArea], T],
    shot: str | None = None,
) -> T:
    """The busy week added to the database at ``url`` (the test's ``sqlite_url``), the program
    started on it at ``size`` and its calendar stepped to the busy week, laid out (kept as
    ``shot``, keep_shot); then ``look`` at the window and the calendar. Returns what ``look``
    saw. The test runs on BUSY_TODAY (pytest.mark.moment)."""
    add_busy_week(url)

    def on_the_busy_week(window: MainWindow) -> T:
        area = calendar_week(qtbot, window, BUSY_MONDAY)
        qtbot.wait(50)  # layout requests are posted
        if shot is not None:
            keep_shot(window, shot)
        return look(window, area)

    return look_at_demo(size, on_the_busy_week)


def tells_group(shown: str, label: str) -> bool:
    """``shown`` is a piece of ``label`` (a word's start, cut with "…" or bare), its initials
    or the abbreviation it gives: letters a user reads as that group's."""
    piece = shown.removesuffix("…")
    if len(piece) >= 2 and piece.isupper():
        words = re.split(r"[\s/\-]+", label)  # "Stureplan/Östermalmstorg": two words
        initials = "".join(word[0].upper() for word in words if word)
        in_brackets = label[label.find("(") + 1 : -1] if label.endswith(")") else ""
        return piece == in_brackets or all(letter in initials for letter in piece)
    return any(word.startswith(piece) for word in label.split()) and piece.isalpha()
