"""The exercise rules hold in the database too (migration 0017), on SQLite and PostgreSQL: a
tool writing SQL directly cannot link a lesson to another exercise's objective, nor record a
lesson or an evaluation before the exercise is held. What was recorded before an exercise was
taken back to planned stays editable."""

from __future__ import annotations

from samverkan_desktop.db import Database
from tests.core.database_rules import exercises_of_every_status, refused, rows, sql

INSERT_LESSON = (
    "INSERT INTO exercise_lessons (exercise_id, objective_id, text) VALUES (:e, :o, 'Lärdom')"
)


def test_a_lesson_cannot_be_linked_to_another_exercises_objective(db: Database) -> None:
    ex = exercises_of_every_status(db)
    refused(db, INSERT_LESSON, e=ex.held, o=ex.other_objective)
    sql(db, INSERT_LESSON, e=ex.held, o=ex.held_objective)
    sql(db, INSERT_LESSON, e=ex.held, o=None)
    (lesson_id,) = [
        r["id"]
        for r in rows(
            db, "SELECT id FROM exercise_lessons WHERE objective_id = :o", o=ex.held_objective
        )
    ]
    refused(
        db,
        "UPDATE exercise_lessons SET objective_id = :o WHERE id = :id",
        o=ex.other_objective,
        id=lesson_id,
    )
    refused(
        db, "UPDATE exercise_lessons SET exercise_id = :e WHERE id = :id", e=ex.other, id=lesson_id
    )
    # The objective a lesson refers to stays in the lesson's exercise.
    refused(
        db,
        "UPDATE exercise_objectives SET exercise_id = :e WHERE id = :o",
        e=ex.other,
        o=ex.held_objective,
    )
    assert rows(db, "SELECT exercise_id, objective_id FROM exercise_lessons ORDER BY id") == [
        {"exercise_id": ex.held, "objective_id": ex.held_objective},
        {"exercise_id": ex.held, "objective_id": None},
    ]


def test_deleting_an_objective_still_keeps_its_lessons_unlinked(db: Database) -> None:
    ex = exercises_of_every_status(db)
    sql(db, INSERT_LESSON, e=ex.held, o=ex.held_objective)
    sql(db, "DELETE FROM exercise_objectives WHERE id = :o", o=ex.held_objective)
    assert rows(db, "SELECT exercise_id, objective_id FROM exercise_lessons") == [
        {"exercise_id": ex.held, "objective_id": None}
    ]


def test_no_lesson_is_recorded_for_an_exercise_not_held(db: Database) -> None:
    ex = exercises_of_every_status(db)
    refused(db, INSERT_LESSON, e=ex.planned, o=None)
    refused(db, INSERT_LESSON, e=ex.cancelled, o=None)
    sql(db, INSERT_LESSON, e=ex.held, o=None)
    refused(db, "UPDATE exercise_lessons SET exercise_id = :e", e=ex.planned)
    assert rows(db, "SELECT exercise_id FROM exercise_lessons") == [{"exercise_id": ex.held}]


def test_no_objective_is_evaluated_before_the_exercise_is_held(db: Database) -> None:
    ex = exercises_of_every_status(db)
    evaluate = "UPDATE exercise_objectives SET result = :r, comment = :c WHERE id = :o"
    refused(db, evaluate, r="met", c=None, o=ex.planned_objective)
    refused(db, evaluate, r=None, c="Gick bra", o=ex.planned_objective)
    refused(
        db,
        "INSERT INTO exercise_objectives (exercise_id, position, text, result) "
        "VALUES (:e, 2, 'Nytt mål', 'met')",
        e=ex.cancelled,
    )
    sql(db, evaluate, r="partly", c="Två av tre nåddes", o=ex.held_objective)
    assert rows(db, "SELECT id, result FROM exercise_objectives WHERE result IS NOT NULL") == [
        {"id": ex.held_objective, "result": "partly"}
    ]


def test_what_was_recorded_before_the_exercise_was_taken_back_stays_editable(
    db: Database,
) -> None:
    ex = exercises_of_every_status(db)
    sql(db, INSERT_LESSON, e=ex.held, o=ex.held_objective)
    sql(
        db,
        "UPDATE exercise_objectives SET result = 'met', comment = 'Ja' WHERE id = :o",
        o=ex.held_objective,
    )
    sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=ex.held)
    sql(db, "UPDATE exercise_lessons SET text = 'Lärdom, omskriven', objective_id = NULL")
    sql(
        db,
        "UPDATE exercise_objectives SET text = 'Omskrivet', position = 2, result = 'met' "
        "WHERE id = :o",
        o=ex.held_objective,
    )
    sql(db, "UPDATE exercise_objectives SET result = NULL WHERE id = :o", o=ex.held_objective)
    refused(
        db, "UPDATE exercise_objectives SET result = 'not_met' WHERE id = :o", o=ex.held_objective
    )
    assert rows(
        db, "SELECT result, comment FROM exercise_objectives WHERE id = :o", o=ex.held_objective
    ) == [{"result": None, "comment": "Ja"}]
