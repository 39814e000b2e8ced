"""A second person of one name is asked about before it is saved (contacts.namesakes)."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import PersonInput


def test_a_name_someone_has_is_found_whatever_its_case_and_spacing(db: Database) -> None:
    with db.session() as s:
        anna = contacts.create_person(s, PersonInput("Anna Berglund", department="Trygghet"))
        åsa = contacts.create_person(s, PersonInput("Åsa Öberg"))
        assert [r.id for r in contacts.namesakes(s, "  anna \n berglund ")] == [anna]
        assert [r.id for r in contacts.namesakes(s, "ÅSA ÖBERG")] == [åsa]
        assert contacts.namesakes(s, "Anna Berg") == []
        assert contacts.namesakes(s, "  ") == []
        # Editing Anna, keeping her name, asks nothing; giving Åsa Anna's name does.
        assert contacts.namesakes(s, "Anna Berglund", anna) == []
        assert [r.id for r in contacts.namesakes(s, "Anna Berglund", åsa)] == [anna]
