"""A person or an organisation deleted from the contacts register comes back as it was with
Undo (under a new number, as the History expects), a person in the groups they were taken out
of with their roles and contact places; refused, nothing changed, where that cannot be."""

from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import (
    contact_deletion,
    contact_restore,
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
    person_groups,
)
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput


def test_a_member_named_nowhere_else_is_deleted_in_one_step_and_comes_back(db: Database) -> None:
    with db.session() as s:
        org = contacts.create_organisation(s, OrganisationInput("Stockholmshem"))
        person = contacts.create_person(
            s, PersonInput("Oskar Lund", "Områdeschef", org, phone="08-123 456")
        )
        work = group_editing.create_group(
            s, group_rows.GroupInput("Arbetsgrupp boende", GroupType.ARBETSGRUPP)
        )
        membership_changes.add_member(s, work, person, MemberRole.SECRETARY)
        data = groups.get_group(s, work).to_input()
        group_editing.update_group(s, work, dataclasses.replace(data, police_contact_id=person))
        before = contacts.get_person(s, person)
    with db.session() as s:
        deleted = contact_deletion.delete_person(s, person, leaving_groups=True)
    with db.session() as s, pytest.raises(NotFoundError):
        contacts.get_person(s, person)
    with db.session() as s:
        assert groups.get_group(s, work).members == ()
    with db.session() as s:
        back = contact_restore.restore(s, deleted)
    with db.session() as s:
        after = contacts.get_person(s, back)
        assert dataclasses.replace(after, id=person, version=before.version) == before
        assert [t.text() for t in person_groups.group_ties(s, back)] == [
            "Arbetsgrupp boende (Sekreterare, kontaktperson polisen)"
        ]


def test_an_organisation_comes_back_and_its_name_taken_meanwhile_refuses(db: Database) -> None:
    with db.session() as s:
        org = contacts.create_organisation(
            s, OrganisationInput("Humlegårdens vänner", org_number="802000-0157")
        )
        before = contacts.get_organisation(s, org)
    with db.session() as s:
        deleted = contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        back = contact_restore.restore(s, deleted)
    with db.session() as s:
        assert contacts.get_organisation(s, back) == dataclasses.replace(before, id=back)
        contact_deletion.delete_organisation(s, back)
        contacts.create_organisation(s, OrganisationInput("Humlegårdens Vänner"))
    with db.session() as s, pytest.raises(ConflictError) as refused:
        contact_restore.restore(s, deleted)
    assert refused.value.message == (
        "Det finns redan en organisation som heter ”Humlegårdens Vänner”."
    )
