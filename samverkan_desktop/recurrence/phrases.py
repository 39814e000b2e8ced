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

Here: how often and on which days; the months are read by ``phrase_months``, the time and the
first and last day by ``phrase_times``, the words claimed by ``phrase_scan``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from samverkan_desktop.composed_text import composed
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import unheld
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.recurrence.phrase_months import months_of
from samverkan_desktop.recurrence.phrase_scan import Part, Reading, both_give, scan
from samverkan_desktop.recurrence.phrase_times import date_of, term_of, time_of_day
from samverkan_desktop.recurrence.phrase_words import (
    WORKDAYS,
    frequency_of,
    is_odd_weeks,
    lead_days_of,
    ordinal_of,
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


class _Reader(Reading):
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
        super().__init__(parts)
        self.today = today or starts_on
        self.starts_on = starts_on
        self.defaults = defaults
        self.place = place
        self.find_group = find_group

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
            raise self.fail(both_give(nth, month_day, _("day of the month")))
        months = months_of(self, times)
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
        starts_on, until = term_of(self, self.starts_on, self.today)
        exdates: list[dt.date] = []
        for part in self.of("exdates"):
            days = re.findall(r"\d{4}-\d{2}-\d{2}", part.text)
            exdates.extend(date_of(self, day, self.starts_on) for day in days)
        return Rule(
            starts_on=starts_on,
            until=until,
            exdates=tuple(exdates),
            place=self._place(),
            defaults_used=self._defaults_used(),
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
        starts_on, until = term_of(self, self.starts_on, self.today)
        values = self._time()
        return Rule(
            starts_on=starts_on,
            until=until,
            frequency=Frequency.BEFORE_GROUP,
            before_group_id=group_id,
            before_group=group_name,
            lead_days=lead_days_of(link.groups),
            place=self._place(),
            defaults_used=self._defaults_used(),
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
        return time_of_day(self, self.defaults.start_time, self.defaults.duration_minutes)

    def _place(self) -> str | None:
        """ "plats: Stadshuset." as written, else the place the rule is given."""
        part = self.one("place", _("place"))
        return part.groups["place"].strip().rstrip(".") if part else self.place

    def _defaults_used(self) -> tuple[str, ...]:
        """The defaults the reading fell back on, in the order the description names them."""
        order = ("weekday", "day", "week_of_month", "months", "time", "clock", "duration")
        return tuple(key for key in order if key in self.used)
