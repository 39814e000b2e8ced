"""An exercise's printouts have the exercise's name as their title and what the paper is on the
line under it, as the walk report does: the title read "Utvärderingsrapport: Övning för
krisledningen: strömavbrott i kyla", two colons in one run."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.reports import exercise_checklist, exercise_evaluation
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_the_exercise_name_is_the_title_and_the_paper_is_named_under_it(
    db: Database, tmp_path: Path
) -> None:
    day = dt.date(2021, 2, 17)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput(
                "Övning för krisledningen: strömavbrott i kyla",
                ExerciseType.SIMULATION,
                day.year,
                date=day,
                status=ExerciseStatus.CONDUCTED,  # the report is of an exercise held
            ),
            today=day,
        )
        report = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2021, 3, 1)), tmp_path
        )
        checklist = text_of(exercise_checklist.build(session, exercise_id), tmp_path)
    assert [line.strip() for line in report.strip().splitlines()[:2]] == [
        "Övning för krisledningen: strömavbrott i kyla",
        "Utvärderingsrapport · onsdag 17 februari 2021 (v. 7) · utskriven 1 mars 2021",
    ]
    assert [line.strip() for line in checklist.strip().splitlines()[:2]] == [
        "Övning för krisledningen: strömavbrott i kyla",
        "Checklista för övningen",
    ]
    assert "Utvärderingsrapport:" not in report and "Checklista för övningen:" not in checklist
