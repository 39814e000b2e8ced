"""The search fields' "contains": any case, Å/Ä/Ö included, wildcards typed as text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.models import Person
from samverkan_desktop.services.text_search import any_contains, contains

NAMES = ["Åsa Öberg", "ÅSA ÖBERG", "åsa öberg", "Anna 50%_x", "Karl Lind", "Östen Ärlig"]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("sa ö", {"Åsa Öberg", "ÅSA ÖBERG", "åsa öberg"}),
        ("SA Ö", {"Åsa Öberg", "ÅSA ÖBERG", "åsa öberg"}),
        ("åsa öBERG", {"Åsa Öberg", "ÅSA ÖBERG", "åsa öberg"}),
        ("lind", {"Karl Lind"}),
        ("LIND", {"Karl Lind"}),
        ("ärl", {"Östen Ärlig"}),
        ("50%", {"Anna 50%_x"}),
        ("%", {"Anna 50%_x"}),  # typed text, not a wildcard
        ("_x", {"Anna 50%_x"}),
        ("ö_", set()),
        ("q", set()),
    ],
)
def test_contains_ignores_case_of_swedish_letters_and_takes_wildcards_literally(
    db: Database, term: str, expected: set[str]
) -> None:
    with db.session() as s:
        s.add_all(Person(name=name) for name in NAMES)
        s.flush()
        found = set(s.scalars(select(Person.name).where(contains(s, Person.name, term))))
    assert found == expected


def test_any_contains_matches_either_column(db: Database) -> None:
    with db.session() as s:
        s.add_all([Person(name="Lena", department="Äldreomsorgen"), Person(name="Örjan")])
        s.flush()
        columns = [Person.name, Person.department]
        found = set(s.scalars(select(Person.name).where(any_contains(s, columns, "ÄLDRE"))))
        both = set(s.scalars(select(Person.name).where(any_contains(s, columns, "ö"))))
    assert found == {"Lena"}
    assert both == {"Örjan"}
