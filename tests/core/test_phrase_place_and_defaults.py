"""What a rule of its own and a rule before another group's meetings ("inför chefsamråd") read
alike from a phrase: the place ("plats: Stadshuset.", else the place the rule is given), the
defaults the description names, and two parts that give the same thing refused by name."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import parse_phrase

START = dt.date(2027, 1, 4)


def _council(_name: str) -> list[tuple[int, str]]:
    return [(7, "Chefsamråd trygghet")]


@pytest.mark.parametrize("phrase", ["1 gång/månad", "inför chefsamråd"])
def test_the_place_written_in_the_phrase_or_else_the_one_given(phrase: str) -> None:
    written = parse_phrase(
        f"{phrase} plats: Stadshuset.", starts_on=START, place="Rådhuset", find_group=_council
    )
    assert written.place == "Stadshuset"
    given = parse_phrase(phrase, starts_on=START, place="Rådhuset", find_group=_council)
    assert given.place == "Rådhuset"


def test_the_defaults_used_are_named_for_both_kinds_of_rule() -> None:
    own = parse_phrase("1 gång/månad kl 13", starts_on=START, find_group=_council)
    assert own.defaults_used == ("day", "duration")
    linked = parse_phrase("inför chefsamråd", starts_on=START, find_group=_council)
    assert linked.before_group_id == 7 and linked.defaults_used == ("time",)


@pytest.mark.parametrize(
    ("phrase", "both"),
    [
        ("första tisdagen den 15 i månaden", "”första tisdagen” och ”den 15 i månaden”"),
        ("varje tisdag kl 9 kl 10", "”kl 9” och ”kl 10”"),
    ],
)
def test_two_parts_giving_the_same_are_refused_by_name(phrase: str, both: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_phrase(phrase, starts_on=START)
    assert f"{both} anger båda" in refused.value.message
