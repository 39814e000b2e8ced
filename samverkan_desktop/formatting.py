"""How dates and times are written for people (window, printouts, command line): ISO dates,
ISO week numbers as Swedes write them ("v. 12"), Stockholm local time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from samverkan_desktop.i18n import _

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def week_label(value: dt.date) -> str:
    return _("w. {week}").format(week=value.isocalendar()[1])


def date_with_week(value: dt.date | None) -> str:
    """ "2026-03-12 (v. 11)"."""
    if value is None:
        return ""
    return f"{value.isoformat()} ({week_label(value)})"


def local(value: dt.datetime) -> dt.datetime:
    """An aware datetime in Stockholm time (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(LOCAL_ZONE)


def local_datetime(value: dt.datetime | None) -> str:
    """ "2026-03-12 14:05" in Stockholm time."""
    if value is None:
        return ""
    return local(value).strftime("%Y-%m-%d %H:%M")


def local_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return local(value).strftime("%H.%M")
