"""A letter from a walk goes to another organisation: the organiser's own (the district
administration, the letter's sender) is refused with a message naming who can get one."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.reports import walk_letter
from samverkan_desktop.services import walk_actions, walk_editing, walk_reading, walk_rows

SENDER = "Östermalms stadsdelsförvaltning"
NO_ORGANISER = (
    "Välj vandringens arrangör först (Planering, Ändra planen…): breven skrivs under av arrangören."
)


def test_a_letter_to_the_sender_itself_is_refused(demo_db: Database) -> None:
    tessin = next(w.id for w in demo_db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    owners = demo_db.call(walk_actions.responsible_organisations, tessin)
    sender = next(i for i, name, _n in owners if name == SENDER)  # it has actions of its own

    recipients = demo_db.call(walk_actions.letter_recipients, tessin)
    assert [name for _i, name, _n in recipients] == [
        "Lokalpolisområde Norrmalm",
        "SL (Region Stockholm)",
        "Trafikkontoret",
    ]
    with pytest.raises(ValidationError) as refused:
        demo_db.call(walk_letter.build, tessin, sender)
    message = str(refused.value)
    assert message.startswith(f"{SENDER} skriver breven från vandringen vid Tessinparken")
    assert "Brev kan skickas till: Lokalpolisområde Norrmalm (nummer " in message
    assert SENDER not in message.split("Brev kan skickas till:")[1]


def test_a_letter_needs_the_walk_s_organiser(demo_db: Database) -> None:
    """Without an organiser the letter had no sender and closed 'Hör gärna av er till mig' with
    no name under 'Med vänlig hälsning'."""
    tessin = next(w for w in demo_db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    detail = demo_db.call(walk_reading.get_walk, tessin.id)
    plan = walk_rows.WalkInput(
        detail.place_id,
        detail.date,
        start_time=detail.start_time,
        light=detail.light,
        format=detail.format,
        purpose=detail.purpose,
        meeting_point=detail.meeting_point,
        organiser_id=None,
        resident_count=detail.resident_count,
        checklist_template_id=detail.checklist_template_id,
    )
    demo_db.call(walk_editing.update_walk, tessin.id, plan)
    traffic = next(
        i
        for i, name, _n in demo_db.call(walk_actions.responsible_organisations, tessin.id)
        if name == "Trafikkontoret"
    )
    assert demo_db.call(walk_actions.no_letter_reason, tessin.id) == NO_ORGANISER
    with pytest.raises(ValidationError) as refused:
        demo_db.call(walk_letter.build, tessin.id, traffic)
    assert str(refused.value) == NO_ORGANISER
