"""An exercise's overall assessment needs the exercise held, in the database too (migration
0021), on SQLite and PostgreSQL: SQL written directly cannot give one to a planned or cancelled
exercise, nor take an exercise with one back to planned; the window is refused with the way
forward first. A database that already holds such an assessment keeps its text in the notes."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading, exercises
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.core.database_rules import exercises_of_every_status, refused, rows, sql
from tests.core.migration_steps import migrate, revision

BEFORE = "0020_exercise_assessment"
SET_ASSESSMENT = "UPDATE exercises SET assessment = :a WHERE id = :e"
INSERT_LIKE = (
    "INSERT INTO exercises (title, type, status, year, date, assessment) "
    "SELECT 'Kopia', type, :s, year, date, 'Gick bra.' FROM exercises WHERE id = :e"
)


def _assessment(db: Database, exercise_id: int) -> object:
    (row,) = rows(db, "SELECT assessment FROM exercises WHERE id = :e", e=exercise_id)
    return row["assessment"]


def test_the_database_refuses_an_assessment_on_an_exercise_not_held(db: Database) -> None:
    ex = exercises_of_every_status(db)
    refused(db, SET_ASSESSMENT, a="Gick bra.", e=ex.planned)
    refused(db, SET_ASSESSMENT, a="Gick bra.", e=ex.cancelled)
    refused(db, INSERT_LIKE, s="planned", e=ex.held)
    refused(db, INSERT_LIKE, s="cancelled", e=ex.held)
    sql(db, SET_ASSESSMENT, a="Gick bra.", e=ex.held)
    sql(db, INSERT_LIKE, s="conducted", e=ex.held)
    # Nor can the exercise with it be taken back or cancelled under it.
    refused(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=ex.held)
    refused(db, "UPDATE exercises SET status = 'cancelled' WHERE id = :e", e=ex.held)
    sql(db, "UPDATE exercises SET status = 'evaluated' WHERE id = :e", e=ex.held)
    assert _assessment(db, ex.held) == "Gick bra."
    # Clearing it is always allowed, and then the step back is.
    sql(db, SET_ASSESSMENT, a=None, e=ex.held)
    sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=ex.held)


def test_taking_an_assessed_exercise_back_is_refused_with_the_way_forward(db: Database) -> None:
    ex = exercises_of_every_status(db)
    db.call(save_assessment, ex.held, "Övningen gick väl som helhet.")
    with pytest.raises(ValidationError, match="Töm bedömningen på fliken Utvärdering"):
        db.call(exercises.set_status, ex.held, ExerciseStatus.PLANNED)
    detail = db.call(exercise_reading.get_exercise, ex.held)
    assert detail.exercise.status is ExerciseStatus.CONDUCTED
    assert detail.assessment == "Övningen gick väl som helhet."
    db.call(save_assessment, ex.held, "")
    db.call(exercises.set_status, ex.held, ExerciseStatus.PLANNED)
    assert db.call(exercise_reading.get_exercise, ex.held).exercise.status is (
        ExerciseStatus.PLANNED
    )


def test_an_assessment_already_on_an_exercise_not_held_moves_to_its_notes(db: Database) -> None:
    """Before 0021 an exercise could be taken back to planned (and cancelled) with its
    assessment: the upgrade keeps every word, in the notes, and the rule holds afterwards."""
    ex = exercises_of_every_status(db)
    migrate(db, BEFORE)
    sql(db, SET_ASSESSMENT, a="Bra samverkan.", e=ex.planned)
    sql(db, "UPDATE exercises SET notes = 'Lokal bokad.' WHERE id = :e", e=ex.cancelled)
    sql(db, SET_ASSESSMENT, a="Larmet nådde alla.\n\nMen sent.", e=ex.cancelled)
    sql(db, SET_ASSESSMENT, a="Gick bra.", e=ex.held)

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    found = rows(db, "SELECT id, notes, assessment FROM exercises")
    assert {r["id"]: (r["notes"], r["assessment"]) for r in found} == {
        ex.planned: ("Samlad bedömning: Bra samverkan.", None),
        ex.cancelled: ("Lokal bokad.\n\nSamlad bedömning: Larmet nådde alla.\n\nMen sent.", None),
        ex.held: (None, "Gick bra."),
        ex.other: (None, None),
    }
    refused(db, SET_ASSESSMENT, a="Igen.", e=ex.planned)

    migrate(db, BEFORE)  # down: the rule goes, the data stays
    sql(db, SET_ASSESSMENT, a="Igen.", e=ex.planned)
    assert _assessment(db, ex.planned) == "Igen."
