"""The calendar's "Gå till…": a week, a day or a month as a Swede writes it ("v. 12",
"vecka 12 2027", "2027-03-15", "15/3", "15 mars 2027", "mars"), read into the day to show and
how to show it. No year means the nearest such week, day or month, looking ahead when both
are as near: in December "v. 3" is next January's and "v. 48" last week's (a coordinator looks
up last week's meeting for its minutes as often as next month's); a year typed goes anywhere.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from samverkan_desktop.composed_text import composed
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import MONTHS
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence.phrase_words import MONTH_WORDS

# The years the calendar shows: a month view reaches into the weeks around it, so the limits of
# Python's dates stay far away.
FIRST_YEAR, LAST_YEAR = 1900, 2199
# Week 53 and 29 February come back within this many years.
YEARS_AHEAD = 8
QUOTED_LENGTH = 40
LEAP_YEAR = 2000  # every day of the year exists in it

_NUMBER = "[0-9]"  # not \d: other scripts' digits are not what a date is written in here
_YEAR = rf"(?P<year>{_NUMBER}{{4}})"
_THEN_YEAR = rf"(?:(?:\s*,\s*|\s+){_YEAR})?"  # "v. 12 2027", "vecka 12, 2027"
_WEEK = re.compile(rf"(?:v\.?|vecka|veckan)\s*(?P<week>{_NUMBER}{{1,3}}){_THEN_YEAR}")
_ISO_DAY = re.compile(rf"{_YEAR}-(?P<month>{_NUMBER}{{1,2}})-(?P<day>{_NUMBER}{{1,2}})")
_ISO_MONTH = re.compile(rf"{_YEAR}-(?P<month>{_NUMBER}{{1,2}})")
_SLASH_DAY = re.compile(
    rf"(?P<day>{_NUMBER}{{1,2}})/(?P<month>{_NUMBER}{{1,2}})(?:(?:\s*/\s*|\s+){_YEAR})?"
)
_WORD_DAY = re.compile(
    # "15 mars", "den 15:e mars 2027"
    rf"(?:den\s+)?(?P<day>{_NUMBER}{{1,2}})(?:\s*:\s*[ae])?\s*(?P<word>[a-zåäö]+)\.?{_THEN_YEAR}"
)
_WORD_MONTH = re.compile(rf"(?P<word>[a-zåäö]+)\.?{_THEN_YEAR}")


class GoToKind(enum.Enum):
    WEEK = "week"
    DAY = "day"
    MONTH = "month"


@dataclass(frozen=True)
class GoTo:
    """Where to go: the Monday of a week, the day itself, or the first of a month."""

    day: dt.date
    kind: GoToKind


def examples() -> str:
    return _(
        "Write a week (w. 12 or w. 12 2027), a date (2027-03-15, 15/3 or 15 March) "
        "or a month (March 2027)."
    )


def read_go_to(text: str, today: dt.date) -> GoTo:
    """Where ``text`` points; ValidationError (in Swedish) naming what was not understood."""
    typed = " ".join(composed(text).split())
    if not typed:
        raise ValidationError(examples(), field="go_to")
    words = typed.casefold()
    for pattern, reader in _READERS:
        match = pattern.fullmatch(words)
        if match:
            return reader(match, typed, today)
    raise _refusal(typed, None)


def _refusal(typed: str, reason: str | None) -> ValidationError:
    shown = typed if len(typed) <= QUOTED_LENGTH else typed[: QUOTED_LENGTH - 1] + "…"
    if reason is None:
        message = _("Did not understand “{text}”.").format(text=shown) + " " + examples()
    else:
        message = _("Did not understand “{text}”: {reason}").format(text=shown, reason=reason)
    return ValidationError(message, field="go_to")


def _year(match: re.Match[str], typed: str) -> int | None:
    if match["year"] is None:
        return None
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _year_refusal(typed)
    return year


def _year_refusal(typed: str) -> ValidationError:
    return _refusal(
        typed,
        _("the calendar shows the years {first}–{last}.").format(first=FIRST_YEAR, last=LAST_YEAR),
    )


def _week(match: re.Match[str], typed: str, today: dt.date) -> GoTo:
    week, year = int(match["week"]), _year(match, typed)
    if year is not None:
        if not 1 <= week <= _weeks_in(year):
            reason = _("there is no week {week} in {year}.").format(week=week, year=year)
            raise _refusal(typed, reason)
        return GoTo(dt.date.fromisocalendar(year, week, 1), GoToKind.WEEK)
    if not 1 <= week <= 53:
        raise _refusal(typed, _("there is no week {week}.").format(week=week))
    this_year = today.isocalendar()[0]
    mondays = [
        dt.date.fromisocalendar(candidate, week, 1)
        for candidate in _years_around(this_year)
        if week <= _weeks_in(candidate)
    ]
    this_monday = today - dt.timedelta(days=today.weekday())
    return GoTo(_nearest(mondays, this_monday, typed), GoToKind.WEEK)


def _years_around(year: int) -> range:
    """The years a date without one may fall in: last year and up to YEARS_AHEAD on (week 53
    and 29 February come back within them)."""
    return range(max(year - 1, FIRST_YEAR), min(year + YEARS_AHEAD, LAST_YEAR) + 1)


def _nearest(days: list[dt.date], today: dt.date, typed: str) -> dt.date:
    """The day nearest ``today``; of two as near, the one ahead."""
    if not days:
        raise _year_refusal(typed)
    return min(days, key=lambda day: (abs((day - today).days), day < today))


def _weeks_in(year: int) -> int:
    """52, or 53 in a year whose 28 December (always in the last week) is in week 53."""
    return dt.date(year, 12, 28).isocalendar()[1]


def _day(day: int, month: int, year: int | None, typed: str, today: dt.date) -> GoTo:
    _check_month(month, typed)
    month_name = _(MONTHS[month - 1])
    if year is not None:
        try:
            return GoTo(dt.date(year, month, day), GoToKind.DAY)
        except ValueError:
            reason = _("there is no {day} {month} {year}.")
            raise _refusal(typed, reason.format(day=day, month=month_name, year=year)) from None
    try:
        dt.date(LEAP_YEAR, month, day)
    except ValueError:
        raise _refusal(
            typed, _("there is no {day} {month}.").format(day=day, month=month_name)
        ) from None
    found = []
    for candidate in _years_around(today.year):
        try:
            found.append(dt.date(candidate, month, day))
        except ValueError:  # 29 February in another year
            continue
    return GoTo(_nearest(found, today, typed), GoToKind.DAY)


def _check_month(month: int, typed: str) -> None:
    if not 1 <= month <= 12:
        raise _refusal(typed, _("there is no month {month}.").format(month=month))


def _iso_day(match: re.Match[str], typed: str, today: dt.date) -> GoTo:
    return _day(int(match["day"]), int(match["month"]), _year(match, typed), typed, today)


def _word_day(match: re.Match[str], typed: str, today: dt.date) -> GoTo:
    month = _month_word(match, typed)
    return _day(int(match["day"]), month, _year(match, typed), typed, today)


def _month_word(match: re.Match[str], typed: str) -> int:
    word = match["word"]
    if word not in MONTH_WORDS:
        raise _refusal(typed, _("“{word}” is not a month.").format(word=word))
    return MONTH_WORDS[word]


def _month(month: int, year: int | None, typed: str, today: dt.date) -> GoTo:
    _check_month(month, typed)
    if year is None:
        firsts = [dt.date(y, month, 1) for y in _years_around(today.year)]
        return GoTo(_nearest(firsts, today.replace(day=1), typed), GoToKind.MONTH)
    return GoTo(dt.date(year, month, 1), GoToKind.MONTH)


def _iso_month(match: re.Match[str], typed: str, today: dt.date) -> GoTo:
    return _month(int(match["month"]), _year(match, typed), typed, today)


def _word_month(match: re.Match[str], typed: str, today: dt.date) -> GoTo:
    if match["word"] not in MONTH_WORDS and match["year"] is None:
        raise _refusal(typed, None)  # a word alone: nothing says a month was meant
    return _month(_month_word(match, typed), _year(match, typed), typed, today)


_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str, dt.date], GoTo]], ...] = (
    (_WEEK, _week),
    (_ISO_DAY, _iso_day),
    (_ISO_MONTH, _iso_month),
    (_SLASH_DAY, _iso_day),
    (_WORD_DAY, _word_day),
    (_WORD_MONTH, _word_month),
)
