"""Swedish calendar habits: public holidays (röda dagar), working days and ISO week numbers."""

from __future__ import annotations

import datetime as dt
import enum
from functools import lru_cache

from samverkan_desktop.i18n import N_, current_language

# Public holidays plus the de facto ones (midsummer, Christmas and New Year's Eve) on which a
# district administration does not meet either.
HOLIDAY_CATEGORIES = ("public", "de_facto")


class HolidayPolicy(enum.Enum):
    """What a group's rule does with an occurrence on a public holiday (it is always flagged)."""

    KEEP = "keep"
    SKIP = "skip"
    MOVE = "move"  # to the next working day

    @property
    def label(self) -> str:
        return HOLIDAY_POLICY_LABELS[self]


HOLIDAY_POLICY_LABELS = {
    HolidayPolicy.KEEP: N_("Keep the meeting and flag it"),
    HolidayPolicy.SKIP: N_("Skip the meeting"),
    HolidayPolicy.MOVE: N_("Move it to the next working day"),
}


@lru_cache(maxsize=256)
def _holidays_of(year: int, language: str) -> dict[dt.date, str]:
    from samverkan_desktop.recurrence.holiday_cache import holidays_of

    def compute() -> dict[dt.date, str]:
        import holidays  # only when the table is not on disk yet: it loads every country

        table = holidays.country_holidays(
            "SE",
            years=year,
            language="sv" if language == "sv" else "en_US",
            categories=HOLIDAY_CATEGORIES,
        )
        return dict(table.items())

    return holidays_of(year, language, compute)


def holiday_name(day: dt.date) -> str | None:
    """The name of the public holiday on ``day`` (in the interface language), or None."""
    return _holidays_of(day.year, current_language()).get(day)


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    result: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holidays_of(year, current_language()).items():
            if start <= day <= end:
                result[day] = name
    return result


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def next_working_day(day: dt.date) -> dt.date:
    """The first working day after ``day``."""
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def iso_week(day: dt.date) -> int:
    """The ISO 8601 week number Swedes use ("v. 12")."""
    return day.isocalendar()[1]


def week_dates(year: int, week: int) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of ISO week ``week`` of ``year``."""
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def month_grid(year: int, month: int) -> list[dt.date]:
    """The Mondays of the weeks shown for a month (Monday first, whole weeks)."""
    first = dt.date(year, month, 1)
    monday = first - dt.timedelta(days=first.weekday())
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    mondays = []
    while monday <= last:
        mondays.append(monday)
        monday += dt.timedelta(days=7)
    return mondays
