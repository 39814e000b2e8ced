"""Expanding a rule into dated occurrences (python-dateutil reads the RRULE text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rruleset, rrulestr

from samverkan_desktop.recurrence.days import (
    HolidayPolicy,
    holiday_name,
    iso_week,
    next_working_day,
)
from samverkan_desktop.recurrence.rule import Rule, local_start, until_instant


@dataclass(frozen=True)
class Occurrence:
    """One meeting a rule gives. ``original_start`` is the rule's own time (RECURRENCE-ID); with
    the MOVE policy ``start`` may be a later working day; with SKIP, ``skipped`` is set."""

    original_start: dt.datetime
    start: dt.datetime
    end: dt.datetime
    holiday: str | None  # the holiday on the rule's own date
    skipped: bool = False

    @property
    def moved(self) -> bool:
        return self.start != self.original_start

    @property
    def week(self) -> int:
        return iso_week(self.start.date())


def rule_set(rule: Rule, *, with_exdates: bool = True, rrule: str | None = None) -> rruleset:
    """The dateutil set for ``rule`` (wall-clock times in Stockholm, aware)."""
    text = rrule or rule.to_rrule()
    start = local_start(rule.starts_on, rule.start_time)
    result = rruleset()
    if rule.until is not None:
        text += ";UNTIL=" + until_instant(rule.until).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    result.rrule(rrulestr(text, dtstart=start))  # type: ignore[arg-type]
    if with_exdates:
        for day in rule.exdates:
            result.exdate(local_start(day, rule.start_time))
    return result


def nominal_starts(rule: Rule, start: dt.date, end: dt.date) -> list[dt.datetime]:
    """The rule's own start times from ``start`` to ``end`` (inclusive dates), no holidays."""
    first = local_start(max(start, rule.starts_on), dt.time(0, 0))
    last = local_start(end, dt.time(23, 59, 59))
    if last < first:
        return []
    if rule.week_parity is None:
        found = rule_set(rule).between(first, last, inc=True)
    else:
        # Every week's days, kept by their own ISO week: dateutil's BYWEEKNO puts the first days
        # of a year in the wrong week where the year before has 52 weeks (Saturday 1 January
        # 2022, ISO week 52, went to week 53: an odd-week group met that weekend and an
        # even-week one did not). The RRULE exported keeps BYWEEKNO, as RFC 5545 means it.
        weeks = frozenset(rule.week_parity.weeks)
        every_week = rule_set(rule, rrule=rule.with_changes(week_parity=None).to_rrule())
        found = [
            v for v in every_week.between(first, last, inc=True) if iso_week(v.date()) in weeks
        ]
    return [_normalise(value) for value in found]


def occurrences(
    rule: Rule,
    start: dt.date,
    end: dt.date,
    policy: HolidayPolicy = HolidayPolicy.KEEP,
) -> list[Occurrence]:
    """The occurrences whose rule date lies from ``start`` to ``end``, holidays applied.

    MOVE takes a meeting to the next working day unless the group meets that day anyway (a rule
    for every weekday: Good Friday and Easter Monday would both land on Tuesday, beside
    Tuesday's own meeting): then that meeting is skipped, as it would be with SKIP.
    """
    if policy is not HolidayPolicy.MOVE:
        return [
            _occurrence(rule, original, policy) for original in nominal_starts(rule, start, end)
        ]
    # Decided over a margin on both sides, so a window gives each meeting the same answer.
    margin = dt.timedelta(days=MOVE_MARGIN_DAYS)
    around = nominal_starts(rule, start - margin, end + margin)
    taken = {original.date() for original in around}
    result = []
    for original in around:
        occurrence = _occurrence(rule, original, policy)
        if occurrence.moved:
            if occurrence.start.date() in taken:
                occurrence = _occurrence(rule, original, HolidayPolicy.SKIP)
            else:
                taken.add(occurrence.start.date())
        if start <= original.date() <= end:
            result.append(occurrence)
    return result


MOVE_MARGIN_DAYS = 14  # more than the longest run of holidays and weekend (Christmas: 4 days)


def _occurrence(rule: Rule, original: dt.datetime, policy: HolidayPolicy) -> Occurrence:
    holiday = holiday_name(original.date())
    begin = original
    skipped = False
    if holiday is not None and policy is HolidayPolicy.SKIP:
        skipped = True
    elif holiday is not None and policy is HolidayPolicy.MOVE:
        begin = local_start(next_working_day(original.date()), rule.start_time)
    return Occurrence(original, begin, begin + rule.duration, holiday, skipped)


def shifted_start(found: Iterable[Occurrence], original: dt.datetime) -> dt.datetime | None:
    """Where the rule's occurrences ``found`` (those of ``original``'s day) put the meeting
    whose own time is ``original``, when that is another time (off a holiday: Trettondedag jul
    to the 7th); None when it keeps its own time or the rule no longer gives it."""
    for occurrence in found:
        if occurrence.original_start.date() == original.date() and not occurrence.skipped:
            return occurrence.start if occurrence.start != original else None
    return None


def moved_from_time(
    starts_at: dt.datetime, original: dt.datetime | None, rule_start: dt.datetime | None
) -> dt.datetime | None:
    """Where a meeting stood before it moved, None if it did not: the day its rule gave it
    (``rule_start``, the holiday policy applied) when moved by hand from there, else the rule's
    own time (``original``) when the rule moved it off a holiday. Trettondedag jul moved by the
    rule to the 7th, then by hand to the 12th, is moved from the 7th: the invitees had that."""
    if rule_start is not None and rule_start != starts_at:
        return rule_start
    if original is not None and original != starts_at:
        return original
    return None


def first_occurrence(
    rule: Rule, policy: HolidayPolicy = HolidayPolicy.KEEP, *, within_years: int = 3
) -> Occurrence | None:
    """The first meeting the rule gives (within its term, or the next few years)."""
    end = rule.until or rule.starts_on + relativedelta(years=within_years)
    for occurrence in occurrences(rule, rule.starts_on, end, policy):
        if not occurrence.skipped:
            return occurrence
    return None


def _normalise(value: dt.datetime) -> dt.datetime:
    # dateutil keeps the tzinfo of DTSTART: the wall-clock time is right across daylight saving.
    return value.replace(fold=0)
