"""Meeting rules: the structured rule <-> RFC 5545 RRULE/EXDATE, occurrences (python-dateutil),
Swedish descriptions, the phrase reader for the papers' frequencies, public holidays and ISO
weeks. Pure functions, no database."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from samverkan_desktop.recurrence.days import (
    HolidayPolicy,
    holiday_name,
    holidays_between,
    is_working_day,
    iso_week,
    month_grid,
    next_working_day,
    week_dates,
)
from samverkan_desktop.recurrence.describe import (
    describe,
    describe_holiday_policy,
    describe_holidays,
    join_words,
    month_list,
)
from samverkan_desktop.recurrence.linked import linked_occurrences, working_day_before
from samverkan_desktop.recurrence.occurrences import (
    Occurrence,
    first_occurrence,
    moved_from_time,
    nominal_starts,
    occurrences,
    rule_set,
    shifted_start,
)
from samverkan_desktop.recurrence.rule import (
    TZID,
    Frequency,
    Rule,
    WeekParity,
    from_ical,
    ical_local,
    ical_utc,
    local_start,
    to_ical,
    until_instant,
)

if TYPE_CHECKING:
    from samverkan_desktop.recurrence.phrase_words import DEFAULT_MONTHS
    from samverkan_desktop.recurrence.phrases import RuleDefaults, parse_phrase

# The phrase reader compiles its patterns on import (a twentieth of the window's start): loaded
# when first asked for (PEP 562). Only names that are no submodule's name can be lazy here.
_LAZY = {"DEFAULT_MONTHS": "phrase_words", "RuleDefaults": "phrases", "parse_phrase": "phrases"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MONTHS",
    "TZID",
    "Frequency",
    "HolidayPolicy",
    "Occurrence",
    "Rule",
    "RuleDefaults",
    "WeekParity",
    "describe",
    "describe_holiday_policy",
    "describe_holidays",
    "first_occurrence",
    "moved_from_time",
    "shifted_start",
    "from_ical",
    "holiday_name",
    "holidays_between",
    "ical_local",
    "ical_utc",
    "is_working_day",
    "iso_week",
    "join_words",
    "linked_occurrences",
    "local_start",
    "month_grid",
    "month_list",
    "next_working_day",
    "nominal_starts",
    "occurrences",
    "parse_phrase",
    "rule_set",
    "to_ical",
    "until_instant",
    "week_dates",
    "working_day_before",
]
