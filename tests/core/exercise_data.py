"""An exercise held, with its objectives: the start of the evaluation, report and CLI tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_objectives, exercises
from samverkan_desktop.services.exercises import ExerciseInput

HELD_ON = dt.date(2021, 2, 17)


def held_exercise(
    session: Session, *objectives: str, on: dt.date = HELD_ON
) -> tuple[int, list[int]]:
    """ "Larmprov", a functional exercise marked conducted ``on`` that day (recorded that day:
    the clock does not matter), with these objectives: its id and theirs, in order."""
    exercise_id = exercises.create_exercise(
        session,
        ExerciseInput(
            "Larmprov",
            ExerciseType.FUNCTIONAL,
            on.year,
            date=on,
            status=ExerciseStatus.CONDUCTED,
        ),
        today=on,
    )
    ids = [exercise_objectives.add_objective(session, exercise_id, text) for text in objectives]
    return exercise_id, ids
