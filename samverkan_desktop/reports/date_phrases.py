"""A printout's subtitle and headings name their day in a phrase: "per 2 december 2026 (v. 49)",
"per 6 december 2026 kl. 04.43", "utskriven 2 december 2026", "skickad …", "onsdag 2 december
2026 (v. 49)", "1 januari – 2 december 2026", "den 18 maj 2021". Each phrase is kept on one
line: after a long district, group or place name the line broke after "per" and left the day
alone on the next, or inside the day itself ("onsdag 2" over "december 2026")."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import (
    long_date_with_week,
    prose_date,
    prose_date_with_week,
    prose_datetime,
    prose_period,
    unbroken,
)
from samverkan_desktop.i18n import _


def date_phrase(template: str, **values: str) -> str:
    """``template`` filled in and held together by no-break spaces."""
    return unbroken(template.format(**values))


def as_of(day: dt.date) -> str:
    """ "per 2 december 2026 (v. 49)"."""
    return date_phrase(_("as of {date}"), date=prose_date_with_week(day))


def as_of_moment(at: dt.datetime) -> str:
    """ "per 6 december 2026 kl. 04.43": a snapshot's moment (the units out at the reception),
    said as the other lists say their day."""
    return date_phrase(_("as of {date}"), date=prose_datetime(at))


def printed(day: dt.date) -> str:
    """ "utskriven 2 december 2026"."""
    return date_phrase(_("printed {date}"), date=prose_date(day))


def heading_date(day: dt.date) -> str:
    """ "onsdag 2 december 2026 (v. 49)", kept whole: the day a printout is of, in its
    subtitle, written as its facts' "Datum"/"När" write it (formatting.long_date_with_week)."""
    return unbroken(long_date_with_week(day))


def period_phrase(first: dt.date, last: dt.date) -> str:
    """ "1 januari – 2 december 2026", kept whole (it is under half a subtitle's line)."""
    return unbroken(prose_period(first, last))


def with_date(template: str, date: str, **values: str) -> str:
    """``template`` filled in, its ``{date}`` kept whole and with the word before it: "…vid
    Tessinparken den 18 maj 2021" breaks before "den", not after it or inside the day. The
    other values (a place's name) still break where they must."""
    before, brace, after = template.partition("{date}")
    if brace and before.endswith(" "):
        before = before[:-1] + "\N{NO-BREAK SPACE}"
    return (before + brace + after).format(date=unbroken(date), **values)
