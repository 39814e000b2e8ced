"""The default planning checklist speaks the window's words: its point on the evaluation report
said "Bedöm varje mål (uppfyllt, delvis, ej uppfyllt)" where the Evaluation tab says "utvärdera"
and offers "Delvis uppfyllt"."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseType, ObjectiveResult
from samverkan_desktop.services import exercise_reading, exercise_templates, exercises
from samverkan_desktop.services.exercises import ExerciseInput


def test_a_new_exercise_is_told_to_evaluate_each_objective(db: Database) -> None:
    with db.session() as session:
        template = exercise_templates.list_templates(session)[0].id
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2027, date=dt.date(2027, 3, 9)),
            template,
        )
        checklist = exercise_reading.get_exercise(session, exercise_id).checklist
    report = next(item for item in checklist if "utvärderingsrapport" in item.title)
    guidance = report.guidance or ""
    assert guidance.startswith("Utvärdera varje mål")
    assert "bedöm" not in guidance.casefold()
    for result in ObjectiveResult:  # the results as the Evaluation tab names them
        assert _(result.label).casefold() in guidance.casefold()
