"""A rule's first and last day as Swedes abbreviate them: "fr.o.m."/"t.o.m." with dots, and
"fr o m"/"t o m" with spaces, all read. Bare "tom" is the Swedish word for "empty", never
"t.o.m.": it is named as not understood rather than taken as an end date."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import parse_phrase

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    "phrase",
    [
        "varje tisdag fr.o.m. 14 januari t.o.m. 30 juni",
        "varje tisdag fr o m 14 januari t o m 30 juni",
        "varje tisdag fr. o. m. 14 januari t. o. m. 30 juni",
        "varje tisdag från och med 14 januari till och med 30 juni",
    ],
)
def test_from_and_until_with_dots_or_spaces(phrase: str) -> None:
    rule = parse_phrase(phrase, starts_on=TODAY)
    assert (rule.starts_on, rule.until) == (dt.date(2027, 1, 14), dt.date(2027, 6, 30))


@pytest.mark.parametrize(
    ("phrase", "rest"),
    [("varje tisdag tom 30 juni", "tom"), ("varje tisdag from 14 januari", "from")],
)
def test_a_word_without_dots_or_spaces_is_not_taken_as_one(phrase: str, rest: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_phrase(phrase, starts_on=TODAY)
    assert error.value.message.endswith(f"Förstod inte: ”{rest}”.")


def test_an_end_written_with_spaces_ends_the_name_of_a_group_to_meet_before() -> None:
    found: list[str] = []

    def find_group(name: str) -> list[tuple[int, str]]:
        found.append(name)
        return [(7, "Chefsamråd")]

    rule = parse_phrase("inför chefsamråd t o m 30 juni", starts_on=TODAY, find_group=find_group)
    assert found == ["chefsamråd"] and rule.until == dt.date(2027, 6, 30)
