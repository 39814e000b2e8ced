"""Two desks edit the same lesson learned (its text and the objective it is about): the second
save, made from what its form showed before the first, is refused (StaleRecordError) and changes
nothing; made from the lesson as it is now it passes. Scripts (no ``shown``) are not checked.
Both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, StaleRecordError
from samverkan_desktop.services import exercise_lessons
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.exercise_data import held_exercise

DAY = dt.date(2026, 11, 20)


def _lesson(db: Database) -> tuple[int, int]:
    with db.session() as s:
        exercise, (objective,) = held_exercise(s, "Alla nås inom 15 minuter", on=DAY)
        lesson = exercise_lessons.add_lesson(
            s, exercise, LessonInput("Kontaktlistan var inaktuell", raise_action=False), DAY
        )
    return objective, lesson


def _fields(db: Database, lesson: int) -> tuple[str, int | None]:
    row = db.call(exercise_lessons.lesson_row, lesson)
    return row.text, row.objective_id


def test_a_lesson_saved_over_another_desks_is_refused(db: Database) -> None:
    objective, lesson = _lesson(db)
    shown = _fields(db, lesson)
    assert shown == ("Kontaktlistan var inaktuell", None)
    db.call(exercise_lessons.update_lesson, lesson, shown[0], objective, shown=shown)
    with pytest.raises(StaleRecordError):  # only the objective changed elsewhere
        db.call(exercise_lessons.update_lesson, lesson, "Min text", None, shown=shown)
    assert _fields(db, lesson) == ("Kontaktlistan var inaktuell", objective)
    db.call(
        exercise_lessons.update_lesson, lesson, "Min text", objective, shown=_fields(db, lesson)
    )
    assert _fields(db, lesson) == ("Min text", objective)
    with pytest.raises(StaleRecordError):  # the text changed elsewhere
        db.call(exercise_lessons.update_lesson, lesson, "Annan", objective, shown=shown)
    db.call(exercise_lessons.update_lesson, lesson, "Skriptets text")  # no check
    assert _fields(db, lesson) == ("Skriptets text", None)


def test_a_lesson_removed_meanwhile_is_named(db: Database) -> None:
    _objective, lesson = _lesson(db)
    shown = _fields(db, lesson)
    db.call(exercise_lessons.delete_lesson, lesson)
    with pytest.raises(NotFoundError, match="Lärdomen finns inte längre"):
        db.call(exercise_lessons.update_lesson, lesson, "Min text", shown=shown)
