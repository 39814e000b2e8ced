"""The crisis organisation: roles with a primary and ordered deputies, external contacts, the
contact list with stale entries marked, and the "verify now" round."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import (
    contacts,
    crisis_external,
    crisis_org,
    crisis_verification,
    exercise_participants,
    exercises,
)
from samverkan_desktop.services.crisis_external import ExternalInput
from samverkan_desktop.services.crisis_org import RoleInput
from samverkan_desktop.services.crisis_verification import VerifyRound
from tests.core.crisis_data import organisation, person

TODAY = dt.date(2021, 3, 15)
RECENT = dt.date(2021, 2, 1)
OLD = dt.date(2020, 6, 1)  # more than 6 months before TODAY


def _names(session, role_id):  # type: ignore[no-untyped-def]
    role = crisis_org.get_role(session, role_id, TODAY)
    return [(m.name, m.rank_label) for m in role.members]


def test_primary_and_deputies_keep_their_order(db: Database) -> None:
    with db.session() as session:
        role = crisis_org.create_role(session, RoleInput("Krisledare"))
        karin, per, eva = (person(session, n, RECENT) for n in ("Karin", "Per", "Eva"))
        members = [crisis_org.add_member(session, role, p) for p in (karin, per, eva)]
        assert _names(session, role) == [
            ("Karin", "Ordinarie"),
            ("Per", "Ersättare 1"),
            ("Eva", "Ersättare 2"),
        ]
        crisis_org.set_primary(session, members[2])
        assert [n for n, _ in _names(session, role)] == ["Eva", "Karin", "Per"]
        crisis_org.move_member(session, members[2], +1)
        assert [n for n, _ in _names(session, role)] == ["Karin", "Eva", "Per"]
        crisis_org.remove_member(session, members[0])
        assert _names(session, role) == [("Eva", "Ordinarie"), ("Per", "Ersättare 1")]
        with pytest.raises(ConflictError):
            crisis_org.add_member(session, role, per)
        # Inserted at a rank, the others move down.
        crisis_org.add_member(session, role, karin, rank=0)
        assert [n for n, _ in _names(session, role)] == ["Karin", "Eva", "Per"]


def test_roles_are_ordered_and_unique(db: Database) -> None:
    with db.session() as session:
        ids = [crisis_org.create_role(session, RoleInput(n)) for n in ("A", "B", "C")]
        crisis_org.move_role(session, ids[2], -1)
        assert [r.name for r in crisis_org.list_roles(session)] == ["A", "C", "B"]
        with pytest.raises(ConflictError) as dup:
            crisis_org.create_role(session, RoleInput("A"))
        assert dup.value.field == "name"


def test_the_database_refuses_two_primaries(db: Database) -> None:
    with db.session() as session:
        role = crisis_org.create_role(session, RoleInput("Stabschef"))
        crisis_org.add_member(session, role, person(session, "A", RECENT))
        b = person(session, "B", RECENT)
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO crisis_role_members (role_id, person_id, rank) VALUES (:r, :p, 0)"),
            {"r": role, "p": b},
        )


def test_contact_list_marks_entries_not_verified_in_six_months(db: Database) -> None:
    with db.session() as session:
        police = organisation(session, "Lokalpolisområde Norrmalm", "114 14")
        role = crisis_org.create_role(session, RoleInput("Krisledare"))
        crisis_org.create_role(session, RoleInput("Loggförare"))  # nobody appointed
        crisis_org.add_member(session, role, person(session, "Karin", RECENT))
        crisis_org.add_member(session, role, person(session, "Per", OLD))
        officer = person(session, "Sara", OLD, organisation_id=police)
        crisis_external.create_external(session, ExternalInput(police, "Kommunpolis", officer))
        crisis_external.create_external(
            session, ExternalInput(police, "Kontaktcenter", None, None, RECENT)
        )
        rows = crisis_verification.contact_list(session, TODAY)
        summary = [(r.internal, r.group, r.function, r.name, r.phone, r.stale) for r in rows]
        assert summary == [
            (True, "Krisledare", "Ordinarie", "Karin", "08-508 10 000", False),
            (True, "Krisledare", "Ersättare 1", "Per", "08-508 10 000", True),
            (True, "Loggförare", "Ingen utsedd", None, None, False),
            (False, "Lokalpolisområde Norrmalm", "Kommunpolis", "Sara", "08-508 10 000", True),
            # No person and no number of its own: the organisation's number.
            (False, "Lokalpolisområde Norrmalm", "Kontaktcenter", None, "114 14", False),
        ]


def test_verify_now_walks_through_stale_entries_one_by_one(db: Database) -> None:
    with db.session() as session:
        org = organisation(session, "Stadsledningskontoret")
        leader = crisis_org.create_role(session, RoleInput("Krisledare"))
        staff = crisis_org.create_role(session, RoleInput("Stabschef"))
        per = person(session, "Per", OLD)
        # Per holds two roles: verified once.
        crisis_org.add_member(session, leader, per)
        crisis_org.add_member(session, staff, per)
        crisis_org.add_member(session, staff, person(session, "Eva", None))
        tib = crisis_external.create_external(
            session, ExternalInput(org, "Tjänsteman i beredskap", None, "08-508 29 112", OLD)
        )
        assert [r.key for r in crisis_verification.stale_entries(session, TODAY)] == [
            f"person:{per}",
            f"person:{per + 1}",
            f"contact:{tib}",
        ]
        verify = VerifyRound()
        first = verify.next(session, TODAY)
        assert first is not None and first.name == "Per"
        verify.skip(first)
        second = verify.next(session, TODAY)
        assert second is not None and second.name == "Eva"
        verify.verify(session, second, TODAY)
        assert contacts.get_person(session, per + 1).last_verified == TODAY
        third = verify.next(session, TODAY)
        assert third is not None and third.key == f"contact:{tib}"
        verify.verify(session, third, TODAY)
        assert verify.next(session, TODAY) is None  # Per was skipped this round
        assert verify.remaining(session, TODAY) == 0
        assert crisis_external.list_external(session, TODAY)[0].last_verified == TODAY
        assert [r.name for r in crisis_verification.stale_entries(session, TODAY)] == ["Per"]
        with pytest.raises(ValidationError):
            crisis_verification.mark_entry_verified(session, "role:1", TODAY)


def test_an_external_line_with_a_person_uses_the_persons_date(db: Database) -> None:
    with db.session() as session:
        org = organisation(session, "Polisen")
        sara = person(session, "Sara", RECENT, organisation_id=org)
        line = crisis_external.create_external(
            session, ExternalInput(org, "Kommunpolis", sara, None, OLD)
        )
        row = crisis_external.list_external(session, TODAY)[0]
        assert row.id == line and row.last_verified == RECENT and not row.stale
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE crisis_contacts SET last_verified = '2020-01-01'"))


def test_an_external_line_tells_its_own_number_from_the_one_it_shows(db: Database) -> None:
    with db.session() as session:
        org = organisation(session, "Räddningstjänsten")
        sara = person(session, "Sara", RECENT, phone="08-454 00 00", organisation_id=org)
        named = crisis_external.create_external(session, ExternalInput(org, "Inre befäl", sara))
        own = crisis_external.create_external(
            session, ExternalInput(org, "Ledningscentral", None, "010-453 00 00", OLD)
        )
        rows = {r.id: r for r in crisis_external.list_external(session, TODAY)}
    # The edit form shows only a line's own number, so saving never copies the person's in.
    assert rows[named].phone == "08-454 00 00" and rows[named].own_phone is None
    assert rows[own].own_phone == rows[own].phone == "010-453 00 00"


def test_a_role_that_took_part_in_an_exercise_cannot_be_deleted(db: Database) -> None:
    with db.session() as session:
        role = crisis_org.create_role(session, RoleInput("Krisledare"))
        exercise = exercises.create_exercise(
            session, exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2021)
        )
        exercise_participants.add_participant(
            session, exercise, person(session, "Karin", RECENT), role
        )
        # Asked before the window's "Delete …?", and again at delete time.
        with pytest.raises(InUseError, match="deltagare i övningar"):
            crisis_org.check_role_deletable(session, role)
        with pytest.raises(InUseError):
            crisis_org.delete_role(session, role)
        empty = crisis_org.create_role(session, RoleInput("Tom"))
        crisis_org.check_role_deletable(session, empty)
        crisis_org.delete_role(session, empty)
        assert [r.name for r in crisis_org.list_roles(session)] == ["Krisledare"]
