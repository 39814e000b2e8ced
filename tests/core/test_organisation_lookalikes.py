"""A new organisation whose name is one already in the register spelt another way ("Trafik
kontoret", "Polisen  Söderort", "Stadsdelsförvaltning-Söder") is found, so the form can ask
before a second entry splits one organisation's people and actions between two names."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from samverkan_desktop.services.organisation_lookalikes import organisation_lookalikes

REGISTERED = ("Trafikkontoret", "Polisen Söderort", "Stadsdelsförvaltning Söder", "St. Eriks")


@pytest.fixture
def registered(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            name: contacts.create_organisation(s, OrganisationInput(name)) for name in REGISTERED
        }


@pytest.mark.parametrize(
    ("typed", "existing"),
    [
        ("Trafik kontoret", "Trafikkontoret"),
        ("TRAFIK-KONTORET", "Trafikkontoret"),
        ("Polisen Söder ort", "Polisen Söderort"),
        ("Polisen\nSöderort.", "Polisen Söderort"),
        ("Stadsdelsförvaltning-Söder", "Stadsdelsförvaltning Söder"),
        ("Stadsdelsförvaltning – Söder", "Stadsdelsförvaltning Söder"),
        ("St Eriks", "St. Eriks"),
    ],
)
def test_a_name_spelt_another_way_finds_the_one_registered(
    db: Database, registered: dict[str, int], typed: str, existing: str
) -> None:
    with db.session() as s:
        assert organisation_lookalikes(s, typed) == [(registered[existing], existing)]


@pytest.mark.parametrize("typed", ["Trafikkontoret Söder", "Trafik", "", "  -. ", "Polisen"])
def test_other_names_find_nothing(db: Database, registered: dict[str, int], typed: str) -> None:
    with db.session() as s:
        assert organisation_lookalikes(s, typed) == []


def test_the_same_name_is_left_to_the_refusal_and_an_edit_keeping_its_name_is_not_asked(
    db: Database, registered: dict[str, int]
) -> None:
    with db.session() as s:
        for same in ("trafikkontoret", "Polisen  Söderort"):  # refused when saved
            assert organisation_lookalikes(s, same) == []
            with pytest.raises(ConflictError, match="Det finns redan en organisation som heter"):
                contacts.create_organisation(s, OrganisationInput(same))
        other = contacts.create_organisation(s, OrganisationInput("Trafik kontoret"))  # anyway
        trafikkontoret = registered["Trafikkontoret"]
        assert organisation_lookalikes(s, "Trafik kontoret", other) == []  # kept: asked before
        # Renamed to the other's spelling: that one is named.
        renamed = contacts.create_organisation(s, OrganisationInput("Gatukontoret"))
        assert organisation_lookalikes(s, "Trafikkontoret ", renamed) == [
            (other, "Trafik kontoret")
        ]
        assert organisation_lookalikes(s, "Trafik-kontoret", renamed) == [
            (trafikkontoret, "Trafikkontoret"),
            (other, "Trafik kontoret"),
        ]
