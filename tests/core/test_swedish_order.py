"""Lists in Swedish alphabetical order: "…, Zetterberg, Åberg, Ängby, Öberg", case aside, "Éva"
beside "Eva". Byte order (Python's and the databases') put Ä before Å, both after every lower-case
letter, and "Éva" after "Öberg"; SQL put every capital before every small letter."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
import unicodedata

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import Person
from samverkan_desktop.services import contact_rows, contacts, groups, places
from samverkan_desktop.swedish_order import sort_key, sql_sort_key
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli

NAMES = ["Zetterberg", "Åberg", "Ängby", "Öberg", "eva", "Éva", "Adam"]
SWEDISH = ["Adam", "eva", "Éva", "Zetterberg", "Åberg", "Ängby", "Öberg"]


def _shuffled(names: list[str]) -> list[str]:
    shuffled = list(names)
    random.Random(7).shuffle(shuffled)
    return shuffled


def test_names_sort_as_a_swedish_reader_expects() -> None:
    assert sorted(_shuffled(NAMES), key=sort_key) == SWEDISH


def test_case_and_accents_only_break_ties_in_one_fixed_order() -> None:
    names = ["éva", "Eva", "Éva", "eva", "Evan", "Eve"]
    for seed in range(5):
        random.Random(seed).shuffle(names)
        assert sorted(names, key=sort_key) == ["Eva", "eva", "Éva", "éva", "Evan", "Eve"]


def test_letters_swedish_sorts_as_another_letter() -> None:
    # ü as y, æ as ä, ø as ö; other accents as their base letter; w is a letter of its own.
    names = ["Ødegaard", "Öberg", "Müller", "Myhr", "Mz", "Mæhle", "Märta", "Ångström", "Wall"]
    assert sorted(names, key=sort_key) == [
        "Myhr",
        "Müller",
        "Mz",
        "Mæhle",
        "Märta",
        "Wall",
        "Ångström",
        "Öberg",
        "Ødegaard",
    ]
    assert sorted(["Zoë", "Zoo", "Zoe", "Çelik", "Dag"], key=sort_key) == [
        "Çelik",
        "Dag",
        "Zoe",
        "Zoë",
        "Zoo",
    ]


def test_numbers_sort_by_value_and_pasted_letters_as_typed_ones() -> None:
    assert sorted(["Grupp 10", "Grupp 9", "Grupp 2"], key=sort_key) == [
        "Grupp 2",
        "Grupp 9",
        "Grupp 10",
    ]
    decomposed = unicodedata.normalize("NFD", "Åberg")  # as pasted from some PDFs
    assert sorted(["Zetterberg", decomposed, "Adam"], key=sort_key) == [
        "Adam",
        "Zetterberg",
        decomposed,
    ]


def test_a_hundred_thousand_names_are_keyed_in_well_under_a_second() -> None:
    first = ["Anna", "Åsa", "Éva", "Örjan", "Lars", "Karl-Johan", "Müller", "Zoë"]
    last = ["Zetterberg", "Åberg", "Ängby", "Öberg", "Lindström", "Ødegaard", "Nilsson 2"]
    rng = random.Random(1)
    names = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(100_000)]
    started = time.process_time()
    for name in names:
        sort_key(name)
    assert time.process_time() - started < 1.0  # about 0.1 s on the project's laptop


def test_people_organisations_groups_and_places_come_in_swedish_order(db: Database) -> None:
    with db.session() as s:
        for name in _shuffled(NAMES):
            contacts.create_person(s, contacts.PersonInput(name))
            contacts.create_organisation(s, contacts.OrganisationInput(f"{name} AB"))
            places.create_place(s, places.PlaceInput(f"{name}torget"))
    with db.session() as s:
        people = [row.name for row in contacts.list_people(s)]
        organisations = [name for _, name in contacts.organisation_names(s)]
        listed = [row.name for row in contacts.list_organisations(s)]
        place_names = [row.name for row in places.list_places(s)]
    assert people == SWEDISH
    assert organisations == listed == [f"{name} AB" for name in SWEDISH]
    assert place_names == [f"{name}torget" for name in SWEDISH]


def test_groups_come_in_swedish_order(db: Database) -> None:
    with db.session() as s:
        for name in _shuffled(NAMES):
            make_group(s, f"{name}gruppen", members=())
    with db.session() as s:
        names = [row.name for row in groups.list_groups(s)]
    assert names == [f"{name}gruppen" for name in SWEDISH]


def test_the_sql_key_orders_case_and_swedish_letters_as_the_python_key(db: Database) -> None:
    """What SQL does (case, å ä ö, é è ü æ ø): the Overview's people to verify, by name."""
    names = ["Öberg", "åberg", "Ängby", "Zetterberg", "eva", "Éva", "adam", "Ødegaard", "Müller"]
    with db.session() as s:
        for name in _shuffled(names):  # all verified long ago: all due
            contacts.create_person(s, contacts.PersonInput(name, last_verified=dt.date(2025, 1, 1)))
    with db.session() as s:
        by_key = select(Person.name).order_by(sql_sort_key(Person.name), Person.name)
        in_sql = list(s.scalars(by_key))
        _, due = contact_rows.people_to_verify(s, dt.date(2026, 12, 1), limit=20)
    expected = sorted(names, key=sort_key)
    assert expected[:3] == ["adam", "eva", "Éva"]
    assert in_sql == expected
    assert [row.name for row in due] == expected


@pytest.mark.parametrize("words", [("contacts", "list"), ("groups", "list")])
def test_the_command_line_lists_in_swedish_order(
    db_url: str, capsys: pytest.CaptureFixture[str], words: tuple[str, ...]
) -> None:
    db = open_database(db_url)
    with db.session() as s:
        for name in _shuffled(NAMES):
            if words[0] == "contacts":
                contacts.create_person(s, contacts.PersonInput(name))
            else:
                make_group(s, name, members=())
    db.dispose()
    code, out, err = run_cli(capsys, "--db", db_url, *words, "--json")
    assert (code, err) == (0, "")
    assert [row["name"] for row in json.loads(out)] == SWEDISH
