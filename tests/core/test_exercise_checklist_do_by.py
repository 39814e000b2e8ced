"""The participants' checklist of an exercise planned for a month, without a day yet: each
planning point says how long before the exercise it is due. The points due on the day were left
blank, as if they had no time, and one week read "1 veckor före"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.reports import exercise_checklist
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercise_checklist import add_checklist_item
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_an_undated_exercise_s_points_say_how_long_before_they_are_due(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session, ExerciseInput("Seminarium om IT-attack", ExerciseType.SEMINAR, 2027, month=3)
        )
        for title, weeks in [("Kalla deltagarna", 6), ("Skicka underlaget", 1), ("Öva", 0)]:
            add_checklist_item(session, exercise_id, title, weeks_before=weeks)
        text = text_of(exercise_checklist.build(session, exercise_id), tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Kalla deltagarna 6 veckor före" in lines
    assert "Skicka underlaget 1 vecka före" in lines
    assert "Öva På övningsdagen" in lines
