"""A rule read back as a sentence: "Första tisdagen varje månad kl. 09.00–10.30, utom juli"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from samverkan_desktop.formatting import MONTHS, WEEKDAYS, clock_text
from samverkan_desktop.i18n import N_, _, ngettext, ordinal_number
from samverkan_desktop.recurrence.days import HolidayPolicy
from samverkan_desktop.recurrence.rule import Frequency, Rule, WeekParity

ORDINAL_WORDS = {
    1: N_("first"),
    2: N_("second"),
    3: N_("third"),
    4: N_("fourth"),
    -1: N_("last"),
}

# What a phrase may leave open, and how the description names it.
DEFAULT_LABELS = {
    "weekday": N_("weekday"),
    "day": N_("day of the month"),
    "week_of_month": N_("which week of the month"),
    "months": N_("months"),
    "time": N_("time"),
    "clock": N_("exact time"),
    "duration": N_("length"),
}


def join_words(items: Sequence[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def month_name(month: int) -> str:
    return _(MONTHS[month - 1])


def weekday_name(weekday: int) -> str:
    return _(WEEKDAYS[weekday])


def month_list(months: Sequence[int]) -> str:
    """Months with runs of three or more written as a range: "juni–augusti", "mars och juni"."""
    runs: list[list[int]] = []
    for month in sorted(months):
        if runs and runs[-1][-1] == month - 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    words: list[str] = []
    for run in runs:
        if len(run) >= 3:
            words.append(f"{month_name(run[0])}–{month_name(run[-1])}")
        else:
            words.extend(month_name(m) for m in run)
    return join_words(words)


WORKDAYS = (0, 1, 2, 3, 4)


def lead_text(days: int) -> str:
    """ "en vecka", "två veckor", "3 dagar": how long before the other group's meeting."""
    if days % 7 == 0:
        weeks = days // 7
        if weeks == 1:
            return _("a week")
        if weeks == 2:
            return _("two weeks")
        return _("{weeks} weeks").format(weeks=weeks)
    return ngettext("{days} day", "{days} days", days).format(days=days)


def _pattern(rule: Rule) -> str:
    if rule.is_linked:
        return _("{lead} before each meeting of {group}").format(
            lead=lead_text(rule.lead_days), group=rule.before_group or _("the other group")
        )
    days = join_words([weekday_name(d) for d in rule.weekdays])
    if rule.frequency is Frequency.WEEKLY:
        if rule.interval == 1:
            if rule.weekdays == WORKDAYS:
                # "varje vardag" alone could be read as Monday to Saturday.
                days = _("working day (Monday–Friday)")
            text = _("every {weekdays}").format(weekdays=days)
            if rule.week_parity is WeekParity.EVEN:
                return _("{pattern} in even weeks").format(pattern=text)
            if rule.week_parity is WeekParity.ODD:
                return _("{pattern} in odd weeks").format(pattern=text)
            return text
        if rule.interval == 2:
            return _("every other {weekdays}").format(weekdays=days)
        return _("every {nth} week on {weekdays}").format(
            nth=ordinal_number(rule.interval), weekdays=days
        )
    if rule.ordinal is not None:
        ordinal = _(ORDINAL_WORDS[rule.ordinal])
        if rule.months:
            return _("{ordinal} {weekday} in {months}").format(
                ordinal=ordinal, weekday=days, months=month_list(rule.months)
            )
        if rule.interval == 1:
            return _("{ordinal} {weekday} of every month").format(ordinal=ordinal, weekday=days)
        if rule.interval == 2:
            return _("{ordinal} {weekday} of every other month").format(
                ordinal=ordinal, weekday=days
            )
        return _("{ordinal} {weekday} every {nth} month").format(
            ordinal=ordinal, weekday=days, nth=ordinal_number(rule.interval)
        )
    if rule.months:
        return _("day {day} in {months}").format(day=rule.month_day, months=month_list(rule.months))
    if rule.interval == 1:
        return _("day {day} of every month").format(day=rule.month_day)
    if rule.interval == 2:
        return _("day {day} of every other month").format(day=rule.month_day)
    return _("day {day} every {nth} month").format(
        day=rule.month_day, nth=ordinal_number(rule.interval)
    )


def _chosen_months_in_pattern(rule: Rule) -> bool:
    return rule.frequency is Frequency.MONTHLY and len(rule.months) <= 6


def describe(rule: Rule, *, with_defaults: bool = True, planned_from: dt.date | None = None) -> str:
    """The rule as one Swedish sentence (the same words the phrase reader understands).
    Its first day is said beside its last, and when it is not ``planned_from`` (the day the
    meetings are planned from: today), so a start the phrase gave ("från 14 januari") is read
    back with or without an end."""
    if rule.months and not _chosen_months_in_pattern(rule):
        # Show a long month list as what is left out ("utom juli").
        text = _pattern(rule.with_changes(months=()))
    else:
        text = _pattern(rule)
    text = _("{pattern} at {start}–{end}").format(
        pattern=text, start=clock_text(rule.start_time), end=clock_text(rule.end_time)
    )
    if rule.months and not _chosen_months_in_pattern(rule):
        if len(rule.months) >= 7:
            text += _(", except {months}").format(months=month_list(rule.excluded_months))
        else:
            text += _(", only in {months}").format(months=month_list(rule.months))
    text += _term_text(rule, planned_from)
    if rule.exdates:
        text += _("; not on {dates}").format(
            dates=join_words([d.isoformat() for d in rule.exdates])
        )
    text = text[:1].upper() + text[1:]
    if rule.place:
        text += _(". Place: {place}").format(place=rule.place)
    if with_defaults and rule.defaults_used:
        text += _(". Standard values for what the phrase does not say: {parts}").format(
            parts=", ".join(_(DEFAULT_LABELS[key]) for key in rule.defaults_used)
        )
    return text


def _term_text(rule: Rule, planned_from: dt.date | None) -> str:
    start, until = rule.starts_on.isoformat(), rule.until
    if until is not None:
        return _(", from {start} until {end}").format(start=start, end=until.isoformat())
    if planned_from is not None and rule.starts_on != planned_from:
        return _(", from {date}").format(date=start)
    return ""


def describe_holidays(rule: Rule, policy: HolidayPolicy) -> str:
    """What happens on public holidays: a linked rule always takes the working day before."""
    if rule.is_linked:
        return _(
            "A meeting that falls on a weekend or public holiday is held the working day before."
        )
    return describe_holiday_policy(policy)


def describe_holiday_policy(policy: HolidayPolicy) -> str:
    if policy is HolidayPolicy.SKIP:
        return _("Meetings that fall on a public holiday are skipped.")
    if policy is HolidayPolicy.MOVE:
        return _("Meetings that fall on a public holiday move to the next working day.")
    return _("Meetings that fall on a public holiday are kept and flagged.")
