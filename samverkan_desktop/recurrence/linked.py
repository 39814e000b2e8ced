"""The meetings of a rule linked to another group ("4 gånger/år inför chefsamråd"): ``lead_days``
before each meeting of that group, at the rule's own time; a day that is a weekend or public
holiday gives the working day before (a preparation meeting after the meeting it prepares would
be no use, so the holiday policy's "next working day" does not apply)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from samverkan_desktop.recurrence.days import holiday_name, is_working_day
from samverkan_desktop.recurrence.occurrences import Occurrence
from samverkan_desktop.recurrence.rule import Rule, local_start


def working_day_before(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def linked_occurrences(
    rule: Rule, anchors: Iterable[dt.date], start: dt.date, end: dt.date
) -> list[Occurrence]:
    """The occurrences before the other group's meeting days ``anchors`` whose own day (the
    anchor less ``lead_days``, its RECURRENCE-ID) lies from ``start`` to ``end``. Two anchors
    landing on the same working day give one meeting."""
    result: list[Occurrence] = []
    taken: set[dt.date] = set()
    for anchor in sorted(set(anchors)):
        own = anchor - dt.timedelta(days=rule.lead_days)
        if not start <= own <= end or own < rule.starts_on:
            continue
        if rule.until is not None and own > rule.until:
            continue
        day = working_day_before(own)
        if day in taken:
            continue
        taken.add(day)
        original = local_start(own, rule.start_time)
        begin = local_start(day, rule.start_time)
        result.append(Occurrence(original, begin, begin + rule.duration, holiday_name(own)))
    return result
