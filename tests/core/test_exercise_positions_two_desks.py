"""Two desks add an objective (or a planning checklist point) to the same exercise at the same
moment: both are kept, numbered one after the other. Each took the next number from what it
had read, and on PostgreSQL the second was refused by the unique index with the database's own
words ("Något gick fel: (psycopg.errors.UniqueViolation) …"). The same with a person added at
one desk while another invites the crisis organisation. (SQLite lets one desk write at a time:
the other is told the database is busy.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.services import (
    contacts,
    crisis_org,
    exercise_checklist,
    exercise_objectives,
    exercise_participants,
)
from samverkan_desktop.services.contacts import PersonInput
from tests.core.database_rules import exercises_of_every_status, rows
from tests.core.two_desks import at_the_same_moment


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


def _both_add(db: Database, add: Callable[[Session, int, str], int], exercise_id: int) -> None:
    at_the_same_moment(
        db,
        lambda s: add(s, exercise_id, "Den här platsens"),
        lambda s: add(s, exercise_id, "Den andra platsens"),
    )


@pytest.mark.postgres
def test_two_desks_adding_an_objective_at_once_keep_both(pg_db: Database) -> None:
    ex = exercises_of_every_status(pg_db)
    _both_add(pg_db, exercise_objectives.add_objective, ex.planned)
    found = rows(
        pg_db,
        "SELECT position, text FROM exercise_objectives WHERE exercise_id = :e ORDER BY position",
        e=ex.planned,
    )
    assert found == [
        {"position": 1, "text": "Lägesbild inom 2 h"},
        {"position": 2, "text": "Den här platsens"},
        {"position": 3, "text": "Den andra platsens"},
    ]


@pytest.mark.postgres
def test_two_desks_adding_a_checklist_point_at_once_keep_both(pg_db: Database) -> None:
    ex = exercises_of_every_status(pg_db)
    _both_add(pg_db, exercise_checklist.add_checklist_item, ex.planned)
    found = rows(
        pg_db,
        "SELECT position, title FROM exercise_checklist_items WHERE exercise_id = :e "
        "ORDER BY position",
        e=ex.planned,
    )
    assert found == [
        {"position": 1, "title": "Den här platsens"},
        {"position": 2, "title": "Den andra platsens"},
    ]


@pytest.mark.postgres
def test_a_person_added_as_another_desk_invites_the_crisis_organisation(
    pg_db: Database,
) -> None:
    ex = exercises_of_every_status(pg_db)
    with pg_db.session() as s:
        karin = contacts.create_person(s, PersonInput("Karin Lindqvist"))
        per = contacts.create_person(s, PersonInput("Per Almgren"))
        role = crisis_org.create_role(s, crisis_org.RoleInput("Krisledare"))
        crisis_org.add_member(s, role, karin)
        crisis_org.add_member(s, role, per)
    at_the_same_moment(
        pg_db,
        lambda s: exercise_participants.add_participant(s, ex.planned, karin, role),
        lambda s: exercise_participants.add_participants_from_roles(s, ex.planned),
    )
    found = rows(
        pg_db,
        "SELECT person_id FROM exercise_participants WHERE exercise_id = :e ORDER BY person_id",
        e=ex.planned,
    )
    assert found == [{"person_id": karin}, {"person_id": per}]
