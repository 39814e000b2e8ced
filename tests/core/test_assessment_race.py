"""An overall assessment saved while another desk takes the exercise back (or the other order)
is refused by the database (migration 0021: a trigger on SQLite, a CHECK on PostgreSQL); the
coordinator reads the service's Swedish line, never the database's English one. The other desk's
change is simulated in the same transaction, right after the service read the exercise: on
PostgreSQL the service's row lock keeps a real desk waiting, on SQLite a real desk makes the
write "busy" before any trigger runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Exercise, ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercise_assessment import save_assessment
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.database_rules import TODAY, exercises_of_every_status, rows
from tests.core.exercise_data import HELD_ON

SAVED_MEANWHILE = "UPDATE exercises SET assessment = 'Gick bra.' WHERE id = :e"
TAKEN_BACK = "UPDATE exercises SET status = :s WHERE id = :e"
PLANNED_LINE = (
    "Övningen är ännu inte markerad som genomförd: målen utvärderas efter övningen, när den är det."
)
CANCELLED_LINE = "Övningen är inställd: det finns ingen genomförd övning att utvärdera."
ASSESSED_LINE = (
    "”Larmprov” har en samlad bedömning, skriven efter övningen, och kan därför inte tas "
    "tillbaka till planerad eller ställas in."
)


@contextmanager
def _changed_after_read(
    session: Session, read: str, statement: str, **params: object
) -> Iterator[None]:
    """Another desk's change lands right after the service's ``read`` ("load": the exercise
    read; "refresh": its assessment read again before the status is written)."""
    done: list[bool] = []

    def change(*_args: object) -> None:
        if not done:
            done.append(True)
            session.connection().execute(text(statement), params)

    event.listen(Exercise, read, change)
    try:
        yield
    finally:
        event.remove(Exercise, read, change)


def _assessment(db: Database, exercise_id: int) -> object:
    (row,) = rows(db, "SELECT assessment FROM exercises WHERE id = :e", e=exercise_id)
    return row["assessment"]


@pytest.mark.parametrize(
    ("status", "line"), [("planned", PLANNED_LINE), ("cancelled", CANCELLED_LINE)]
)
def test_an_assessment_saved_as_the_exercise_is_taken_back_gets_the_services_line(
    db: Database, status: str, line: str
) -> None:
    ex = exercises_of_every_status(db)
    with (
        pytest.raises(ValidationError) as raised,
        db.session() as s,
        _changed_after_read(s, "load", TAKEN_BACK, s=status, e=ex.held),
    ):
        save_assessment(s, ex.held, "Övningen gick väl som helhet.")
    assert raised.value.message == line
    assert raised.value.field == "assessment"
    assert _assessment(db, ex.held) is None


def test_taking_back_an_exercise_assessed_meanwhile_gets_the_services_line(
    db: Database,
) -> None:
    ex = exercises_of_every_status(db)
    with (
        pytest.raises(ValidationError) as raised,
        db.session() as s,
        _changed_after_read(s, "refresh", SAVED_MEANWHILE, e=ex.held),
    ):
        exercises.set_status(s, ex.held, ExerciseStatus.PLANNED)
    assert raised.value.message.startswith(ASSESSED_LINE)
    assert raised.value.field == "status"
    (row,) = rows(db, "SELECT status, assessment FROM exercises WHERE id = :e", e=ex.held)
    assert row == {"status": "conducted", "assessment": None}


def test_cancelling_an_exercise_assessed_meanwhile_in_its_dialog_gets_the_line(
    db: Database,
) -> None:
    ex = exercises_of_every_status(db)
    edited = ExerciseInput(
        "Larmprov",
        ExerciseType.FUNCTIONAL,
        HELD_ON.year,
        date=HELD_ON,
        location="Kommunhuset",
        status=ExerciseStatus.CANCELLED,
    )
    with (
        pytest.raises(ValidationError) as raised,
        db.session() as s,
        _changed_after_read(s, "refresh", SAVED_MEANWHILE, e=ex.held),
    ):
        exercises.update_exercise(s, ex.held, edited, TODAY)
    assert raised.value.message.startswith(ASSESSED_LINE)
    (row,) = rows(db, "SELECT status, location FROM exercises WHERE id = :e", e=ex.held)
    assert row == {"status": "conducted", "location": None}
