"""The papers' frequencies with extra meetings "as needed" ("Chefsamråd: 4 gånger/år eller fler
vid behov", "… samt vid behov") are read as their regular rule: the extra meetings are single
meetings added one by one. "Vid behov" alone still says nothing about how often, and what the
reader does not know ("inför chefsamråd") is still named."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import parse_phrase, to_ical

START = dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("phrase", "regular"),
    [
        ("4 gånger/år eller fler vid behov", "4 gånger/år"),
        ("4 gånger/år, samt vid behov", "4 gånger/år"),
        ("1 gång/månad (ej juli) och oftare vid behov", "1 gång/månad (ej juli)"),
    ],
)
def test_meetings_as_needed_leave_the_regular_rule(phrase: str, regular: str) -> None:
    assert to_ical(parse_phrase(phrase, starts_on=START)) == to_ical(
        parse_phrase(regular, starts_on=START)
    )


def test_as_needed_alone_or_beside_words_not_known_is_refused() -> None:
    with pytest.raises(ValidationError, match="säger inte hur ofta"):
        parse_phrase("vid behov", starts_on=START)
    with pytest.raises(ValidationError, match="Förstod inte: ”efter chefsamråd”"):
        parse_phrase("4 gånger/år efter chefsamråd, samt vid behov", starts_on=START)
    # "inför chefsamråd" is understood, but only a group's rule can find that group.
    with pytest.raises(ValidationError, match="följer en annan grupps möten"):
        parse_phrase("4 gånger/år inför chefsamråd, samt vid behov", starts_on=START)
