"""Ordinals in figures: Swedish "21:a", not "21:e", in rules and printouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from samverkan_desktop import i18n
from samverkan_desktop.recurrence import Frequency, Rule, describe, parse_phrase

START = dt.date(2026, 12, 1)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("sv")


@pytest.mark.parametrize(
    ("n", "swedish"),
    [(1, "1:a"), (2, "2:a"), (3, "3:e"), (4, "4:e"), (11, "11:e"), (12, "12:e"), (13, "13:e"),
     (21, "21:a"), (22, "22:a"), (23, "23:e"), (101, "101:a"), (111, "111:e")],
)  # fmt: skip
def test_swedish_ordinals(n: int, swedish: str) -> None:
    assert i18n.ordinal_number(n) == swedish


@pytest.mark.usefixtures("english")
def test_english_ordinals() -> None:
    assert [i18n.ordinal_number(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 112)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "112th",
    ]  # fmt: skip


def test_a_rule_every_21_weeks_reads_21a_and_is_read_back() -> None:
    rule = parse_phrase("var 21:a vecka på tisdag", starts_on=START)
    assert (rule.frequency, rule.interval) == (Frequency.WEEKLY, 21)
    text = describe(rule, with_defaults=False)
    assert text.startswith("Tisdag var 21:a vecka kl. ")
    assert parse_phrase(text, starts_on=START) == rule


def test_weeks_and_months_take_their_ordinal() -> None:
    weekly = parse_phrase("måndag och torsdag var tredje vecka", starts_on=START)
    assert describe(weekly, with_defaults=False).startswith("Måndag och torsdag var 3:e vecka")
    monthly = Rule(frequency=Frequency.MONTHLY, interval=11, month_day=15, starts_on=START)
    assert describe(monthly, with_defaults=False).startswith("Den 15 var 11:e månad")  # not "11:a"
