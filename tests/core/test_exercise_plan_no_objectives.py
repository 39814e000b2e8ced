"""The yearly exercise plan marks an exercise without objectives with a dash, as its unknown date
and leader beside it and the exercises list in the window: the blank read as left out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.reports import exercise_plan
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_an_exercise_without_objectives_has_a_dash(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercises.create_exercise(
            session, ExerciseInput("Utrymningsövning", ExerciseType.FIELD, 2027, month=5)
        )
        text = text_of(exercise_plan.build(session, 2027), tmp_path)
    line = next(line for line in text.splitlines() if "Utrymningsövning" in line)
    # Date, leader, status, objectives.
    assert line.split()[-4:] == ["–", "–", "Planerad", "–"]
