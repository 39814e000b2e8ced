"""Reading the meeting frequencies the papers write ("1 gång/månad (ej juli)", "4 gånger/år",
"varje torsdag förmiddag", "första tisdagen i månaden kl 9", "tisdagar jämna veckor", "varje
vardag", "mån–fre kl 8.30") into a ``Rule``.

The reader never guesses silently: every word must be understood (a few filler words aside), or it
raises a ValidationError that says which parts it understood and which not. What a phrase leaves
open is filled from documented defaults and named in ``Rule.defaults_used`` (the description says
so):

- weekday: ``RuleDefaults.weekday`` (the group's own, else Tuesday);
- the day of a monthly meeting: the first <weekday> of the month;
- time: 09.00, 1 h 30 min; "förmiddag" 09.00, "eftermiddag" 13.00, "morgon" 08.00,
  "lunch" 12.00, "kväll" 18.00;
- months of "N gånger/år": see ``DEFAULT_MONTHS`` (evenly spread, so Outlook can show them).
- months of "N gånger/termin": N of each term's (vårtermin January–June, hösttermin
  August–December), spread by the same ``spread_months`` as the year, from March and September.

"… (eller fler) vid behov" is understood and left out of the rule: meetings as needed are
single meetings, added one by one.

"inför chefsamråd" ("4 gånger/år inför chefsamråd", "två veckor före varje möte i …") links the
rule to another group, found by ``find_group`` (the caller's look-up of the register): a week (or
the lead named) before each of its meetings. Days of its own ("tisdagar", "ej juli") are refused
beside it; "N gånger/år" is taken as what the other group's meetings give.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from samverkan_desktop.clock_input import read_clock
from samverkan_desktop.composed_text import composed
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import unheld
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence.describe import join_words, month_list
from samverkan_desktop.recurrence.phrase_scan import Part, fail_with, scan
from samverkan_desktop.recurrence.phrase_words import (
    DAYPART_WORDS,
    DAYPARTS,
    DEFAULT_MONTHS,
    TERMS,
    WORKDAYS,
    day_of,
    frequency_of,
    is_odd_weeks,
    lead_days_of,
    month_set,
    ordinal_of,
    spread_months,
    weekday_of,
    weekday_range,
)
from samverkan_desktop.recurrence.rule import Frequency, Rule, WeekParity


@dataclass(frozen=True)
class RuleDefaults:
    weekday: int = 1  # Tuesday
    start_time: dt.time = dt.time(9, 0)
    duration_minutes: int = 90


# The groups a typed name may mean: (id, name) of each, none when no group fits.
FindGroup = Callable[[str], Sequence[tuple[int, str]]]
# What may stand beside "inför <group>": the rest gives days of its own.
_WITH_LINK = {"before", "as_needed", "count", "adverb", "every", "time", "daypart", "place",
              "from", "until"}  # fmt: skip


def parse_phrase(
    text: str,
    *,
    starts_on: dt.date,
    defaults: RuleDefaults | None = None,
    place: str | None = None,
    find_group: FindGroup | None = None,
    today: dt.date | None = None,
) -> Rule:
    """The rule a phrase describes, or a ValidationError naming what was not understood.
    A start written without a year ("från 14 januari") is its first turn from ``today`` on
    (``starts_on`` if not given)."""
    defaults = defaults or RuleDefaults()
    # "gång" pasted as "a" + combining ring reads as typed; a rule copied from the window too
    text = unheld(composed(text))
    if not text or not text.strip():
        raise ValidationError(_("Write how often the group meets."), field="phrase")
    if len(text) > 300:
        raise ValidationError(_("The phrase is too long (at most 300 characters)."), field="phrase")
    parts, leftovers = scan(text)
    if leftovers:
        quoted = ", ".join(f"”{fragment}”" for fragment in leftovers)  # Swedish quotes
        if parts:
            raise ValidationError(
                _("Understood: {understood}. Not understood: {rest}.").format(
                    understood=", ".join(p.text for p in parts), rest=quoted
                ),
                field="phrase",
            )
        raise ValidationError(
            _(
                "Not understood: {rest}. Write, for example, “1 gång/månad (ej juli)”, "
                "“varannan vecka” or “första tisdagen i månaden kl 9”."
            ).format(rest=quoted),
            field="phrase",
        )
    return _Reader(parts, starts_on, defaults, place, find_group, today or starts_on).rule()


class _Reader:
    """Turns the understood parts into one rule, refusing contradictions."""

    def __init__(
        self,
        parts: list[Part],
        starts_on: dt.date,
        defaults: RuleDefaults,
        place: str | None,
        find_group: FindGroup | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.parts = parts
        self.today = today or starts_on
        self.starts_on = starts_on
        self.defaults = defaults
        self.place = place
        self.find_group = find_group
        self.used: list[str] = []

    def fail(self, problem: str) -> ValidationError:
        return fail_with(self.parts, problem)

    def of(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]

    def one(self, kind: str, what: str) -> Part | None:
        found = self.of(kind)
        if len(found) > 1:
            raise self.fail(
                _("“{first}” and “{second}” both give the {what}.").format(
                    first=found[0].text, second=found[1].text, what=what
                )
            )
        return found[0] if found else None

    def rule(self) -> Rule:
        for part in self.of("date"):
            raise self.fail(
                _("“{text}” is a single date: add it as a single meeting instead.").format(
                    text=part.text
                )
            )
        link = self.one("before", _("group to meet before"))
        if link is not None:
            return self._linked(link)
        frequency, interval, times, per_week = self._frequency()
        weekdays = sorted(self._weekdays())
        nth = self.one("nth", _("day of the month"))
        month_day = self.one("month_day", _("day of the month"))
        if nth and month_day:
            raise self.fail(
                _("“{first}” and “{second}” both give the {what}.").format(
                    first=nth.text, second=month_day.text, what=_("day of the month")
                )
            )
        months = self._months(times)
        values: dict[str, Any] = {"frequency": frequency, "interval": interval, "months": months}
        if frequency is Frequency.WEEKLY:
            if nth or month_day:
                day_part = nth or month_day
                assert day_part is not None
                raise self.fail(
                    _("“{text}” is a day of the month, but the group meets weekly.").format(
                        text=day_part.text
                    )
                )
            if per_week is not None and len(weekdays) != per_week:
                raise self.fail(
                    _("Name the {n} weekdays, for example “måndagar och torsdagar”.").format(
                        n=per_week
                    )
                )
            if not weekdays:
                weekdays = [self.defaults.weekday]
                self.used.append("weekday")
            values["weekdays"] = tuple(weekdays)
            parity = self.one("parity", _("weeks"))
            if parity is not None:
                odd = is_odd_weeks(parity.groups["parity"])
                values["week_parity"] = WeekParity.ODD if odd else WeekParity.EVEN
        else:
            values.update(self._monthly_day(nth, month_day, weekdays))
        values.update(self._time())
        starts_on, until = self._term()
        exdates: list[dt.date] = []
        for part in self.of("exdates"):
            exdates.extend(self._date(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", part.text))
        place_part = self.one("place", _("place"))
        place = place_part.groups["place"].strip().rstrip(".") if place_part else self.place
        order = ("weekday", "day", "week_of_month", "months", "time", "clock", "duration")
        return Rule(
            starts_on=starts_on,
            until=until,
            exdates=tuple(exdates),
            place=place,
            defaults_used=tuple(key for key in order if key in self.used),
            **values,
        )

    def _linked(self, link: Part) -> Rule:
        """ "4 gånger/år inför chefsamråd": before each meeting of the group named."""
        name = " ".join(link.groups["name"].split())
        for part in self.parts:
            if part.kind not in _WITH_LINK:
                raise self.fail(
                    _("“{text}” gives days of its own, but the meetings follow {group}’s.").format(
                        text=part.text, group=name
                    )
                )
        self._frequency_of_parts()  # "4 gånger/år" and "varje månad" together: refused
        if self.find_group is None:  # read without the register (the command line's preview)
            raise self.fail(
                _("“{text}” follows another group's meetings: give the rule to a group.").format(
                    text=link.text
                )
            )
        found = list(self.find_group(name))
        if not found:
            raise self.fail(_("There is no group called “{name}”.").format(name=name))
        if len(found) > 1:
            names = sorted(group for _id, group in found)
            raise self.fail(
                _("“{name}” fits several groups: {groups}. Write more of the name.").format(
                    name=name, groups=", ".join(names)
                )
            )
        (group_id, group_name), *_rest = found
        starts_on, until = self._term()
        place_part = self.one("place", _("place"))
        order = ("time", "clock", "duration")
        values = self._time()
        return Rule(
            starts_on=starts_on,
            until=until,
            frequency=Frequency.BEFORE_GROUP,
            before_group_id=group_id,
            before_group=group_name,
            lead_days=lead_days_of(link.groups),
            place=place_part.groups["place"].strip().rstrip(".") if place_part else self.place,
            defaults_used=tuple(key for key in order if key in self.used),
            **values,
        )

    def _frequency_of_parts(self) -> list[tuple[Part, tuple[str, int]]]:
        """What the parts say about how often, refusing two that disagree."""
        found: list[tuple[Part, tuple[str, int]]] = []
        for part in self.parts:
            value = frequency_of(part.kind, part.groups)
            if value is not None:
                found.append((part, value))
        distinct = {value for _part, value in found}
        parity = next((part for part, _value in found if part.kind == "parity"), None)
        if parity is not None and ("weekly", 2) in distinct:
            raise self.fail(self._parity_is_not_every_other(parity, found))
        if len(distinct) > 1:
            first = found[0]
            second = next(f for f in found if f[1] != first[1])
            raise self.fail(
                _("“{first}” and “{second}” say different things about how often.").format(
                    first=first[0].text, second=second[0].text
                )
            )
        return found

    def _parity_is_not_every_other(
        self, parity: Part, found: list[tuple[Part, tuple[str, int]]]
    ) -> str:
        """ "varannan torsdag (udda veckor)": which of the two was meant, written out."""
        every_other = next(part for part, value in found if value == ("weekly", 2))
        days = [p.groups["wd"] for p in self.of("weekday")]
        plural = join_words([d if d.endswith("ar") else f"{d}ar" for d in days])  # "torsdagar"
        return _(
            "“{parity}” go by the week numbers, not always every other week: around week 53 "
            "two come in a row, or three weeks pass. Write “{with_parity}” or “{every_other}”, "
            "not both."
        ).format(
            parity=parity.text,
            with_parity=f"{plural} {parity.text}".strip(),
            every_other=every_other.text,
        )

    def _frequency(self) -> tuple[Frequency, int, tuple[str, int] | None, int | None]:
        """(frequency, interval, ("per_year" or "per_term", times), times per week) from the
        explicit sources."""
        found = self._frequency_of_parts()
        if not found:
            if self.of("nth") or self.of("month_day"):
                return Frequency.MONTHLY, 1, None, None
            if any(p.groups["wd"].endswith(("ar", "arna")) for p in self.of("weekday")):
                return Frequency.WEEKLY, 1, None, None  # "torsdagar": every Thursday
            if self.of("weekday_range") or any(
                p.groups["word"].startswith("vardagar") for p in self.of("workdays")
            ):
                return Frequency.WEEKLY, 1, None, None  # "mån–fre", "vardagar": each of them
            raise self.fail(_("The phrase does not say how often the group meets."))
        kind, number = found[0][1]
        if kind == "weekly":
            return Frequency.WEEKLY, number, None, None
        if kind == "per_week":
            return Frequency.WEEKLY, 1, None, number
        if kind == "monthly":
            return Frequency.MONTHLY, number, None, None
        if kind == "per_term":
            return Frequency.MONTHLY, 1, (kind, number), None
        if number > 12:  # "2 gånger/månad": more than one a month
            raise self.fail(
                _("“{text}” cannot be made into one meeting rule.").format(text=found[0][0].text)
            )
        return Frequency.MONTHLY, 1, ("per_year", number), None

    def _weekdays(self) -> set[int]:
        """The weekdays named one by one, as a range ("mån–fre") or as "vardagar"."""
        days = {weekday_of(p.groups["wd"]) for p in self.of("weekday")}
        for part in self.of("weekday_range"):
            days |= weekday_range(part.groups["wd1"], part.groups["wd2"])
        if self.of("workdays"):
            days |= set(WORKDAYS)
        return days

    def _months(self, times: tuple[str, int] | None) -> tuple[int, ...]:
        only, excluded = self.of("only"), self.of("except")
        if only and excluded:
            raise self.fail(_("Give either the months with meetings or those without, not both."))
        if times is not None and times[0] == "per_term":
            return self._term_months(times[1], only, excluded)
        per_year = times[1] if times is not None else None
        named = _named_months(only)  # "i juni och i december": each part adds its months
        if per_year is not None:
            # "10 gånger/år (ej juli, aug)": the months left are the meetings' months
            if excluded:
                named = set(range(1, 13)) - _named_months(excluded)
            if only or excluded:
                if len(named) != per_year:
                    raise self.fail(_wrong_count(only or excluded, len(named), per_year))
                return tuple(sorted(named))
            if per_year not in DEFAULT_MONTHS:
                raise self.fail(
                    _(
                        "{n} times a year cannot be spread evenly over the year: name the months, "
                        "for example “10 gånger/år, ej juli och augusti”."
                    ).format(n=per_year)
                )
            self.used.append("months")
            return DEFAULT_MONTHS[per_year]
        if only:
            return tuple(sorted(named))
        if excluded:  # "ej juli, ej december": each part leaves out its months
            months = set(range(1, 13)) - _named_months(excluded)
            if not months:
                raise self.fail(_("Every month is left out: no meeting would remain."))
            return tuple(sorted(months))
        return ()

    def _term_months(self, n: int, only: list[Part], excluded: list[Part]) -> tuple[int, ...]:
        """ "2 gånger/termin": n months of each term, spread as "N gånger/år" spreads over the
        year, or those named ("i feb, maj, sep och nov"); "(ej juni)" leaves a month out."""
        named, left_out = _named_months(only), _named_months(excluded)
        outside = named - {m for _name, term, _anchor in TERMS for m in term}
        if outside:
            raise self.fail(
                _(
                    "{months} is in neither term (spring: January–June, autumn: August–December)."
                ).format(months=month_list(sorted(outside)).capitalize())
            )
        months: list[int] = []
        for name, term, anchor in TERMS:
            if only:
                chosen = [m for m in term if m in named]
                if len(chosen) != n:
                    raise self.fail(_wrong_term_count(only, _(name), len(chosen), n))
                months.extend(chosen)
                continue
            left = [m for m in term if m not in left_out]
            if left and len(left) < n:
                raise self.fail(
                    ngettext(
                        "{n} times a term is more than once a month: the {term} has {count} "
                        "month with meetings.",
                        "{n} times a term is more than once a month: the {term} has {count} "
                        "months with meetings.",
                        len(left),
                    ).format(n=n, term=_(name), count=len(left))
                )
            months.extend(spread_months(left, n, anchor) if left else ())
        if not months:
            raise self.fail(_("Every month is left out: no meeting would remain."))
        if not only:
            self.used.append("months")
        return tuple(months)

    def _monthly_day(
        self, nth: Part | None, month_day: Part | None, weekdays: list[int]
    ) -> dict[str, Any]:
        if nth is not None:
            return {
                "ordinal": ordinal_of(nth.groups["ord"]),
                "weekdays": (weekday_of(nth.groups["wd"]),),
            }
        if month_day is not None:
            if weekdays:
                raise self.fail(_("Give either a day of the month or a weekday, not both."))
            return {"month_day": int(month_day.groups["day"])}
        if len(weekdays) > 1:
            raise self.fail(_("A monthly meeting has one weekday; name only one."))
        if weekdays:
            self.used.append("week_of_month")
            return {"ordinal": 1, "weekdays": (weekdays[0],)}
        self.used.append("day")
        return {"ordinal": 1, "weekdays": (self.defaults.weekday,)}

    def _time(self) -> dict[str, Any]:
        time_part = self.one("time", _("time"))
        daypart = self.one("daypart", _("time"))
        part_name = None
        if daypart is not None:
            word = daypart.groups["part"]
            part_name = next(
                (name for name in DAYPARTS if word.startswith(name)), DAYPART_WORDS.get(word)
            )
        if time_part is None:
            if part_name is not None:
                self.used.append("clock")
                return {
                    "start_time": DAYPARTS[part_name][0],
                    "duration_minutes": self.defaults.duration_minutes,
                }
            self.used.append("time")
            return {
                "start_time": self.defaults.start_time,
                "duration_minutes": self.defaults.duration_minutes,
            }
        start = self._clock(time_part.groups["t1"])
        if part_name is not None:
            _start, low, high = DAYPARTS[part_name]
            if not low <= start.hour < high:
                raise self.fail(
                    _("“{time}” is not in the {part}.").format(time=time_part.text, part=part_name)
                )
        if time_part.groups.get("t2") is None:
            self.used.append("duration")
            return {"start_time": start, "duration_minutes": self.defaults.duration_minutes}
        end = self._clock(time_part.groups["t2"])
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if minutes <= 0:
            raise self.fail(
                _("“{text}”: the meeting must end after it starts.").format(text=time_part.text)
            )
        return {"start_time": start, "duration_minutes": minutes}

    def _clock(self, value: str) -> dt.time:
        try:
            return read_clock(value, field="phrase")
        except ValidationError as error:  # "kl 25": said with what was understood
            raise self.fail(error.message) from error

    def _term(self) -> tuple[dt.date, dt.date | None]:
        """The first and last day ("från 14 januari", "t.o.m. 2027-06-30"): a day without a year
        is its coming turn, the last day's on or after the first."""
        start = self.one("from", _("start date"))
        until = self.one("until", _("end date"))
        starts_on = self._date(start.groups["date"], self.today) if start else self.starts_on
        last = self._date(until.groups["date"], starts_on) if until else None
        return starts_on, last

    def _date(self, value: str, on_or_after: dt.date | None = None) -> dt.date:
        try:
            return day_of(value, on_or_after or self.starts_on)
        except ValueError as error:
            raise self.fail(_("“{text}” is not a date.").format(text=value)) from error


def _named_months(parts: list[Part]) -> set[int]:
    """The months the parts name, together."""
    return set().union(*(month_set(p.groups["months"]) for p in parts))


def _wrong_term_count(parts: list[Part], term: str, count: int, n: int) -> str:
    """ "”i mars och okt” names 1 month in the spring term, not 2"."""
    return ngettext(
        "“{text}” names {count} month in the {term}, not {n}.",
        "“{text}” names {count} months in the {term}, not {n}.",
        count,
    ).format(text=", ".join(p.text for p in parts), count=count, term=term, n=n)


def _wrong_count(parts: list[Part], count: int, n: int) -> str:
    """ "”juni, sep och dec” names 3 months, not 2", "”ej juli” leaves 11 months, not 10"."""
    if parts[0].kind == "except":
        message = ngettext(
            "“{text}” leaves {count} month, not {n}.",
            "“{text}” leaves {count} months, not {n}.",
            count,
        )
    else:
        message = ngettext(
            "“{text}” names {count} month, not {n}.",
            "“{text}” names {count} months, not {n}.",
            count,
        )
    return message.format(text=", ".join(p.text for p in parts), count=count, n=n)
