"""Migration 0020 adds the exercises' overall assessment: down to 0019 drops only that column
(the exercises, and the rules of 0017 that read them, stay), up again gives every exercise none,
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import exc as sa_exc

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.core.database_rules import rows, sql
from tests.core.exercise_data import held_exercise
from tests.core.migration_steps import migrate, revision

BEFORE = "0019_swedish_order_indexes"
PLANNED_LESSON = "INSERT INTO exercise_lessons (exercise_id, text) VALUES (:e, 'Lärdom')"


def test_down_to_0019_drops_the_assessment_and_up_again_adds_it_empty(db: Database) -> None:
    with db.session() as s:
        held, _objectives = held_exercise(s, "Larmet når alla i krisledningen")
        save_assessment(s, held, "Övningen gick väl som helhet.")
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    (exercise,) = rows(db, "SELECT * FROM exercises")
    assert "assessment" not in exercise and exercise["title"] == "Larmprov"
    sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=held)
    with pytest.raises(sa_exc.IntegrityError):  # 0017's rule still reads the exercise
        sql(db, PLANNED_LESSON, e=held)
    sql(db, "UPDATE exercises SET status = 'conducted' WHERE id = :e", e=held)

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    detail = db.call(exercise_reading.get_exercise, held)
    assert detail.assessment is None and len(detail.objectives) == 1
    db.call(save_assessment, held, "Sparad igen.")
    assert db.call(exercise_reading.get_exercise, held).assessment == "Sparad igen."
