"""Direct SQL, as another tool would write it, and exercises in every status: the start of the
tests of the rules the database holds (migration 0017)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_objectives, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.exercise_data import held_exercise

TODAY = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Exercises:
    held: int
    held_objective: int
    other: int
    other_objective: int
    planned: int
    planned_objective: int
    cancelled: int


def exercises_of_every_status(db: Database) -> Exercises:
    """Two held exercises ("Larmprov", conducted) and a planned one, each with an objective, and
    a cancelled one."""
    with db.session() as s:
        held, (held_objective,) = held_exercise(s, "Larmet når alla i krisledningen")
        other, (other_objective,) = held_exercise(s, "Lokalen är klar inom en timme")
        planned = exercises.create_exercise(
            s, ExerciseInput("Stabsövning", ExerciseType.SIMULATION, 2027), today=TODAY
        )
        planned_objective = exercise_objectives.add_objective(s, planned, "Lägesbild inom 2 h")
        cancelled = exercises.create_exercise(
            s,
            ExerciseInput(
                "Seminarium", ExerciseType.SEMINAR, 2026, status=ExerciseStatus.CANCELLED
            ),
            today=TODAY,
        )
    return Exercises(
        held, held_objective, other, other_objective, planned, planned_objective, cancelled
    )


def sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def refused(db: Database, statement: str, **params: object) -> None:
    with pytest.raises(sa_exc.IntegrityError):
        sql(db, statement, **params)


def rows(db: Database, statement: str, **params: object) -> list[Mapping[str, object]]:
    with db.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(text(statement), params)]
