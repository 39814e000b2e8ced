"""A person or an organisation deleted from the contacts register comes back as it was with
Undo, under its own number with its History whole (the earlier changes, the deletion, the
restore), a person in the groups they were taken out of with their roles and contact places;
refused, nothing changed, where that cannot be. SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.models import AuditAction, GroupType, MemberRole
from samverkan_desktop.services import (
    audit,
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
    assert back == person
    with db.session() as s:
        after = contacts.get_person(s, back)
        assert dataclasses.replace(after, version=before.version) == before
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
    assert back == org
    with db.session() as s:
        assert contacts.get_organisation(s, back) == before
        contact_deletion.delete_organisation(s, back)
        contacts.create_organisation(s, OrganisationInput("Humlegårdens Vänner"))
    with db.session() as s, pytest.raises(ConflictError) as refused:
        contact_restore.restore(s, deleted)
    assert refused.value.message == (
        "Det finns redan en organisation som heter ”Humlegårdens Vänner”."
    )


def test_an_undone_deletion_keeps_the_number_and_the_history(db: Database) -> None:
    with db.session() as s:
        org = contacts.create_organisation(s, OrganisationInput("Humlegårdens vänner"))
    with db.session() as s:
        contacts.update_organisation(s, org, OrganisationInput("Humlegårdens vänner", phone="08-1"))
    with db.session() as s:
        deleted = contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        assert contact_restore.restore(s, deleted) == org
    with db.session() as s:
        rows = audit.history(s, "organisations", org)
        # The id's sequence (PostgreSQL) untouched: the next organisation a number of its own.
        later = contacts.create_organisation(s, OrganisationInput("Engelbrekts förening"))
    assert [r.action for r in rows] == [
        AuditAction.RESTORE,
        AuditAction.DELETE,
        AuditAction.UPDATE,
        AuditAction.INSERT,
    ]
    assert rows[2].summary == "Telefon: – → 08-1"
    assert rows[0].summary == "Namn: Humlegårdens vänner; Typ: Övrig; Telefon: 08-1"
    assert later > org
    with db.session() as s:
        assert contacts.get_organisation(s, org).name == "Humlegårdens vänner"


def test_a_person_comes_back_under_their_number_with_their_trail(db: Database) -> None:
    """Deleting a person empties the values of their trail (audit_trail); the undo brings
    them back with the person: the History reads as before, then the deletion (its values
    still emptied) and the restore."""
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Bertil Sandberg", phone="070-1"))
    with db.session() as s:
        contacts.update_person(s, person, PersonInput("Bertil Sandberg", phone="070-2"))
    with db.session() as s:
        deleted = contact_deletion.delete_person(s, person)
    with db.session() as s:
        emptied = audit.history(s, "people", person)
    assert {c.old for r in emptied for c in r.changes} == {"(dold)"}
    with db.session() as s:
        assert contact_restore.restore(s, deleted) == person
    with db.session() as s:
        rows = audit.history(s, "people", person)
    assert [r.action for r in rows] == [
        AuditAction.RESTORE,
        AuditAction.DELETE,
        AuditAction.UPDATE,
        AuditAction.INSERT,
    ]
    assert rows[2].summary.startswith("Telefon: 070-1 → 070-2")
    assert rows[3].summary.startswith("Namn: Bertil Sandberg; Telefon: 070-1")
    assert "070" not in rows[1].summary  # the deletion's own entry keeps nothing
    assert "Telefon: 070-2" in rows[0].summary


def test_a_number_given_to_a_new_record_meanwhile_is_left_to_it(db: Database) -> None:
    """SQLite gives a new row the number of a deleted last row: the undone organisation then
    comes back under a new number, and that number's History stays the new one's."""
    with db.session() as s:
        org = contacts.create_organisation(s, OrganisationInput("Humlegårdens vänner"))
    with db.session() as s:
        deleted = contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        newcomer = contacts.create_organisation(s, OrganisationInput("Engelbrekts förening"))
    with db.session() as s:
        back = contact_restore.restore(s, deleted)
    assert (back != org) == db.is_sqlite  # PostgreSQL's sequence never gives a number twice
    with db.session() as s:
        assert contacts.get_organisation(s, newcomer).name == "Engelbrekts förening"
        assert contacts.get_organisation(s, back).name == "Humlegårdens vänner"
        assert [r.action for r in audit.history(s, "organisations", newcomer)] == [
            AuditAction.INSERT
        ]
