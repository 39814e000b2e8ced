"""Two desks edit the same exercise objective's text or its evaluation: the second save, made
from what its form showed before the first, is refused (StaleRecordError) and changes nothing;
made from the objective as it is now it passes. Scripts (no ``shown``) are not checked. Both
databases."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, StaleRecordError
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.services import exercise_objectives, exercise_reading
from tests.core.exercise_data import held_exercise

DAY = dt.date(2026, 11, 20)


def _objective(db: Database) -> tuple[int, int]:
    with db.session() as s:
        exercise, (_first, objective) = held_exercise(
            s, "Staben samlas inom en timme", "Alla nås inom 15 minuter", on=DAY
        )
    return exercise, objective


def test_an_objective_text_saved_over_another_desks_is_refused(db: Database) -> None:
    exercise, objective = _objective(db)
    shown = db.call(exercise_objectives.objective_row, objective)
    assert shown in db.call(exercise_reading.get_exercise, exercise).objectives  # as listed
    db.call(
        exercise_objectives.update_objective,
        objective,
        "Alla nås inom 10 minuter",
        shown=shown.text,
    )
    with pytest.raises(StaleRecordError):
        db.call(exercise_objectives.update_objective, objective, "Min text", shown=shown.text)
    stored = db.call(exercise_objectives.objective_row, objective)
    assert stored.text == "Alla nås inom 10 minuter"
    db.call(exercise_objectives.update_objective, objective, "Min text", shown=stored.text)
    assert db.call(exercise_objectives.objective_row, objective).text == "Min text"
    db.call(exercise_objectives.update_objective, objective, "Skriptets text")  # no check
    assert db.call(exercise_objectives.objective_row, objective).text == "Skriptets text"


def test_an_evaluation_saved_over_another_desks_is_refused(db: Database) -> None:
    _exercise, objective = _objective(db)
    shown = db.call(exercise_objectives.objective_row, objective)
    before = (shown.result, shown.comment)
    db.call(
        exercise_objectives.evaluate_objective,
        objective,
        ObjectiveResult.PARTLY,
        "Två saknades",
        shown=before,
    )
    with pytest.raises(StaleRecordError):
        db.call(
            exercise_objectives.evaluate_objective,
            objective,
            ObjectiveResult.MET,
            "Alla",
            shown=before,
        )
    stored = db.call(exercise_objectives.objective_row, objective)
    assert (stored.result, stored.comment) == (ObjectiveResult.PARTLY, "Två saknades")
    # Only the comment changed elsewhere also counts.
    db.call(exercise_objectives.evaluate_objective, objective, ObjectiveResult.PARTLY, "Tre")
    with pytest.raises(StaleRecordError):
        db.call(
            exercise_objectives.evaluate_objective,
            objective,
            ObjectiveResult.MET,
            "Alla",
            shown=(stored.result, stored.comment),
        )
    db.call(
        exercise_objectives.evaluate_objective,
        objective,
        ObjectiveResult.MET,
        "Alla",
        shown=(ObjectiveResult.PARTLY, "Tre"),
    )
    stored = db.call(exercise_objectives.objective_row, objective)
    assert (stored.result, stored.comment) == (ObjectiveResult.MET, "Alla")


def test_the_text_does_not_refuse_the_evaluation_nor_the_reverse(db: Database) -> None:
    _exercise, objective = _objective(db)
    shown = db.call(exercise_objectives.objective_row, objective)
    db.call(
        exercise_objectives.evaluate_objective,
        objective,
        ObjectiveResult.MET,
        None,
        shown=(shown.result, shown.comment),
    )
    db.call(exercise_objectives.update_objective, objective, "Ny text", shown=shown.text)
    stored = db.call(exercise_objectives.objective_row, objective)
    assert (stored.text, stored.result) == ("Ny text", ObjectiveResult.MET)


def test_an_objective_removed_meanwhile_is_named(db: Database) -> None:
    _exercise, objective = _objective(db)
    shown = db.call(exercise_objectives.objective_row, objective)
    db.call(exercise_objectives.delete_objective, objective)
    with pytest.raises(NotFoundError, match="Målet finns inte längre"):
        db.call(exercise_objectives.update_objective, objective, "Min text", shown=shown.text)
