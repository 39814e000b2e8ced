"""'N gånger/år' with the months left out, as the papers write a group that skips the summer:
"10 ggr/år (ej juli, aug)" meets every month but July and August. The reader refused any count
but 1, 2, 3, 4, 6 and 12 ("går inte att göra till en mötesregel") and months left out beside a
count ("Ange de 10 månaderna med möten i stället för dem utan"); a count that does not match
the months left says so, and one that cannot be spread evenly asks for the months."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import occurrences, parse_phrase

START = dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("phrase", "months"),
    [
        ("10 ggr/år (ej juli, aug)", [1, 2, 3, 4, 5, 6, 9, 10, 11, 12]),
        ("11 gånger/år, ej juli", [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]),
        ("5 gånger/år i jan, mar, maj, sep, nov", [1, 3, 5, 9, 11]),
    ],
)
def test_times_a_year_with_the_months_left_out_or_named(phrase: str, months: list[int]) -> None:
    rule = parse_phrase(phrase, starts_on=START)
    met = [o.start.month for o in occurrences(rule, START, dt.date(2027, 12, 31))]
    assert met == months


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("10 ggr/år, ej juli", "”ej juli” lämnar 11 månader, inte 10."),
        (
            "10 ggr/år",
            "10 gånger/år går inte att sprida jämnt över året: ange månaderna, till exempel "
            "”10 gånger/år, ej juli och augusti”.",
        ),
    ],
)
def test_a_count_the_months_do_not_give_is_said(phrase: str, words: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_phrase(phrase, starts_on=START)
    assert error.value.message.endswith(words)
