"""The end a term is given when "Till och med" is chosen before a date is typed: a year's
assignment ("Uppdrag 2020", an agreement revised yearly), from the start given or today. The
start itself was put in, and a group saved so ran one day ("t.o.m. 2026-12-06", its meeting rule
then planning nothing)."""

from __future__ import annotations

import datetime as dt


def suggested_term_end(start: dt.date) -> dt.date:
    """The day before the same date a year on: 2026-12-06 → 2027-12-05; a start on 29 February
    ends on the last day of February."""
    try:
        same_day = start.replace(year=start.year + 1)
    except ValueError:  # 29 February: no such day next year
        same_day = dt.date(start.year + 1, 3, 1)
    return same_day - dt.timedelta(days=1)
