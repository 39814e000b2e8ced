"""Text pasted from a Mac or a web page may spell "Å" as "A" + a combining ring (NFD), text
typed on a keyboard as one letter (NFC). Both are stored, and searched for, composed: each finds
the other, and two names that look the same are the same name."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import Person
from samverkan_desktop.services import (
    action_list,
    alarm_borrowers,
    checklists,
    contacts,
    exercise_templates,
    places,
)
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.actions import ActionInput, create_action
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from samverkan_desktop.services.places import PlaceInput
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import clean

TODAY = dt.date(2026, 11, 30)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_the_two_spellings_differ_as_typed() -> None:
    # The premise: without composing, a search for one misses the other.
    assert nfd("Åsa Öberg") != "Åsa Öberg"
    assert "åsa" not in nfd("Åsa Öberg").casefold()


@given(st.text(alphabet="AaÅåÄäÖöEeÉéUuÜü -"))
def test_clean_stores_one_spelling_whichever_was_pasted(text: str) -> None:
    assert clean(nfd(text)) == clean(unicodedata.normalize("NFC", text))
    assert clean(nfd(text)) is None or unicodedata.is_normalized("NFC", clean(nfd(text)) or "")


def test_a_pasted_name_is_stored_composed_and_found_by_typed_letters(db: Database) -> None:
    with db.session() as s:
        data = PersonInput(nfd("Åsa Öberg"), title=nfd("Fältsekreterare"))
        pasted = contacts.create_person(s, data)
        typed = contacts.create_person(s, PersonInput("Östen Ärlig"))
        stored = s.scalar(select(Person.name).where(Person.id == pasted))
        by_typed = [p.id for p in contacts.list_people(s, "åsa ö")]
        by_title = [p.id for p in contacts.list_people(s, "fältsek")]
        by_pasted = [p.id for p in contacts.list_people(s, nfd("östen ä"))]
    assert stored == "Åsa Öberg" and len(stored) == 9
    assert by_typed == [pasted] and by_title == [pasted]
    assert by_pasted == [typed]


def test_contains_composes_the_term(db: Database) -> None:
    with db.session() as s:
        s.add_all([Person(name="Åsa Öberg"), Person(name="Asa Oberg")])
        s.flush()
        found = set(s.scalars(select(Person.name).where(contains(s, Person.name, nfd("ÅSA")))))
    assert found == {"Åsa Öberg"}


def test_a_pasted_organisation_name_is_the_same_organisation(db: Database) -> None:
    with db.session() as s:
        contacts.create_organisation(s, OrganisationInput("Åbergs Fastigheter AB"))
        with pytest.raises(ConflictError):
            contacts.create_organisation(s, OrganisationInput(nfd("Åbergs fastigheter AB")))


def test_places_and_actions_found_by_a_pasted_search(db: Database) -> None:
    with db.session() as s:
        place = places.create_place(s, PlaceInput("Tessinparken", area="Östermalm"))
        owner = contacts.create_organisation(s, OrganisationInput("Fastighetsägaren"))
        data = ActionInput(
            "Måla bron vit",
            description="Så blir platsen ljusare",
            responsible_organisation_id=owner,
        )
        action = create_action(s, data, TODAY)
        found_places = [p.id for p in places.list_places(s, nfd("östermalm"))]
        found_actions = [
            action_list.action_ids(s, ActionFilter(search=term), today=TODAY)
            for term in (nfd("MÅLA"), nfd("så blir"), "måla bron")
        ]
    assert found_places == [place]
    assert found_actions == [[action]] * 3


def test_the_reception_finds_a_pasted_name_by_typed_letters_and_the_other_way(
    db: Database,
) -> None:
    with db.session() as s:
        for name in (nfd("Åsa Öberg"), "Örjan Ängström", "Asa Olsson"):
            contacts.create_person(s, PersonInput(name, is_staff=True))
        typed = [m.name for m in alarm_borrowers.find_borrowers(s, "åsa", today=TODAY)]
        initials = [m.name for m in alarm_borrowers.find_borrowers(s, "åö", today=TODAY)]
        pasted = [m.name for m in alarm_borrowers.find_borrowers(s, nfd("Örjan"), today=TODAY)]
        resolved = alarm_borrowers.resolve_staff(s, nfd("Örjan Ängström"), today=TODAY)
    assert typed == ["Åsa Öberg"] and initials == ["Åsa Öberg"]
    assert pasted == ["Örjan Ängström"] and resolved.name == "Örjan Ängström"


CHECKLIST = """name = "{name}"
[[items]]
code = "lighting"
title = "{title}"
"""

EXERCISE = """name = "{name}"
[[items]]
title = "{title}"
weeks_before = 2
"""


def _checklist(s: Session, path: Path) -> tuple[str, list[str]]:
    detail = checklists.get_template(s, checklists.import_template(s, path))
    return detail.name, [item.title for item in detail.items]


def _exercise_template(s: Session, path: Path) -> tuple[str, list[str]]:
    template_id = exercise_templates.import_template(s, path)
    names = [t.name for t in exercise_templates.list_templates(s) if t.id == template_id]
    items = exercise_templates.get_template_items(s, template_id)
    return names[0], [item.title for item in items]


@pytest.mark.parametrize(
    ("template", "import_file"),
    [(CHECKLIST, _checklist), (EXERCISE, _exercise_template)],
    ids=["checklist", "exercise"],
)
def test_an_imported_file_with_decomposed_letters_is_stored_composed(
    db: Database,
    tmp_path: Path,
    template: str,
    import_file: Callable[[Session, Path], tuple[str, list[str]]],
) -> None:
    name, title = "Kvällsvandring Åsögatan", "Belysning i trappan vid Åsögatan"
    pasted, typed = tmp_path / "mac.toml", tmp_path / "pc.toml"
    pasted.write_text(template.format(name=nfd(name), title=nfd(title)), encoding="utf-8")
    typed.write_text(template.format(name=name, title=title), encoding="utf-8")
    with db.session() as s:
        stored = import_file(s, pasted)
        # The same file saved on a PC names the same template: refused as a duplicate.
        with pytest.raises(ConflictError):
            import_file(s, typed)
    assert stored == (name, [title])
