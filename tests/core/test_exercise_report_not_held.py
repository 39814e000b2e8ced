"""The evaluation report printed before the exercise (a form for the observers) says why nothing
is evaluated yet: it said "Mål: 0 av 2 uppfyllda, 0 delvis uppfyllda, 0 ej uppfyllda (2 ej
utvärderade).", as if the exercise had failed its objectives."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_objectives, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_the_report_of_a_planned_exercise_says_it_is_not_yet_held(
    db: Database, tmp_path: Path
) -> None:
    day = dt.date(2026, 12, 22)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
            today=dt.date(2026, 12, 1),
        )
        for text in ("Larmet når alla", "Kontaktlistan stämmer"):
            exercise_objectives.add_objective(session, exercise_id, text)
        text = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2026, 12, 1)), tmp_path
        )
    flat = " ".join(text.split())
    assert (
        "”Larmprov” är ännu inte markerad som genomförd: målen utvärderas efter övningen, "
        "när den har markerats som genomförd." in flat
    )
    assert "0 av 2 uppfyllda" not in flat


def test_a_planned_exercise_without_objectives_is_not_reported_as_held(
    db: Database, tmp_path: Path
) -> None:
    """Planned for a month with nothing filled in, the "Utvärderingsrapport" said only "Inga mål
    sattes för övningen.", as of an exercise held without objectives."""
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session, ExerciseInput("Seminarium om IT-attack", ExerciseType.SEMINAR, 2027, month=3)
        )
        text = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2026, 12, 1)), tmp_path
        )
    flat = " ".join(text.split())
    assert "”Seminarium om IT-attack” är ännu inte markerad som genomförd" in flat
    assert "Inga mål är satta ännu." in flat and "sattes" not in flat
