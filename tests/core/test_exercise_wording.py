"""One word for an objective not yet assessed: the evaluation report said "Ej bedömt" where the
window says "ej utvärderat" and the exercise is "Utvärderad"; a coordinator read two states."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_objectives
from tests.core.exercise_data import held_exercise
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_the_report_and_the_window_name_an_unassessed_objective_alike(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        exercise_id, (first, _second) = held_exercise(
            session, "Larmet når alla", "Stabsläget intas inom en timme"
        )
        exercise_objectives.evaluate_objective(session, first, ObjectiveResult.MET)
        text = text_of(
            exercise_evaluation.build(session, exercise_id, dt.date(2021, 3, 1)), tmp_path
        )
    assert "(1 ej utvärderat)" in text
    row = next(line for line in text.splitlines() if "Stabsläget" in line)
    assert "Ej utvärderat" in row
    assert "bedöm" not in text.casefold()
    # The window's column and radio button (ui/crisis/exercise_evaluation.py) say the same.
    assert _("not evaluated") == "ej utvärderat"
    assert _("&0 Not evaluated") == "&0 Ej utvärderat"
