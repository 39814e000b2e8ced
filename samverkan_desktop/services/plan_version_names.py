"""The version a plan's next adopted version is likely to be called, offered in the form so a
yearly revision is not typed by hand: "2025" revised in 2026 becomes "2026", "3.0" becomes
"4.0", "2" becomes "3". Anything else (a date, "Rev B") is left for the user to name."""

from __future__ import annotations

import datetime as dt
import re

_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER = re.compile(r"(\d+)(?:\.(\d+))?")


def next_version_name(current: str | None, today: dt.date) -> str:
    """The suggested name ("" when there is no telling)."""
    text = (current or "").strip()
    if _YEAR.fullmatch(text):
        # A plan named by year is revised once a year: this year's, or the next one's when this
        # year's is already there (adopted early, revised again before the year is out).
        return str(max(today.year, int(text) + 1))
    match = _NUMBER.fullmatch(text)
    if match is None:
        return ""
    major = int(match.group(1)) + 1
    return f"{major}.0" if match.group(2) is not None else str(major)
