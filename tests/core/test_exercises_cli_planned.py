"""``samverkan exercises list`` counts the objectives of an exercise not yet held as the window
does ("2 mål"): it said "0/2 (2 ej utvärderade)", as if an evaluation were overdue, for an
exercise whose objectives cannot be evaluated before it is held, and then "2 mål" under the
heading "Uppfyllda mål", as if two were met. The column is "Mål", as the window's."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercise_objectives, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.exercise_data import held_exercise
from tests.core.test_cli import run_cli


def test_a_planned_exercise_lists_its_objectives_without_an_evaluation(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    day = clock.today() + dt.timedelta(days=21)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session, ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day)
        )
        for text in ("Larmet når alla", "Kontaktlistan stämmer"):
            exercise_objectives.add_objective(session, exercise_id, text)
        session.commit()

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list")
    assert code == 0
    header, *lines = out.splitlines()
    assert "Mål" in header.split() and "Uppfyllda" not in header
    line = next(line for line in lines if "Larmprov" in line)
    assert "2 mål" in line
    assert "ej utvärderade" not in line


def test_a_held_exercise_not_yet_evaluated_says_so(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as session:
        held_exercise(session, "Larmet når alla", "Kontaktlistan stämmer")
        session.commit()

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if "Larmprov" in line)
    assert "2 mål (2 ej utvärderade)" in line
