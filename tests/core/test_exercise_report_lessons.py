"""The evaluation report says which objective a lesson learned is about ("Mål 2", numbered as in
the objectives table above it), as the window's Objective column does; a lesson about none
stands alone."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_lessons
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.crisis_data import person
from tests.core.exercise_data import held_exercise
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_a_lesson_names_its_objective(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercise_id, (_first, second) = held_exercise(session, "Larmet når alla", "Loggen förs")
        someone = person(session, "Anna Berglund")
        for text, objective in (("Loggboken saknades", second), ("Rummet var för varmt", None)):
            exercise_lessons.add_lesson(
                session,
                exercise_id,
                LessonInput(text, responsible_person_id=someone, objective_id=objective),
            )
        text = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2021, 3, 1)), tmp_path
        )
    lines = text.splitlines()
    about = lines[next(i for i, line in enumerate(lines) if "Loggboken saknades" in line) + 1]
    assert about.strip().startswith("Mål 2")
    alone = lines[next(i for i, line in enumerate(lines) if "Rummet var för varmt" in line) + 1]
    assert "Mål" not in alone


def test_a_lesson_without_action_is_printed_as_such(db: Database, tmp_path: Path) -> None:
    """What went well raised no action: its line says so, with nobody responsible or due."""
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        exercise_lessons.add_lesson(
            session, exercise_id, LessonInput("Larmet gick fram", raise_action=False)
        )
        text = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2021, 3, 1)), tmp_path
        )
    line = next(line for line in text.splitlines() if "Larmet gick fram" in line)
    assert line.split("Larmet gick fram")[1].split() == ["(ingen", "åtgärd)"]
