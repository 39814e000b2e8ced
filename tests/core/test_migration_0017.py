"""Migration 0017 (exercise and caption rules) upgrades a coordinator's database whose data
breaks the new rules instead of failing on it, keeps every photo through SQLite's table copy,
and goes down to 0016 and up again."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from sqlalchemy import exc as sa_exc

from samverkan_desktop import demo
from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services import exercise_objectives
from tests.core.database_rules import rows, sql
from tests.core.exercise_data import held_exercise
from tests.core.migration_steps import migrate, revision

BEFORE = "0016_unit_row_version"
PHOTO_COLUMNS = (
    "id, observation_id, file_name, original_path, display_path, image_format, width, height, "
    "byte_size, caption"
)
LONG = "Trasig armatur vid trappan, " * 11 + "byt den före mörkrets inbrott."  # 338 characters


def test_a_lesson_linked_to_another_exercises_objective_loses_only_the_link(db: Database) -> None:
    with db.session() as s:
        held, (objective,) = held_exercise(s, "Larmet når alla i krisledningen")
        other, (elsewhere,) = held_exercise(s, "Lokalen är klar inom en timme")
    migrate(db, BEFORE)
    insert = "INSERT INTO exercise_lessons (exercise_id, objective_id, text) VALUES (:e, :o, :t)"
    sql(db, insert, e=held, o=objective, t="Rätt mål")
    sql(db, insert, e=held, o=elsewhere, t="Fel övnings mål")  # another tool wrote this
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert rows(db, "SELECT exercise_id, objective_id, text FROM exercise_lessons ORDER BY id") == [
        {"exercise_id": held, "objective_id": objective, "text": "Rätt mål"},
        {"exercise_id": held, "objective_id": None, "text": "Fel övnings mål"},
    ]
    assert other != held


def _photo_values(observation: int, number: int, caption: str | None) -> dict[str, object]:
    return {
        "id": number,
        "observation_id": observation,
        "file_name": f"IMG_{number:04}.JPG",
        "original_path": f"walks/1/IMG_{number:04}.JPG",
        "display_path": f"walks/1/IMG_{number:04}_visa.jpg",
        "image_format": "JPEG",
        "width": 4032,
        "height": 3024,
        "byte_size": 2_400_000 + number,
        "caption": caption,
    }


def _insert_photo(db: Database, values: Mapping[str, object]) -> None:
    names = PHOTO_COLUMNS.split(", ")
    sql(
        db,
        f"INSERT INTO observation_photos ({PHOTO_COLUMNS}) "
        f"VALUES ({', '.join(':' + n for n in names)})",
        **values,
    )


def _photos(db: Database) -> list[Mapping[str, object]]:
    return rows(db, f"SELECT {PHOTO_COLUMNS} FROM observation_photos ORDER BY id")


def test_a_long_caption_is_shortened_and_kept_whole_in_the_observation(
    sqlite_db: Database,
) -> None:
    """Before the service refused them, SQLite kept captions over 300 characters."""
    with sqlite_db.session() as s:
        demo.load(s)
    (observation,) = rows(sqlite_db, "SELECT id, description FROM observations ORDER BY id LIMIT 1")
    migrate(sqlite_db, BEFORE)
    sql(sqlite_db, "DELETE FROM observation_photos")
    photos = [
        _photo_values(observation["id"], 1, LONG),  # type: ignore[arg-type]
        _photo_values(observation["id"], 2, "Lampan vid trappan"),  # type: ignore[arg-type]
        _photo_values(observation["id"], 3, None),  # type: ignore[arg-type]
    ]
    for photo in photos:
        _insert_photo(sqlite_db, photo)
    migrate(sqlite_db, "heads")

    shortened = LONG[:299] + "…"
    assert len(shortened) == 300
    assert _photos(sqlite_db) == [{**photos[0], "caption": shortened}, photos[1], photos[2]]
    (after,) = rows(
        sqlite_db, "SELECT description FROM observations WHERE id = :id", id=observation["id"]
    )
    assert (
        after["description"]
        == f"{observation['description']}\n\nBildtext till IMG_0001.JPG: {LONG}"
    )
    with pytest.raises(sa_exc.IntegrityError):
        _insert_photo(sqlite_db, _photo_values(observation["id"], 4, "x" * 301))  # type: ignore[arg-type]

    migrate(sqlite_db, BEFORE)  # the table copied back without the CHECK, the photos kept
    assert _photos(sqlite_db) == [{**photos[0], "caption": shortened}, photos[1], photos[2]]
    _insert_photo(sqlite_db, _photo_values(observation["id"], 4, "x" * 301))  # type: ignore[arg-type]
    sql(sqlite_db, "DELETE FROM observation_photos WHERE id = 4")
    migrate(sqlite_db, "heads")
    assert revision(sqlite_db) == head_revisions()
    assert len(_photos(sqlite_db)) == 3


def test_a_caption_over_300_characters_is_refused_by_the_database(demo_db: Database) -> None:
    (observation,) = rows(demo_db, "SELECT id FROM observations ORDER BY id LIMIT 1")
    exact = "å" * 300  # characters, not bytes
    _insert_photo(demo_db, _photo_values(observation["id"], 9001, exact))  # type: ignore[arg-type]
    # SQLite: the CHECK; PostgreSQL: VARCHAR(300) refuses before the CHECK is asked.
    with pytest.raises((sa_exc.IntegrityError, sa_exc.DataError)):
        _insert_photo(demo_db, _photo_values(observation["id"], 9002, exact + "å"))  # type: ignore[arg-type]
    with pytest.raises((sa_exc.IntegrityError, sa_exc.DataError)):
        sql(demo_db, "UPDATE observation_photos SET caption = :c WHERE id = 9001", c=LONG)
    (stored,) = rows(demo_db, "SELECT caption FROM observation_photos WHERE id = 9001")
    assert stored["caption"] == exact


def test_down_to_0016_lifts_the_exercise_rules_and_up_again_restores_them(db: Database) -> None:
    with db.session() as s:
        held, (objective,) = held_exercise(s, "Larmet når alla i krisledningen")
        exercise_objectives.evaluate_objective(s, objective, None)
    planned_lesson = "INSERT INTO exercise_lessons (exercise_id, text) VALUES (:e, 'Lärdom')"
    sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=held)
    with pytest.raises(sa_exc.IntegrityError):
        sql(db, planned_lesson, e=held)
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    sql(db, planned_lesson, e=held)  # 0016 had no such rule
    sql(db, "UPDATE exercise_objectives SET result = 'met' WHERE id = :o", o=objective)
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    with pytest.raises(sa_exc.IntegrityError):
        sql(db, planned_lesson, e=held)
    assert len(rows(db, "SELECT id FROM exercise_lessons")) == 1
