"""Today as the program means it: the day in Stockholm, whatever zone the machine runs in (a
server on UTC is a day behind between 23.00 and midnight). Read through this module, so a test
can set the day (``monkeypatch.setattr(clock, "today", lambda: day)``).

It is the program's one reader of the system clock (tests/test_clock_reads.py holds the rest of
the code to that, with the few real-time readings it allows named and explained)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import LOCAL_ZONE


def today() -> dt.date:
    return dt.datetime.now(LOCAL_ZONE).date()


def now() -> dt.datetime:
    """The time in Stockholm now (aware); a test sets it as ``today``."""
    return dt.datetime.now(LOCAL_ZONE)


def utcnow() -> dt.datetime:
    """``now()`` in UTC, as times are stored and compared; follows a test's ``now``."""
    return now().astimezone(dt.UTC)


def moment() -> tuple[dt.date, dt.time | None]:
    """The program's day and its time of day (None when ``now()`` is on another day: a test
    that sets only the day), for a rule about a start time today (an exercise held, a walk
    walked)."""
    day, at = today(), now()
    return day, at.time() if at.date() == day else None
