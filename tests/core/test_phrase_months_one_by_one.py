"""Months left out (or named) one by one, as Swedes write them: "1 gång/månad, ej juli och ej
december", "ej juli, ej december", "2 gånger/år i juni och i december". The reader refused
them ("”ej juli” och ”ej december” anger båda månader"); each part now adds its months."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.recurrence import describe, occurrences, parse_phrase

START = dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    "phrase",
    [
        "1 gång/månad, ej juli och ej december",
        "1 gång/månad ej juli, ej december",
        "en gång i månaden utom juli, ej dec",
    ],
)
def test_months_left_out_one_by_one_are_all_left_out(phrase: str) -> None:
    rule = parse_phrase(phrase, starts_on=START)
    assert describe(rule).startswith(
        "Första tisdagen varje månad kl. 09.00–10.30, utom juli och december"
    )
    months = [o.start.month for o in occurrences(rule, START, dt.date(2027, 12, 31))]
    assert months == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]


def test_months_named_one_by_one_are_the_meetings_months() -> None:
    rule = parse_phrase("2 gånger/år i juni och i december", starts_on=START)
    assert rule.months == (6, 12)
    assert describe(rule).startswith("Första tisdagen i juni och december")
