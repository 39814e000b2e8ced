"""Two desks saving the same exercise, course, training session, crisis role or external contact:
the save based on the version its form read is refused once another desk has saved, changing
nothing, and passes with the current version (which it bumps). Scripts and the command line
name no version and save as before. Moving roles and entries in their lists changes no version:
a place in a list is no field of their forms."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.models import AuditEntry, ExerciseType
from samverkan_desktop.services import (
    crisis_external,
    crisis_org,
    exercise_reading,
    exercises,
    training,
)
from samverkan_desktop.services.crisis_external import ExternalInput
from samverkan_desktop.services.crisis_org import RoleInput
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.training import CourseInput, SessionInput
from samverkan_desktop.services.training_gaps import set_role_requirements
from tests.core.crisis_data import organisation, person

TODAY = dt.date(2026, 3, 15)

# Per kind of record: make one (its id), read it (its version and its text), save a text.
Read = Callable[[Session, int], tuple[int, str | None]]
Save = Callable[[Session, int, str, int | None], object]


def _exercise(s: Session) -> int:
    return exercises.create_exercise(s, ExerciseInput("Stabsövning", ExerciseType.SIMULATION, 2026))


def _read_exercise(s: Session, exercise_id: int) -> tuple[int, str | None]:
    detail = exercise_reading.get_exercise(s, exercise_id, TODAY)
    return detail.version, detail.scenario


def _save_exercise(s: Session, exercise_id: int, text: str, version: int | None) -> object:
    data = ExerciseInput(
        "Stabsövning", ExerciseType.SIMULATION, 2026, scenario=text, expected_version=version
    )
    return exercises.update_exercise(s, exercise_id, data, TODAY)


def _course(s: Session) -> int:
    return training.create_course(s, CourseInput("Krisstöd del 1", 36))


def _read_course(s: Session, course_id: int) -> tuple[int, str | None]:
    row = training.get_course(s, course_id)
    return row.version, row.description


def _save_course(s: Session, course_id: int, text: str, version: int | None) -> object:
    return training.update_course(s, course_id, CourseInput("Krisstöd del 1", 36, text, version))


def _session(s: Session) -> int:
    return training.create_session(s, SessionInput(_course(s), dt.date(2026, 3, 9)))


def _read_session(s: Session, session_id: int) -> tuple[int, str | None]:
    row = training.get_session(s, session_id)
    return row.version, row.notes


def _save_session(s: Session, session_id: int, text: str, version: int | None) -> object:
    course_id = training.get_session(s, session_id).course_id
    data = SessionInput(course_id, dt.date(2026, 3, 9), "Sal A", text, version)
    return training.update_session(s, session_id, data, TODAY)


def _role(s: Session) -> int:
    return crisis_org.create_role(s, RoleInput("Krisledare"))


def _read_role(s: Session, role_id: int) -> tuple[int, str | None]:
    row = crisis_org.get_role(s, role_id, TODAY)
    return row.version, row.description


def _save_role(s: Session, role_id: int, text: str, version: int | None) -> object:
    return crisis_org.update_role(s, role_id, RoleInput("Krisledare", text, None, version))


def _contact(s: Session) -> int:
    return crisis_external.create_external(
        s, ExternalInput(organisation(s, "Polisen"), "Kommunpolis")
    )


def _read_contact(s: Session, contact_id: int) -> tuple[int, str | None]:
    row = crisis_external.get_external(s, contact_id, TODAY)
    return row.version, row.function


def _save_contact(s: Session, contact_id: int, text: str, version: int | None) -> object:
    row = crisis_external.get_external(s, contact_id, TODAY)
    data = ExternalInput(row.organisation_id, text, expected_version=version)
    return crisis_external.update_external(s, contact_id, data)


KINDS: dict[str, tuple[Callable[[Session], int], Read, Save]] = {
    "exercise": (_exercise, _read_exercise, _save_exercise),
    "course": (_course, _read_course, _save_course),
    "training session": (_session, _read_session, _save_session),
    "crisis role": (_role, _read_role, _save_role),
    "external contact": (_contact, _read_contact, _save_contact),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_save_over_another_desks_is_refused_and_the_current_version_saves(
    db: Database, kind: str
) -> None:
    make, read, save = KINDS[kind]
    with db.session() as s:
        record_id = make(s)
    shown, _text = db.call(read, record_id)  # this desk's form opens
    db.call(save, record_id, "Den andra datorns text", shown)  # another desk saves
    with pytest.raises(StaleRecordError):
        db.call(save, record_id, "Min text", shown)
    current, text = db.call(read, record_id)
    assert (current, text) == (shown + 1, "Den andra datorns text")  # nothing changed
    assert db.call(save, record_id, "Min text", current) == current + 1
    assert db.call(read, record_id) == (current + 1, "Min text")
    db.call(save, record_id, "Skriptets text", None)  # scripts and the CLI: no check
    assert db.call(read, record_id)[1] == "Skriptets text"


def _versions(s: Session) -> dict[str, list[int]]:
    return {
        "roles": [r.version for r in crisis_org.list_roles(s, TODAY)],
        "contacts": [c.version for c in crisis_external.list_external(s, TODAY)],
    }


def _positions_in_trail(s: Session, role_id: int) -> object:
    """The role's position change in its latest audit entry."""
    entry = s.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == "crisis_roles", AuditEntry.record_id == str(role_id))
        .order_by(AuditEntry.id.desc())
    ).first()
    assert entry is not None
    return entry.changes.get("position")


def test_moves_in_the_lists_change_no_version_and_an_open_form_still_saves(
    db: Database,
) -> None:
    """The roles' and the entries' order (and the holders' ranks) are no field of the role and
    entry forms: moving them, or deleting one above, leaves the others' versions as they were."""
    with db.session() as s:
        roles = [crisis_org.create_role(s, RoleInput(n)) for n in ("Krisledare", "Stab", "Logg")]
        police = organisation(s, "Polisen")
        contacts = [
            crisis_external.create_external(s, ExternalInput(police, f))
            for f in ("Kommunpolis", "Ledningscentral", "Kontaktcenter")
        ]
        holders = [
            crisis_org.add_member(s, roles[0], person(s, n, TODAY)) for n in ("Karin", "Per")
        ]
    shown = db.call(crisis_org.get_role, roles[1], TODAY)
    before = db.call(_versions)
    db.call(crisis_org.move_role, roles[1], -1)
    assert db.call(_positions_in_trail, roles[1]) == {"old": 2, "new": 1}  # the move is audited
    db.call(crisis_external.move_external, contacts[2], -1)
    db.call(crisis_org.set_primary, holders[1])
    db.call(crisis_org.move_member, holders[1], 1)
    db.call(crisis_org.delete_role, roles[0])
    db.call(crisis_external.delete_external, contacts[0])
    after = db.call(_versions)
    assert after == {"roles": before["roles"][1:], "contacts": before["contacts"][1:]}
    assert [r.name for r in db.call(crisis_org.list_roles, TODAY)] == ["Stab", "Logg"]
    assert [c.function for c in db.call(crisis_external.list_external, TODAY)] == [
        "Kontaktcenter",
        "Ledningscentral",
    ]
    data = RoleInput("Stabschef", shown.description, shown.required_course_ids, shown.version)
    db.call(crisis_org.update_role, roles[1], data)
    assert db.call(crisis_org.get_role, roles[1], TODAY).name == "Stabschef"


def test_a_roles_required_training_changed_elsewhere_refuses_the_older_form(
    db: Database,
) -> None:
    """The role's form shows its required training: a change of it alone (another desk ticked a
    course) is a change of the role, and the form saved with the list it read is refused."""
    with db.session() as s:
        role_id = _role(s)
        course_id = _course(s)
    shown = db.call(crisis_org.get_role, role_id, TODAY)
    db.call(set_role_requirements, role_id, [course_id])
    mine = RoleInput("Krisledare", "Leder", (), shown.version)
    with pytest.raises(StaleRecordError):
        db.call(crisis_org.update_role, role_id, mine)
    now = db.call(crisis_org.get_role, role_id, TODAY)
    assert (now.description, now.required_course_ids) == (None, (course_id,))
    db.call(set_role_requirements, role_id, [course_id])  # the same list: no change
    assert db.call(crisis_org.get_role, role_id, TODAY).version == now.version
    db.call(
        crisis_org.update_role, role_id, dataclasses.replace(mine, expected_version=now.version)
    )
    after = db.call(crisis_org.get_role, role_id, TODAY)
    assert (after.description, after.required_course_ids) == ("Leder", ())
