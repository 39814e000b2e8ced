"""A line break or tab pasted into a one-line field (a name, a title, a place) is one space:
"Greta\nÅberg" printed on two lines and passed the duplicate checks. Notes, minutes and
decisions keep their lines."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import AgendaItem, Decision, Meeting
from samverkan_desktop.services import agenda, contacts
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput


def test_a_pasted_line_break_in_a_name_is_one_space_and_notes_keep_their_lines(
    db: Database,
) -> None:
    with db.session() as s:
        person_id = contacts.create_person(
            s,
            PersonInput(
                " Greta\nÅberg ",
                title="Fastighets-\r\n\tförvaltare",
                department="Drift \n\n och underhåll",
                phone="08-\n508 000",
                notes="Ring före nio.\n\nHar nyckel.",
            ),
        )
        row = contacts.get_person(s, person_id)
    assert (row.name, row.title, row.department, row.phone) == (
        "Greta Åberg",
        "Fastighets- förvaltare",
        "Drift och underhåll",
        "08- 508 000",
    )
    assert row.notes == "Ring före nio.\n\nHar nyckel."


def test_a_name_split_over_lines_is_found_as_the_duplicate_it_is(demo_db: Database) -> None:
    with demo_db.session() as s, pytest.raises(ConflictError) as refused:
        contacts.create_organisation(s, OrganisationInput("Lokalpolisområde\nNorrmalm"))
    assert refused.value.message == (
        "Det finns redan en organisation som heter ”Lokalpolisområde Norrmalm”."
    )


def test_a_decision_keeps_its_lines(demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting_id = s.scalars(select(Meeting.id).order_by(Meeting.id)).first() or 0
        item_id = agenda.add_agenda_item(s, meeting_id, "Belysning\ni parken")
        decision_id = agenda.add_decision(
            s, meeting_id, "Beslut:\n1. Byt lampor.\n2. Följ upp.", item_id
        )
        text = s.get(Decision, decision_id).text  # type: ignore[union-attr]
        title = s.get(AgendaItem, item_id).title  # type: ignore[union-attr]
    assert text == "Beslut:\n1. Byt lampor.\n2. Följ upp."
    assert title == "Belysning i parken"
