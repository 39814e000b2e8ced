"""The structured meeting rule (what Outlook's recurrence editor edits) and its RFC 5545 form.

A ``Rule`` is always valid and canonical (sorted, de-duplicated, "every month" stored as no month
filter), so ``Rule.from_rrule(rule.to_rrule(), ...) == rule`` and ``from_ical(to_ical(r)) == r``.
python-dateutil expands the RRULE text itself, so what is stored is what is expanded.

Even or odd weeks ("tisdagar jämna veckor") are ISO week numbers as Swedish calendars print them:
BYWEEKNO=2,4,…,52 or 1,3,…,53 on the weekly rule, so an odd-week series meets in week 53 and
again in week 1. RFC 5545 allows BYWEEKNO only with FREQ=YEARLY, but python-dateutil's yearly
expansion misplaces the days of early January that belong to the last week of the year before
(1-2 January 2022, ISO week 52, come out as "week 53"); its weekly expansion gets every day
right, and the stored text is what is expanded. The .ics export writes no BYWEEKNO: Outlook gets
a weekly series with the other weeks as EXDATEs (``exports.ics.outlook_rule``).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field, replace
from typing import Any

# Not services.validation: the plain-SQL agenda printout reads rules without SQLAlchemy.
from samverkan_desktop import unit_words
from samverkan_desktop.composed_text import clean
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.i18n import _, ordinal_number
from samverkan_desktop.number_range import check_range

RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ORDINALS = (1, 2, 3, 4, -1)  # -1: the last one of the month
MAX_DURATION_MINUTES = 12 * 60
MAX_LEAD_DAYS = 28


class Frequency(enum.Enum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    # Before each meeting of another group ("inför chefsamråd"): no RRULE, the dates follow that
    # group's meetings (``recurrence.linked``).
    BEFORE_GROUP = "before_group"


class WeekParity(enum.Enum):
    """Even or odd ISO weeks ("jämna veckor", "udda veckor")."""

    EVEN = "even"
    ODD = "odd"

    @property
    def weeks(self) -> tuple[int, ...]:
        """The ISO week numbers: 2, 4, …, 52 or 1, 3, …, 53 (week 53 is odd)."""
        return tuple(range(2 if self is WeekParity.EVEN else 1, 54, 2))

    @classmethod
    def of_weeks(cls, weeks: list[int]) -> WeekParity | None:
        return next((p for p in cls if tuple(weeks) == p.weeks), None)


@dataclass(frozen=True)
class Rule:
    """When a group meets.

    WEEKLY: on ``weekdays`` (0 = Monday) every ``interval`` weeks, counted from ``starts_on``'s week,
    or, with ``week_parity``, every week with an even (odd) ISO week number.
    MONTHLY: on the ``ordinal`` ``weekdays[0]`` (1..4, -1 = last) or on ``month_day`` (1..28),
    every ``interval`` months. ``months`` limits either to some months (empty: every month).
    BEFORE_GROUP: ``lead_days`` before each meeting of group ``before_group_id`` (named
    ``before_group``, not compared), on the working day before when that day is none.
    ``defaults_used`` names what a phrase left open and a default filled in (not compared).
    """

    starts_on: dt.date
    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    ordinal: int | None = None
    month_day: int | None = None
    months: tuple[int, ...] = ()
    start_time: dt.time = dt.time(9, 0)
    duration_minutes: int = 90
    until: dt.date | None = None
    place: str | None = None
    exdates: tuple[dt.date, ...] = ()
    week_parity: WeekParity | None = None
    before_group_id: int | None = None
    lead_days: int = 7
    before_group: str | None = field(default=None, compare=False)
    defaults_used: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("weekdays", tuple(sorted(set(self.weekdays))))
        months = tuple(sorted(set(self.months)))
        put("months", () if months == tuple(range(1, 13)) else months)
        put("exdates", tuple(sorted(set(self.exdates))))
        # Typed on one line and shown on one line: a pasted line break is a space.
        put("place", clean(self.place, one_line=True))
        put("start_time", self.start_time.replace(second=0, microsecond=0, tzinfo=None))
        _validate(self)

    # --- derived -------------------------------------------------------------------------------

    @property
    def end_time(self) -> dt.time:
        start = dt.datetime.combine(dt.date(2000, 1, 3), self.start_time)
        return (start + dt.timedelta(minutes=self.duration_minutes)).time()

    @property
    def duration(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.duration_minutes)

    @property
    def excluded_months(self) -> tuple[int, ...]:
        """The months without meetings (the editor's "excluded months" view of ``months``)."""
        return tuple(m for m in range(1, 13) if self.months and m not in self.months)

    @property
    def is_linked(self) -> bool:
        """Its dates follow another group's meetings: no RRULE can say them."""
        return self.frequency is Frequency.BEFORE_GROUP

    def with_changes(self, **changes: Any) -> Rule:
        return replace(self, **changes)

    # --- RFC 5545 --------------------------------------------------------------------------------

    def to_rrule(self) -> str:
        """The RRULE value (no DTSTART/UNTIL: those are ``starts_on``/``until``); empty for a
        linked rule."""
        if self.is_linked:
            return ""
        parts = [f"FREQ={self.frequency.name}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.frequency is Frequency.WEEKLY:
            parts.append("BYDAY=" + ",".join(RRULE_DAYS[d] for d in self.weekdays))
            if self.week_parity is not None:
                parts.append("BYWEEKNO=" + ",".join(str(w) for w in self.week_parity.weeks))
            if self.interval != 1 or self.week_parity is not None:
                parts.append("WKST=MO")
        elif self.ordinal is not None:
            parts.append(f"BYDAY={self.ordinal}{RRULE_DAYS[self.weekdays[0]]}")
        else:
            parts.append(f"BYMONTHDAY={self.month_day}")
        if self.months:
            parts.append("BYMONTH=" + ",".join(str(m) for m in self.months))
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, rrule: str, **other: Any) -> Rule:
        """Read an RRULE value back; ``other`` gives the remaining fields (starts_on, ...).

        Only what the editor can show is accepted: anything else is refused with a message rather
        than dropped.
        """
        values = _parse_rrule(rrule)
        if "UNTIL" in values:
            until = _parse_ical_datetime(values.pop("UNTIL")).astimezone(LOCAL_ZONE).date()
            other.setdefault("until", until)
        frequency_name = values.pop("FREQ", None)
        months = _ints(values.pop("BYMONTH", ""), "BYMONTH")
        interval = _ints(values.pop("INTERVAL", "1"), "INTERVAL")
        if len(interval) != 1:
            raise _unsupported(rrule)
        wkst = values.pop("WKST", "MO")
        byday = [d for d in values.pop("BYDAY", "").split(",") if d]
        monthday = _ints(values.pop("BYMONTHDAY", ""), "BYMONTHDAY")
        setpos = _ints(values.pop("BYSETPOS", ""), "BYSETPOS")
        weeks = _ints(values.pop("BYWEEKNO", ""), "BYWEEKNO")
        parity = WeekParity.of_weeks(weeks)
        if weeks and (parity is None or frequency_name != "WEEKLY"):
            raise _unsupported(rrule)
        if values or wkst != "MO":
            raise _unsupported(rrule)
        if frequency_name == "YEARLY" and len(months) == 1 and interval == [1]:
            # Outlook's yearly rule: a monthly rule in one month.
            frequency_name = "MONTHLY"
        if frequency_name == "WEEKLY":
            if monthday or setpos or not byday or any(d not in RRULE_DAYS for d in byday):
                raise _unsupported(rrule)
            return cls(
                frequency=Frequency.WEEKLY,
                interval=interval[0],
                weekdays=tuple(RRULE_DAYS.index(d) for d in byday),
                months=tuple(months),
                week_parity=parity,
                **other,
            )
        if frequency_name == "MONTHLY":
            if monthday and not byday and not setpos and len(monthday) == 1:
                return cls(
                    frequency=Frequency.MONTHLY,
                    interval=interval[0],
                    month_day=monthday[0],
                    months=tuple(months),
                    **other,
                )
            if len(byday) == 1 and not monthday:
                day = byday[0]
                if setpos and len(setpos) == 1 and day in RRULE_DAYS:
                    ordinal = setpos[0]
                else:
                    try:
                        ordinal = int(day[:-2])
                    except ValueError as error:
                        raise _unsupported(rrule) from error
                    if setpos:
                        raise _unsupported(rrule)
                if day[-2:] not in RRULE_DAYS or ordinal not in ORDINALS:
                    raise _unsupported(rrule)
                return cls(
                    frequency=Frequency.MONTHLY,
                    interval=interval[0],
                    ordinal=ordinal,
                    weekdays=(RRULE_DAYS.index(day[-2:]),),
                    months=tuple(months),
                    **other,
                )
        raise _unsupported(rrule)


def _validate(rule: Rule) -> None:
    if not isinstance(rule.frequency, Frequency):
        raise ValidationError(_("Choose how often the group meets."), field="frequency")
    if rule.frequency is Frequency.WEEKLY:  # in the words of the window's field
        check_range(
            rule.interval,
            1,
            52,
            name=_("Weeks between meetings"),
            field="interval",
            unit=unit_words.weeks,
        )
    else:
        check_range(
            rule.interval,
            1,
            12,
            name=_("Months between meetings"),
            field="interval",
            unit=unit_words.months,
        )
    if rule.is_linked:
        _validate_linked(rule)
    elif rule.before_group_id is not None:
        raise ValidationError(_("Only a rule before another group's meetings names a group."))
    if any(not 0 <= d <= 6 for d in rule.weekdays):
        raise ValidationError(_("Unknown weekday."), field="weekdays")
    if any(not 1 <= m <= 12 for m in rule.months):
        raise ValidationError(_("Unknown month."), field="months")
    if rule.is_linked:
        pass  # its days are the other group's, checked above
    elif rule.frequency is Frequency.WEEKLY:
        if not rule.weekdays:
            raise ValidationError(_("Choose at least one weekday."), field="weekdays")
        if rule.ordinal is not None or rule.month_day is not None:
            raise ValidationError(_("A weekly rule has no day of the month."), field="month_day")
        if rule.week_parity is not None and rule.interval != 1:
            raise ValidationError(
                _("Even or odd weeks go with a rule for every week, not every {nth} week.").format(
                    nth=ordinal_number(rule.interval)
                ),
                field="week_parity",
            )
    elif rule.week_parity is not None:
        raise ValidationError(
            _("Even or odd weeks go with a weekly rule, not a monthly one."), field="week_parity"
        )
    else:
        by_weekday = rule.ordinal is not None
        if by_weekday == (rule.month_day is not None):
            raise ValidationError(
                _("Choose either a day of the month or, for example, the first Tuesday."),
                field="month_day",
            )
        if by_weekday and (rule.ordinal not in ORDINALS or len(rule.weekdays) != 1):
            raise ValidationError(
                _("Choose the first, second, third, fourth or last weekday of the month."),
                field="ordinal",
            )
        if not by_weekday and rule.weekdays:
            raise ValidationError(_("Choose a day of the month or a weekday."), field="weekdays")
        if rule.month_day is not None and not 1 <= rule.month_day <= 28:
            # 29-31 do not exist every month, and calendars disagree on what happens then.
            raise ValidationError(
                _("Choose a day between 1 and 28 (or, for example, the last Friday)."),
                field="month_day",
            )
        if rule.months and rule.interval != 1:
            raise ValidationError(
                _("Choose either chosen months or every n months, not both."), field="months"
            )
    if not 5 <= rule.duration_minutes <= MAX_DURATION_MINUTES:
        raise ValidationError(
            _("A meeting must last between 5 minutes and 12 hours."), field="duration_minutes"
        )
    start = dt.datetime.combine(dt.date(2000, 1, 3), rule.start_time)
    if (start + rule.duration).date() != start.date():
        raise ValidationError(_("A meeting must end on the day it starts."), field="end_time")
    if rule.until is not None and rule.until < rule.starts_on:
        raise ValidationError(_("The rule cannot end before it starts."), field="until")
    if rule.place is not None and len(rule.place) > 300:
        raise ValidationError(_("The place is too long (at most 300 characters)."), field="place")


def _validate_linked(rule: Rule) -> None:
    if rule.before_group_id is None:
        raise ValidationError(_("Choose the group whose meetings this group meets before."))
    check_range(
        rule.lead_days,
        1,
        MAX_LEAD_DAYS,
        name=_("Days before"),
        field="lead_days",
        unit=unit_words.days,
    )
    if (
        rule.interval != 1
        or rule.weekdays
        or rule.ordinal is not None
        or rule.month_day is not None
        or rule.months
        or rule.week_parity is not None
        or rule.exdates
    ):
        raise ValidationError(
            _("A group meeting before another group's meetings has no days of its own."),
            field="rule",
        )


def _unsupported(rrule: str) -> ValidationError:
    return ValidationError(
        _("This rule cannot be shown in the editor: {rrule}").format(rrule=rrule), field="rrule"
    )


def _parse_rrule(text: str) -> dict[str, str]:
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    values: dict[str, str] = {}
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or key.strip().upper() in values:
            raise _unsupported(text)
        values[key.strip().upper()] = value.strip().upper()
    return values


def _ints(text: str, key: str) -> list[int]:
    try:
        return [int(v) for v in text.split(",") if v]
    except ValueError as error:
        raise ValidationError(
            _("This rule cannot be shown in the editor: {rrule}").format(rrule=f"{key}={text}"),
            field="rrule",
        ) from error


# --- the whole rule as iCalendar lines ------------------------------------------------------------

TZID = "Europe/Stockholm"


def local_start(day: dt.date, time: dt.time) -> dt.datetime:
    """A wall-clock time in Stockholm on ``day`` (aware)."""
    return dt.datetime.combine(day, time, tzinfo=LOCAL_ZONE)


def ical_local(value: dt.datetime) -> str:
    return value.astimezone(LOCAL_ZONE).strftime("%Y%m%dT%H%M%S")


def ical_utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def until_instant(until: dt.date) -> dt.datetime:
    """The last moment of ``until`` in Stockholm: RFC 5545 wants UNTIL in UTC with a TZID start."""
    return dt.datetime.combine(until, dt.time(23, 59, 59), tzinfo=LOCAL_ZONE)


def to_ical(rule: Rule) -> str:
    """DTSTART, DURATION, RRULE (with UNTIL) and EXDATE lines; LOCATION is left to the caller.
    A linked rule has none (its meetings are exported one by one)."""
    if rule.is_linked:
        raise ValidationError(_("This rule follows another group's meetings: it has no RRULE."))
    lines = [f"DTSTART;TZID={TZID}:{ical_local(local_start(rule.starts_on, rule.start_time))}"]
    hours, minutes = divmod(rule.duration_minutes, 60)
    lines.append(
        "DURATION:PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    )
    rrule = rule.to_rrule()
    if rule.until is not None:
        rrule += f";UNTIL={ical_utc(until_instant(rule.until))}"
    lines.append(f"RRULE:{rrule}")
    if rule.exdates:
        stamps = ",".join(ical_local(local_start(d, rule.start_time)) for d in rule.exdates)
        lines.append(f"EXDATE;TZID={TZID}:{stamps}")
    return "\n".join(lines)


def from_ical(text: str, place: str | None = None) -> Rule:
    """Read what ``to_ical`` wrote (DTSTART with TZID, DURATION, RRULE, EXDATE)."""
    found: dict[str, str] = {}
    for raw in text.strip().splitlines():
        name, _sep, value = raw.partition(":")
        found[name.split(";")[0].strip().upper()] = value.strip()
    try:
        start = _parse_ical_datetime(found["DTSTART"])
        duration = _parse_duration(found.get("DURATION", "PT1H30M"))
        rrule = found["RRULE"]
    except (KeyError, ValueError) as error:
        raise ValidationError(_("This is not a meeting rule."), field="rrule") from error
    exdates = tuple(_parse_ical_datetime(v).date() for v in found.get("EXDATE", "").split(",") if v)
    return Rule.from_rrule(
        rrule,
        starts_on=start.date(),
        start_time=start.time(),
        duration_minutes=duration,
        place=place,
        exdates=exdates,
    )


def _parse_ical_datetime(value: str) -> dt.datetime:
    if value.endswith("Z"):
        return dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=LOCAL_ZONE)


def _parse_duration(value: str) -> int:
    if not value.startswith("PT"):
        raise ValueError(value)
    hours, _sep, rest = value[2:].partition("H") if "H" in value else ("0", "", value[2:])
    minutes = rest.rstrip("M") or "0"
    return int(hours) * 60 + int(minutes)
