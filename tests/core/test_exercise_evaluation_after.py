"""Objectives are evaluated after the exercise: while it is only planned, or was cancelled, a
result or a comment is refused with a Swedish line saying why (the Evaluation tab shows the same
line beside its greyed controls). Clearing a result stays possible."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput

TODAY = dt.date(2026, 12, 1)


def _planned(session, day: dt.date) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    exercise_id = exercises.create_exercise(
        session, ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day), today=TODAY
    )
    return exercise_id, exercise_objectives.add_objective(
        session, exercise_id, "Alla nås inom 15 minuter"
    )


def test_a_planned_exercise_is_evaluated_only_once_conducted(db: Database) -> None:
    with db.session() as session:
        exercise_id, objective = _planned(session, TODAY - dt.timedelta(days=2))
        refusal = (
            # "genomförd" once (it ended "…, när den har markerats som genomförd.")
            "Övningen är ännu inte markerad som genomförd: målen utvärderas efter övningen, "
            "när den är det."
        )
        with pytest.raises(ValidationError) as raised:
            exercise_objectives.evaluate_objective(
                session, objective, ObjectiveResult.MET, "Alla svarade"
            )
        assert raised.value.message == refusal
        with pytest.raises(ValidationError, match="inte markerad som genomförd"):
            exercise_objectives.evaluate_objective(
                session, objective, None, "Redan nu: bra kontaktlista"
            )
        exercise_objectives.evaluate_objective(
            session, objective, None, "  "
        )  # nothing recorded: fine
        stored = exercise_reading.get_exercise(session, exercise_id).objectives[0]
        assert (stored.result, stored.comment) == (None, None)

        exercises.set_status(session, exercise_id, ExerciseStatus.CONDUCTED, TODAY)
        exercise_objectives.evaluate_objective(
            session, objective, ObjectiveResult.MET, "Alla svarade"
        )
        stored = exercise_reading.get_exercise(session, exercise_id).objectives[0]
        assert (stored.result, stored.comment) == (ObjectiveResult.MET, "Alla svarade")

        # Taken back to planned (marked held by mistake): the result stays and can be cleared.
        exercises.set_status(session, exercise_id, ExerciseStatus.PLANNED, TODAY)
        exercise_objectives.evaluate_objective(session, objective, None)
        assert exercise_reading.get_exercise(session, exercise_id).objectives[0].result is None


def test_a_cancelled_exercise_has_nothing_to_evaluate(db: Database) -> None:
    with db.session() as session:
        exercise_id, objective = _planned(session, TODAY + dt.timedelta(days=20))
        exercises.set_status(session, exercise_id, ExerciseStatus.CANCELLED, TODAY)
        with pytest.raises(ValidationError) as raised:
            exercise_objectives.evaluate_objective(session, objective, ObjectiveResult.NOT_MET)
        assert raised.value.message == (
            "Övningen är inställd: det finns ingen genomförd övning att utvärdera."
        )
        assert exercise_reading.get_exercise(session, exercise_id).objectives[0].result is None
