"""When another desk takes an exercise back to planned between a service's check and its write,
the database refuses the lesson or evaluation (migration 0017) and the coordinator reads the
service's Swedish line, not a crash. PostgreSQL only: on SQLite the writer, reading an older
snapshot, is refused as busy before any trigger runs (the usual "changed at another desk")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.services import exercise_lessons, exercise_objectives
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.database_rules import TODAY, exercises_of_every_status, rows, sql


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


def _taken_back_before_the_write(db: Database, session: Session, exercise_id: int) -> None:
    """Another desk takes the exercise back to planned after this desk's service read it as
    conducted, just before its write."""

    done: list[bool] = []

    def take_back(_session: Session, _context: object, _instances: object) -> None:
        if not done:
            done.append(True)
            sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=exercise_id)

    event.listen(session, "before_flush", take_back)


@pytest.mark.postgres
def test_a_lesson_refused_by_the_database_gets_the_services_line(pg_db: Database) -> None:
    ex = exercises_of_every_status(pg_db)
    with pytest.raises(ValidationError) as raised, pg_db.session() as s:
        _taken_back_before_the_write(pg_db, s, ex.held)
        exercise_lessons.add_lesson(s, ex.held, LessonInput("Kontaktlistan var inaktuell"), TODAY)
    assert raised.value.message == (
        "Övningen är ännu inte markerad som genomförd: lärdomar dras vid utvärderingen "
        "efter övningen, när den är det."
    )
    assert raised.value.field == "text"
    assert rows(pg_db, "SELECT id FROM exercise_lessons") == []
    assert rows(pg_db, "SELECT id FROM actions WHERE source_type = 'exercise_lesson'") == []


@pytest.mark.postgres
def test_an_evaluation_refused_by_the_database_gets_the_services_line(pg_db: Database) -> None:
    ex = exercises_of_every_status(pg_db)
    with pytest.raises(ValidationError) as raised, pg_db.session() as s:
        _taken_back_before_the_write(pg_db, s, ex.held)
        exercise_objectives.evaluate_objective(s, ex.held_objective, ObjectiveResult.MET, "Ja")
    assert raised.value.message == (
        "Övningen är ännu inte markerad som genomförd: målen utvärderas efter övningen, när "
        "den är det."
    )
    assert raised.value.field == "result"
    assert rows(
        pg_db, "SELECT result FROM exercise_objectives WHERE id = :o", o=ex.held_objective
    ) == [{"result": None}]
