"""The evaluation report opens with the overall assessment ("Samlad bedömning"), its paragraphs
as written, right after the facts and the objectives' summary (before the scenario); an
exercise without one prints no such heading."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.core.exercise_data import held_exercise
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

PRINTED = dt.date(2021, 3, 1)


def test_the_report_opens_with_the_overall_assessment(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercise_id, _objectives = held_exercise(session, "Larmet når alla")
        without = text_of(exercise_evaluation.build(session, exercise_id, PRINTED), tmp_path)
        save_assessment(
            session,
            exercise_id,
            "Larmningen fungerade väl.\n\nKontaktlistan behöver ses över.",
        )
        text = text_of(exercise_evaluation.build(session, exercise_id, PRINTED), tmp_path)
    assert "Samlad bedömning" not in without
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    heading = lines.index("Samlad bedömning")
    assert lines[heading - 1].startswith("Mål: 0 av 1")  # the summary facts before it
    assert lines[heading + 1 : heading + 3] == [
        "Larmningen fungerade väl.",
        "Kontaktlistan behöver ses över.",
    ]
    assert heading < lines.index("Mål och utvärdering")


def test_the_demo_exercise_of_february_2021_has_its_assessment(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        (row,) = [
            r for r in exercise_reading.list_exercises(session) if r.date == dt.date(2021, 2, 17)
        ]
        assessment = exercise_reading.get_exercise(session, row.id).assessment
        text = text_of(exercise_evaluation.build(session, row.id, PRINTED), tmp_path)
    assert assessment is not None and "75 minuter" in assessment
    assert text.index("Samlad bedömning") < text.index("Scenario")
    assert "Två av fyra mål uppfylldes helt." in text


def test_user_text_of_several_paragraphs_prints_as_paragraphs() -> None:
    from samverkan_desktop.reports.style import paragraphs

    printed = paragraphs("Larmningen tog 75 minuter.\n \nKrisstödet brast.\nSe lärdom 4.\n\n")
    assert [p.text for p in printed] == [
        "Larmningen tog 75 minuter.",
        "Krisstödet brast.<br/>Se lärdom 4.",  # a single line break stays one
    ]
    assert paragraphs(None) == [] and paragraphs("  ") == []
