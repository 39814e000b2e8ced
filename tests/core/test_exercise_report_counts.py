"""The evaluation report's line on the objectives names the counts there are: it said "Mål: 2 av
4 uppfyllda, 1 delvis uppfyllt, 1 ej uppfyllt (0 ej utvärderade)." for the demo's evaluated
exercise, a count of nothing in brackets; an objective still to evaluate is still named."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_objectives
from tests.core.exercise_data import held_exercise
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

DAY = dt.date(2026, 11, 10)


def _summary_line(db: Database, tmp_path: Path, results: list[ObjectiveResult | None]) -> str:
    with db.session() as session:
        texts = [f"Mål nummer {n}" for n in range(1, len(results) + 1)]
        exercise_id, objectives = held_exercise(session, *texts, on=DAY)
        for objective, result in zip(objectives, results, strict=True):
            if result is not None:
                exercise_objectives.evaluate_objective(session, objective, result, None)
        text = text_of(exercise_evaluation.build(session, exercise_id, DAY), tmp_path)
    return next(line.strip() for line in text.splitlines() if line.strip().startswith("Mål:"))


def test_an_evaluated_exercise_names_no_count_of_nothing(db: Database, tmp_path: Path) -> None:
    met, partly, not_met = ObjectiveResult.MET, ObjectiveResult.PARTLY, ObjectiveResult.NOT_MET
    line = _summary_line(db, tmp_path, [met, met, partly, not_met])
    assert line == "Mål: 2 av 4 uppfyllda, 1 delvis uppfyllt, 1 ej uppfyllt."


def test_all_met_is_said_alone(db: Database, tmp_path: Path) -> None:
    line = _summary_line(db, tmp_path, [ObjectiveResult.MET] * 3)
    assert line == "Mål: 3 av 3 uppfyllda."


def test_objectives_still_to_evaluate_are_named(db: Database, tmp_path: Path) -> None:
    line = _summary_line(db, tmp_path, [ObjectiveResult.MET, ObjectiveResult.NOT_MET, None])
    assert line == "Mål: 1 av 3 uppfyllt, 1 ej uppfyllt (1 ej utvärderat)."
