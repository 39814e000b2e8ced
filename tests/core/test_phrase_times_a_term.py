"""'N gånger/termin', as the papers write a group that follows the school year: the reader
refused it ("Förstod inte: ”2 ggr/termin”"). Each term (vårtermin January–June, hösttermin
August–December) gets N meetings, spread as 'N gånger/år' spreads over the year; months left out
or named work as beside 'N gånger/år', and a count the months cannot give is said."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import DEFAULT_MONTHS, describe, occurrences, parse_phrase
from samverkan_desktop.recurrence.phrase_words import YEAR, spread_months

START = dt.date(2027, 1, 1)
SPRING, AUTUMN = range(1, 7), range(8, 13)
NAMES = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def months_met(phrase: str) -> list[int]:
    rule = parse_phrase(phrase, starts_on=START)
    return [o.start.month for o in occurrences(rule, START, dt.date(2027, 12, 31))]


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("1 gång/termin", [3, 9]),
        ("2 ggr/termin", [3, 6, 9, 11]),
        ("2 gånger per termin", [3, 6, 9, 11]),
        ("3 ggr/terminen", [1, 3, 5, 9, 10, 12]),
        ("2 ggr/termin (ej juni)", [3, 5, 9, 11]),
        ("2 ggr/termin ej juli", [3, 6, 9, 11]),
        ("2 ggr/termin i feb, maj, sep och nov", [2, 5, 9, 11]),
    ],
)
def test_times_a_term(phrase: str, months: list[int]) -> None:
    assert months_met(phrase) == months


def test_the_read_back_names_the_months() -> None:
    rule = parse_phrase("2 ggr/termin kl 13-15", starts_on=START)
    assert describe(rule).startswith(
        "Första tisdagen i mars, juni, september och november kl. 13.00–15.00"
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        (
            "6 ggr/termin",
            "6 gånger/termin är mer än en gång i månaden: höstterminen har 5 månader med möten.",
        ),
        ("2 ggr/termin i mars och okt", "”i mars och okt” anger 1 månad i vårterminen, inte 2."),
        ("1 gång/termin i mars, juli och okt", "Juli ingår inte i någon termin"),
    ],
)
def test_a_count_the_months_cannot_give_is_said(phrase: str, words: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_phrase(phrase, starts_on=START)
    assert words in error.value.message


def test_the_year_is_spread_as_before() -> None:
    # One spreading for the year and the terms: the year's months are those Outlook was given.
    assert DEFAULT_MONTHS == {
        1: (9,),
        2: (3, 9),
        3: (1, 5, 9),
        4: (3, 6, 9, 12),
        6: (1, 3, 5, 7, 9, 11),
        12: (),
    }
    assert spread_months(YEAR, 4, 9) == (3, 6, 9, 12)


@settings(max_examples=80, deadline=None)
@given(n=st.integers(1, 5), left_out=st.sets(st.integers(1, 12), max_size=10))
def test_each_term_gets_n_of_its_months_left(n: int, left_out: set[int]) -> None:
    months_left = [[m for m in term if m not in left_out] for term in (SPRING, AUTUMN)]
    if not any(months_left) or any(0 < len(left) < n for left in months_left):
        return  # refused, as the examples above say
    phrase = f"{n} ggr/termin"
    if left_out:
        phrase += f" (ej {', '.join(NAMES[m - 1] for m in sorted(left_out))})"
    met = months_met(phrase)
    assert len(met) == len(set(met)) and not set(met) & left_out and 7 not in met
    for left in months_left:
        assert len([m for m in met if m in left]) == (n if left else 0)
