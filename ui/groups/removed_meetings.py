"""The question before planned meetings are removed (a new meeting rule, a group's start moved
later): their days, a dozen at most, and what is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from samverkan_desktop.formatting import WEEKDAYS
from samverkan_desktop.i18n import _

REMOVAL_DATES_SHOWN = 12


def short_day(day: dt.date) -> str:
    """ "Tor 2026-12-31"."""
    return f"{_(WEEKDAYS[day.weekday()])[:3].capitalize()} {day.isoformat()}"


def removal_question(lead: str, going: Sequence[dt.datetime]) -> str:
    """``lead`` ("The new rule removes 3 planned meetings:"), the days, and the question."""
    days = [short_day(start.date()) for start in going[:REMOVAL_DATES_SHOWN]]
    if len(going) > REMOVAL_DATES_SHOWN:
        days.append(_("… and {count} more").format(count=len(going) - REMOVAL_DATES_SHOWN))
    kept = _(
        "Meetings with an agenda of their own, minutes or other changes are kept. "
        "Remove the others?"
    )
    return f"{lead}\n\n" + "\n".join(days) + f"\n\n{kept}"
