"""The calendar's "Gå till…" as a coordinator writes it: weeks ("v. 12", "vecka 12 2027"),
days ("2027-03-15", "15/3", "15 mars") and months ("mars 2027"); without a year the nearest
such week, day or month, ahead when both are as near. Anything else: a Swedish message naming what was not understood,
never another exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from samverkan_desktop.calendar_go_to import GoTo, GoToKind, read_go_to
from samverkan_desktop.errors import ValidationError

DECEMBER = dt.date(2026, 12, 1)  # a Tuesday in week 49
WEEK, DAY, MONTH = GoToKind.WEEK, GoToKind.DAY, GoToKind.MONTH


@pytest.mark.parametrize(
    ("text", "day", "kind"),
    [
        ("v. 12 2027", dt.date(2027, 3, 22), WEEK),
        ("v12", dt.date(2027, 3, 22), WEEK),
        ("V. 12", dt.date(2027, 3, 22), WEEK),
        ("vecka 12", dt.date(2027, 3, 22), WEEK),
        ("vecka 12, 2027", dt.date(2027, 3, 22), WEEK),
        ("v. 3", dt.date(2027, 1, 18), WEEK),  # in December: next January's
        ("v. 49", dt.date(2026, 11, 30), WEEK),  # this week
        ("v. 48", dt.date(2026, 11, 23), WEEK),  # last week: nearer than next year's
        ("v. 26", dt.date(2026, 6, 22), WEEK),  # 23 weeks back, 30 ahead
        ("v. 20", dt.date(2027, 5, 17), WEEK),  # 29 weeks back, 24 ahead
        ("v. 53", dt.date(2026, 12, 28), WEEK),  # 2026 has a week 53
        ("v. 53 2020", dt.date(2020, 12, 28), WEEK),
        ("v. 1 2027", dt.date(2027, 1, 4), WEEK),
        ("2027-03-15", dt.date(2027, 3, 15), DAY),
        ("15/3", dt.date(2027, 3, 15), DAY),
        ("15/3 2027", dt.date(2027, 3, 15), DAY),
        ("1/12", dt.date(2026, 12, 1), DAY),  # today
        ("29/2", dt.date(2028, 2, 29), DAY),  # the nearest year that has it
        ("28/11", dt.date(2026, 11, 28), DAY),  # last Saturday, not next year's
        ("15 mars", dt.date(2027, 3, 15), DAY),
        ("15 Mars 2027", dt.date(2027, 3, 15), DAY),
        ("den 15:e mars", dt.date(2027, 3, 15), DAY),
        ("15 sept. 2025", dt.date(2025, 9, 15), DAY),  # a year typed goes back
        ("mars", dt.date(2027, 3, 1), MONTH),
        ("mars 2027", dt.date(2027, 3, 1), MONTH),
        ("december", dt.date(2026, 12, 1), MONTH),  # this month
        ("nov", dt.date(2026, 11, 1), MONTH),  # last month
        ("juni", dt.date(2027, 6, 1), MONTH),  # six months either way: ahead
        ("juli", dt.date(2026, 7, 1), MONTH),  # five months back, seven ahead
        ("  maj\t2026 ", dt.date(2026, 5, 1), MONTH),
    ],
)
def test_a_week_a_day_or_a_month_as_swedes_write_them(
    text: str, day: dt.date, kind: GoToKind
) -> None:
    assert read_go_to(text, DECEMBER) == GoTo(day, kind)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("v. 54", "Förstod inte ”v. 54”: det finns ingen vecka 54."),
        ("v. 54 2027", "Förstod inte ”v. 54 2027”: det finns ingen vecka 54 år 2027."),
        ("v. 53 2027", "Förstod inte ”v. 53 2027”: det finns ingen vecka 53 år 2027."),
        ("v. 0", "Förstod inte ”v. 0”: det finns ingen vecka 0."),
        ("31/4", "Förstod inte ”31/4”: det finns ingen 31 april."),
        ("2027-02-29", "Förstod inte ”2027-02-29”: det finns ingen 29 februari 2027."),
        ("15/13", "Förstod inte ”15/13”: det finns ingen månad 13."),
        ("15 marz", "Förstod inte ”15 marz”: ”marz” är ingen månad."),
        ("v. 12 1066", "Förstod inte ”v. 12 1066”: kalendern visar åren 1900–2199."),
    ],
)
def test_what_is_not_understood_is_named(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        read_go_to(text, DECEMBER)
    assert raised.value.message == message


def test_text_that_is_no_week_date_or_month_gets_the_examples() -> None:
    with pytest.raises(ValidationError) as raised:
        read_go_to("nästa tisdag", DECEMBER)
    assert raised.value.message.startswith("Förstod inte ”nästa tisdag”. Skriv en vecka (v. 12")
    with pytest.raises(ValidationError) as raised:
        read_go_to("   ", DECEMBER)
    assert raised.value.message.startswith("Skriv en vecka (v. 12")


_WORDS = (
    "v v. V vecka veckan 0 1 3 12 29 30 31 53 54 999 2026 2027 1899 2200 9999 - / : , . :e "
    "den mars maj sept. dec december februari marz 2027-02-29 2027-13-01 15/3 29/2 31/4"
)
texts = st.one_of(
    st.lists(st.sampled_from(_WORDS.split(" ")), max_size=5).map(" ".join),
    st.text(max_size=40),
)


@settings(max_examples=400, deadline=None)
@given(texts, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2150, 12, 31)))
@example("v. 53", dt.date(2199, 12, 31))
@example("29/2", dt.date(2197, 3, 1))
@example("jan", dt.date(2199, 12, 31))
@example("v. ٣", DECEMBER)  # another script's digit
@example("1" * 40 + "/3", DECEMBER)
def test_any_text_gives_a_place_or_a_swedish_message(text: str, today: dt.date) -> None:
    try:
        found = read_go_to(text, today)
    except ValidationError as error:
        message = error.message
        assert message.startswith(("Förstod inte ”", "Skriv en vecka")), message
        assert "\n" not in message and len(message) < 240
        return
    assert 1900 <= found.day.year <= 2199
    if found.kind is GoToKind.WEEK:
        assert found.day.weekday() == 0
    if found.kind is GoToKind.MONTH:
        assert found.day.day == 1
