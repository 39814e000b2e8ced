"""A printout's subtitle names its day in a phrase: "per 2 december 2026 (v. 49)", "utskriven
2 december 2026", "skickad …". Each phrase is kept on one line: after a long district or group
name the line broke after "per" and left the day alone on the next."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import prose_date, prose_date_with_week, unbroken
from samverkan_desktop.i18n import _


def date_phrase(template: str, **values: str) -> str:
    """``template`` filled in and held together by no-break spaces."""
    return unbroken(template.format(**values))


def as_of(day: dt.date) -> str:
    """ "per 2 december 2026 (v. 49)"."""
    return date_phrase(_("as of {date}"), date=prose_date_with_week(day))


def printed(day: dt.date) -> str:
    """ "utskriven 2 december 2026"."""
    return date_phrase(_("printed {date}"), date=prose_date(day))
