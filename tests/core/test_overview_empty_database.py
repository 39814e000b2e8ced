"""The Overview of a new, empty database ("Börja tomt"): the empty cards say the registers are
empty rather than "all done", and a "Get started" card lists the first steps, each leading to
where it is done, until the groups and the people exist."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, OrganisationKind
from samverkan_desktop.overview_items import (
    AGREEMENTS,
    ALARM_UNITS,
    CRISIS_ORGANISATION,
    ORGANISATIONS,
    PEOPLE,
)
from samverkan_desktop.services import contacts, group_editing, group_rows, overview

TODAY = dt.date(2026, 12, 1)


def cards(db: Database) -> dict[str, overview.OverviewSection]:
    with db.session() as s:
        return {section.key: section for section in overview.gather(s, TODAY)}


def test_empty_cards_say_the_registers_are_empty(db: Database) -> None:
    shown = cards(db)
    assert shown["contacts_to_verify"].empty_text == "Inga kontakter ännu."
    assert shown["meetings_not_held"].empty_text == "Inga möten ännu."
    with db.session() as s:
        contacts.create_person(s, contacts.PersonInput("Eva Strand", last_verified=TODAY))
    assert cards(db)["contacts_to_verify"].empty_text.startswith("Alla kontakter har")


def test_get_started_lists_the_first_steps_until_groups_people_and_district_exist(
    db: Database,
) -> None:
    with db.session() as s:
        first = overview.gather(s, TODAY)[0]
    assert first.title == "Kom igång"
    assert [(i.title, i.area, i.subset) for i in first.items] == [
        ("Registrera överenskommelsen med polisen", "groups", AGREEMENTS),
        ("Ange er egen förvaltning (typ ”Stadsdelsförvaltning”)", "contacts", ORGANISATIONS),
        ("Skapa grupperna", "groups", None),
        ("Lägg in personerna", "contacts", PEOPLE),
        ("Planera mötena med en mötesregel", "groups", None),
        ("Registrera larmen", "alarms", ALARM_UNITS),
        ("Lägg in krisorganisationen", "crisis", CRISIS_ORGANISATION),
    ]
    with db.session() as s:
        group_editing.create_group(
            s, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
    steps = [item.title for item in cards(db)["getting_started"].items]
    assert "Skapa grupperna" not in steps and "Lägg in personerna" in steps
    with db.session() as s:
        contacts.create_person(s, contacts.PersonInput("Eva Strand"))
        contacts.create_organisation(
            s, contacts.OrganisationInput("Östermalms sdf", OrganisationKind.DISTRICT)
        )
    assert "getting_started" not in cards(db)


def test_get_started_stays_until_the_district_is_marked_among_the_imported_organisations(
    db: Database,
) -> None:
    """A new coordinator's imported list holds the police, the neighbour's sdf and their own:
    until one is marked as theirs, the alarm labels and loan log print no owner, so the card
    keeps that step (the rest done) and leaves once it is marked."""
    with db.session() as s:
        group_editing.create_group(
            s, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        own = contacts.create_organisation(
            s, contacts.OrganisationInput("Östermalms stadsdelsförvaltning")
        )
        contacts.create_organisation(s, contacts.OrganisationInput("Polisen Norrmalm"))
        contacts.create_person(s, contacts.PersonInput("Eva Strand", organisation_id=own))
    steps = [(item.title, item.subset) for item in cards(db)["getting_started"].items]
    assert ("Ange er egen förvaltning (typ ”Stadsdelsförvaltning”)", ORGANISATIONS) in steps
    with db.session() as s:
        contacts.update_organisation(
            s,
            own,
            contacts.OrganisationInput(
                "Östermalms stadsdelsförvaltning", OrganisationKind.DISTRICT
            ),
        )
    assert "getting_started" not in cards(db)
