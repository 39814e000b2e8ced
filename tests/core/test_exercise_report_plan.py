"""The evaluation report names the crisis plan the exercise exercised among its facts (the
district director's "när övades krisledningsplanen senast?" answered on paper); an exercise
of no plan has no such line."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercises, plans
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
DAY = dt.date(2024, 3, 5)
PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"


def _report(db: Database, tmp_path: Path, plan_id: int | None) -> str:
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput(
                f"Stabsövning {plan_id}",
                ExerciseType.SIMULATION,
                DAY.year,
                date=DAY,
                status=ExerciseStatus.CONDUCTED,
                plan_id=plan_id,
            ),
            today=DAY,
        )
        return text_of(exercise_evaluation.build(session, exercise_id, DAY), tmp_path)


def test_the_report_names_the_plan_exercised(db: Database, tmp_path: Path) -> None:
    plan_id = db.call(plans.create_plan, plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, PLAN))
    facts = " ".join(_report(db, tmp_path, plan_id).split())
    assert f"Övad plan {PLAN}" in facts
    assert "Övad plan" not in _report(db, tmp_path, None)
