"""The read-back names the first and last day a phrase gave: "varannan torsdag från 14 januari"
was read back as "Varannan torsdag kl. 09.00–10.30", as if it began today, and an end alone said
"till och med …" without the start. The start is said whenever it is not the day the meetings
are planned from, and always beside an end; the phrase reader reads the sentence back to the
same days."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.recurrence import describe, parse_phrase

TODAY = dt.date(2026, 12, 2)
RULES = [
    "varje tisdag",
    "varannan torsdag",
    "tisdagar jämna veckor",
    "1 gång/månad (ej juli)",
    "första tisdagen i månaden kl 9",
    "den 15 i månaden",
    "4 ggr/år",
    "10 ggr/år (ej juli, aug)",
    "mån–fre kl 8.30",
]


@pytest.mark.parametrize("rule", RULES)
def test_a_start_given_is_read_back(rule: str) -> None:
    read = parse_phrase(f"{rule} från 14 januari", starts_on=TODAY)
    assert ", från och med 2027-01-14." in describe(read, planned_from=TODAY)


@pytest.mark.parametrize("rule", RULES)
def test_an_end_is_read_back_with_its_start(rule: str) -> None:
    read = parse_phrase(f"{rule} t.o.m. 30 juni", starts_on=TODAY)
    text = describe(read, planned_from=TODAY)
    assert ", från och med 2026-12-02 till och med 2027-06-30." in text


def test_a_rule_starting_the_day_it_is_planned_from_says_no_start() -> None:
    read = parse_phrase("varje tisdag", starts_on=TODAY)
    assert "från" not in describe(read, planned_from=TODAY)


@settings(max_examples=60, deadline=None)
@given(
    rule=st.sampled_from(RULES),
    start=st.dates(dt.date(2026, 12, 2), dt.date(2028, 12, 31)),
    days=st.none() | st.integers(0, 800),
)
def test_the_read_back_reads_as_the_same_days(rule: str, start: dt.date, days: int | None) -> None:
    phrase = f"{rule} från {start.isoformat()}"
    if days is not None:
        phrase += f" t o m {(start + dt.timedelta(days=days)).isoformat()}"
    read = parse_phrase(phrase, starts_on=TODAY)
    again = parse_phrase(describe(read, with_defaults=False, planned_from=TODAY), starts_on=TODAY)
    assert (again.starts_on, again.until) == (read.starts_on, read.until)
    assert again == read
