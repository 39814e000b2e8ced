"""Even and odd weeks ("tisdagar jämna veckor") and every weekday ("varje vardag", "mån–fre"):
read, expanded, described back, stored and reloaded like any other meeting rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import (
    Frequency,
    HolidayPolicy,
    Rule,
    WeekParity,
    describe,
    from_ical,
    iso_week,
    occurrences,
    parse_phrase,
    to_ical,
)
from samverkan_desktop.services import calendar, meeting_rules
from tests.core.meeting_data import TODAY, make_group
from tests.core.test_cli import run_cli

START = dt.date(2026, 12, 1)
EVEN_WEEKS = ",".join(str(w) for w in range(2, 53, 2))
ODD_WEEKS = ",".join(str(w) for w in range(1, 54, 2))


def _days(
    rule: Rule, start: dt.date, end: dt.date, policy: HolidayPolicy = HolidayPolicy.KEEP
) -> list[str]:
    return [o.start.date().isoformat() for o in occurrences(rule, start, end, policy)]


# --- even and odd weeks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "weekday", "parity", "start_time"),
    [
        ("tisdagar jämna veckor", 1, WeekParity.EVEN, dt.time(9, 0)),
        ("jämna veckor tisdag kl 9", 1, WeekParity.EVEN, dt.time(9, 0)),
        ("udda veckor onsdag", 2, WeekParity.ODD, dt.time(9, 0)),
        ("torsdag udda vecka", 3, WeekParity.ODD, dt.time(9, 0)),
        ("Varje måndag i ojämna veckor kl 13-15", 0, WeekParity.ODD, dt.time(13, 0)),
        ("fredagar, jämn vecka, kl. 8.30", 4, WeekParity.EVEN, dt.time(8, 30)),
    ],
)
def test_even_and_odd_week_phrases(
    phrase: str, weekday: int, parity: WeekParity, start_time: dt.time
) -> None:
    rule = parse_phrase(phrase, starts_on=START)
    assert rule.frequency is Frequency.WEEKLY and rule.interval == 1
    assert (rule.weekdays, rule.week_parity, rule.start_time) == ((weekday,), parity, start_time)
    day = ("MO", "TU", "WE", "TH", "FR")[weekday]
    weeks = EVEN_WEEKS if parity is WeekParity.EVEN else ODD_WEEKS
    assert rule.to_rrule() == f"FREQ=WEEKLY;BYDAY={day};BYWEEKNO={weeks};WKST=MO"
    assert parse_phrase(describe(rule, with_defaults=False), starts_on=START) == rule


def test_even_weeks_meet_in_weeks_2_to_52_and_are_said_so() -> None:
    rule = parse_phrase("tisdagar jämna veckor", starts_on=START)
    assert describe(rule).startswith("Varje tisdag jämna veckor kl. 09.00–10.30")
    dates = _days(rule, START, dt.date(2027, 2, 28))
    # 2026 has a week 53 (28 Dec - 3 Jan): even weeks skip it and week 1, so three weeks pass
    # between the Tuesday of week 52 and that of week 2.
    assert dates[:5] == ["2026-12-08", "2026-12-22", "2027-01-12", "2027-01-26", "2027-02-09"]


def test_odd_weeks_meet_in_week_53_and_again_in_week_1() -> None:
    """As Swedish calendars number them: week 53 is odd, so an odd-week group meets two weeks in
    a row at the turn of a year with 53 weeks (2026), then every other week again."""
    rule = parse_phrase("udda veckor tisdag", starts_on=START)
    assert describe(rule).startswith("Varje tisdag udda veckor kl. 09.00–10.30")
    found = [(o.start.date().isoformat(), o.week) for o in occurrences(
        rule, dt.date(2026, 12, 10), dt.date(2027, 1, 20))]  # fmt: skip
    assert found == [("2026-12-15", 51), ("2026-12-29", 53), ("2027-01-05", 1), ("2027-01-19", 3)]
    # A year of 52 weeks: from week 51 to week 1 is two weeks, as any other odd week.
    assert _days(rule, dt.date(2027, 12, 10), dt.date(2028, 1, 10)) == ["2027-12-21", "2028-01-04"]


def test_even_and_odd_weeks_with_months_left_out_and_as_ical() -> None:
    rule = parse_phrase("tisdagar udda veckor kl 9-10, ej juli", starts_on=START)
    assert rule.week_parity is WeekParity.ODD and 7 not in rule.months
    assert describe(rule) == "Varje tisdag udda veckor kl. 09.00–10.00, utom juli"
    assert not any(d.startswith("2027-07") for d in _days(rule, START, dt.date(2027, 12, 31)))
    assert from_ical(to_ical(rule)) == rule
    assert "BYWEEKNO=1,3," in to_ical(rule)


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # Which was meant, written out: the two differ around week 53 (2026 has one).
        (
            "varannan tisdag (jämna veckor)",
            "”jämna veckor” följer veckonumren och är inte alltid varannan vecka: kring vecka 53 "
            "kommer två i rad, eller går det tre veckor mellan. Skriv ”tisdagar jämna veckor” "
            "eller ”varannan tisdag”, inte båda.",
        ),
        ("1 gång/månad udda veckor", "säger olika saker om hur ofta"),
        ("jämna veckor udda veckor tisdag", "anger båda veckorna"),
        ("första tisdagen i månaden jämna veckor", "dag i månaden"),
        ("2 ggr/trimester", "Förstod inte: ”2 ggr/trimester”. Skriv till exempel"),
        ("tisdagar jämna dagar", "Förstod inte: ”jämna dagar”"),
    ],
)
def test_what_does_not_make_an_even_week_rule_is_one_swedish_line(phrase: str, words: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_phrase(phrase, starts_on=START)
    assert words in error.value.message
    assert "\n" not in error.value.message and error.value.field == "phrase"


def test_a_rule_refuses_even_weeks_with_another_interval_or_monthly() -> None:
    with pytest.raises(ValidationError, match="inte var 2:a vecka") as error:
        Rule(
            starts_on=START,
            frequency=Frequency.WEEKLY,
            weekdays=(1,),
            interval=2,
            week_parity=WeekParity.EVEN,
        )
    assert error.value.field == "week_parity"
    with pytest.raises(ValidationError, match="inte varje månad"):
        Rule(
            starts_on=START,
            frequency=Frequency.MONTHLY,
            ordinal=1,
            weekdays=(1,),
            week_parity=WeekParity.ODD,
        )
    # Only whole even or odd weeks are stored; other week numbers are not read as parity.
    for rrule in (
        "FREQ=WEEKLY;BYDAY=TU;BYWEEKNO=1,2;WKST=MO",
        f"FREQ=YEARLY;BYDAY=TU;BYWEEKNO={EVEN_WEEKS};WKST=MO",
        f"FREQ=MONTHLY;BYDAY=1TU;BYWEEKNO={EVEN_WEEKS}",
    ):
        with pytest.raises(ValidationError, match="kan inte visas"):
            Rule.from_rrule(rrule, starts_on=START)


@settings(max_examples=150, deadline=None)
@example(WeekParity.ODD, {0, 1, 5}, dt.date(2022, 1, 1), 30)  # 1 Jan 2022: ISO week 52
@example(WeekParity.EVEN, {5, 6}, dt.date(2021, 12, 20), 30)
@given(
    st.sampled_from(WeekParity),
    st.sets(st.integers(0, 6), min_size=1, max_size=3),
    st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
    st.integers(30, 800),
)
def test_every_date_of_an_even_week_rule_has_an_even_iso_week(
    parity: WeekParity, weekdays: set[int], starts_on: dt.date, days: int
) -> None:
    """Every date has the wanted ISO week parity, and no day of those weeks is missed (also the
    first days of January that belong to the last week of the year before)."""
    rule = Rule(
        starts_on=starts_on,
        frequency=Frequency.WEEKLY,
        weekdays=tuple(weekdays),
        week_parity=parity,
    )
    end = starts_on + dt.timedelta(days=days)
    got = [o.start.date() for o in occurrences(rule, starts_on, end)]
    remainder = 0 if parity is WeekParity.EVEN else 1
    assert all(iso_week(day) % 2 == remainder for day in got)
    span = (starts_on + dt.timedelta(days=n) for n in range(days + 1))
    assert got == [d for d in span if d.weekday() in weekdays and iso_week(d) % 2 == remainder]


def test_the_first_days_of_a_year_keep_the_week_they_belong_to() -> None:
    """Saturday 1 January 2022 is in ISO week 52 of 2021, an even week: a group starting that day
    meets then if it meets in even weeks, not if in odd ones (dateutil's BYWEEKNO, reading the
    year of a rule's start, had the day in week 53)."""
    starts = dt.date(2022, 1, 1)
    days = {
        parity: [
            o.start.date()
            for o in occurrences(
                Rule(
                    starts_on=starts, frequency=Frequency.WEEKLY, weekdays=(5,), week_parity=parity
                ),
                starts,
                dt.date(2022, 1, 31),
            )
        ]
        for parity in WeekParity
    }
    assert days[WeekParity.EVEN] == [
        dt.date(2022, 1, 1),
        dt.date(2022, 1, 15),
        dt.date(2022, 1, 29),
    ]
    assert days[WeekParity.ODD] == [dt.date(2022, 1, 8), dt.date(2022, 1, 22)]


# --- every weekday --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "varje vardag",
        "vardagar",
        "alla vardagar",
        "måndag–fredag",
        "måndag-fredag",
        "mån–fre",
        "Måndag till fredag",
        "varje måndag-fredag",
        "5 gånger/vecka vardagar",
    ],
)
def test_every_weekday_phrases(phrase: str) -> None:
    rule = parse_phrase(phrase, starts_on=START)
    assert (rule.frequency, rule.interval, rule.weekdays) == (Frequency.WEEKLY, 1, (0, 1, 2, 3, 4))
    assert rule.to_rrule() == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    # "Vardag" alone could be read as Monday to Saturday: the description says which days.
    assert describe(rule).startswith("Varje vardag (måndag–fredag) kl. 09.00–10.30")
    assert parse_phrase(describe(rule, with_defaults=False), starts_on=START) == rule


def test_other_weekday_ranges_and_what_stays_refused() -> None:
    assert parse_phrase("tis–tors kl 8", starts_on=START).weekdays == (1, 2, 3)
    weekend = parse_phrase("fredag–söndag", starts_on=START)
    assert weekend.weekdays == (4, 5, 6)
    assert describe(weekend).startswith("Varje fredag, lördag och söndag")
    other = parse_phrase("varannan vecka mån-fre", starts_on=START)
    assert (other.interval, other.weekdays) == (2, (0, 1, 2, 3, 4))
    assert describe(other).startswith("Varannan måndag, tisdag, onsdag, torsdag och fredag")
    odd = parse_phrase("vardagar udda veckor kl 8-8.15", starts_on=START)
    assert describe(odd) == "Varje vardag (måndag–fredag) udda veckor kl. 08.00–08.15"
    for phrase, words in (
        ("varannan vardag", "Förstod inte: ”varannan”"),
        ("vardag", "inte hur ofta"),
        ("1 gång/månad vardagar", "Ett månadsmöte har en veckodag"),
        ("första vardagen i månaden", "Förstod inte: ”första”"),
    ):
        with pytest.raises(ValidationError) as error:
            parse_phrase(phrase, starts_on=START)
        assert words in error.value.message, phrase


def test_every_weekday_and_easter_with_each_holiday_policy() -> None:
    rule = parse_phrase("varje vardag", starts_on=START)
    week = (dt.date(2027, 3, 25), dt.date(2027, 3, 31))  # Good Friday 26, Easter Monday 29
    kept = occurrences(rule, *week)
    assert [o.holiday for o in kept if o.holiday] == ["Långfredagen", "Annandag påsk"]
    assert _days(rule, *week, policy=HolidayPolicy.SKIP) == _days(rule, *week)
    skipped = [o.original_start.date().day for o in occurrences(rule, *week, HolidayPolicy.SKIP)
               if o.skipped]  # fmt: skip
    assert skipped == [26, 29]
    # Moving would pile Good Friday and Easter Monday onto Tuesday's own meeting: they are
    # skipped instead, so Tuesday has one meeting.
    moved = occurrences(rule, *week, HolidayPolicy.MOVE)
    assert [(o.original_start.day, o.start.day, o.skipped) for o in moved] == [
        (25, 25, False), (26, 26, True), (29, 29, True), (30, 30, False), (31, 31, False),
    ]  # fmt: skip
    kept_days = [o.start.date() for o in moved if not o.skipped]
    assert len(kept_days) == len(set(kept_days))


def test_a_move_onto_a_day_taken_by_another_moved_meeting_is_the_same_in_any_window() -> None:
    rule = parse_phrase("måndagar och fredagar", starts_on=START)
    # Good Friday moves to Tuesday 30 March; Easter Monday would land there too: skipped.
    for first in (dt.date(2027, 3, 22), dt.date(2027, 3, 28)):
        moved = {o.original_start.date(): o for o in occurrences(
            rule, first, dt.date(2027, 4, 5), HolidayPolicy.MOVE)}  # fmt: skip
        assert moved[dt.date(2027, 3, 29)].skipped
    whole = occurrences(rule, dt.date(2027, 3, 22), dt.date(2027, 4, 5), HolidayPolicy.MOVE)
    friday = next(o for o in whole if o.original_start.date() == dt.date(2027, 3, 26))
    assert friday.start.date() == dt.date(2027, 3, 30) and not friday.skipped


# --- stored and reloaded, from the window's service and the command line --------------------


def test_an_even_week_rule_is_stored_planned_and_reloaded(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        result = meeting_rules.set_rule_from_phrase(
            s, gid, "tisdagar jämna veckor kl 9-10", starts_on=TODAY, today=TODAY
        )
    with db.session() as s:
        detail = meeting_rules.get_rule(s, gid)
        assert detail is not None
        assert detail.rule.week_parity is WeekParity.EVEN
        assert detail.rrule == f"FREQ=WEEKLY;BYDAY=TU;BYWEEKNO={EVEN_WEEKS};WKST=MO"
        assert detail.description == "Varje tisdag jämna veckor kl. 09.00–10.00"
        rows = calendar.list_calendar(
            s, TODAY, TODAY + dt.timedelta(days=600), calendar.CalendarFilter(group_ids=(gid,))
        )
        again = meeting_rules.set_rule(s, gid, detail.rule, today=TODAY)
    assert result.created == len(rows) > 30
    assert all(iso_week(r.starts_at.date()) % 2 == 0 for r in rows)
    assert {r.starts_at.weekday() for r in rows} == {1}
    assert (again.created, again.updated, again.removed) == (0, 0, 0)


def test_the_command_line_reads_and_sets_the_new_phrases(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(
        capsys, "rule", "udda veckor onsdag", "--from", "2026-12-20", "--to", "2027-01-20",
        "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["dates"] == ["2026-12-30", "2027-01-06", "2027-01-20"]  # weeks 53, 1, 3
    from samverkan_desktop.db import open_database

    db = open_database(sqlite_url)
    with db.session() as s:
        gid = make_group(s)
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid), "varje vardag kl 8-8.30",
        "--on-holiday", "move",
    )  # fmt: skip
    assert code == 0
    with db.session() as s:
        detail = meeting_rules.get_rule(s, gid)
        assert detail is not None and detail.rule.weekdays == (0, 1, 2, 3, 4)
        rows = calendar.list_calendar(
            s, clock.today(), clock.today() + dt.timedelta(days=500),
            calendar.CalendarFilter(group_ids=(gid,)),
        )  # fmt: skip
    days = [r.starts_at.date() for r in rows]
    assert len(days) == len(set(days)) > 200  # never two meetings on one day
    db.dispose()
