"""``samverkan exercises list`` says how many objectives are still to be assessed: the JSON has
``objectives_unassessed`` next to the other counts, and the text says "0 av 3 uppfyllda (2 ej
utvärderade)", the window's words, where a bare "0/3" read as three objectives not met."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.services import exercise_objectives
from tests.core.exercise_data import held_exercise
from tests.core.test_cli import run_cli


def _exercise_with_one_of_three_assessed(db: Database) -> None:
    with db.session() as session:
        _exercise, ids = held_exercise(
            session, "Larmet når alla", "Stabsläget intas inom en timme", "Loggen förs"
        )
        exercise_objectives.evaluate_objective(session, ids[0], ObjectiveResult.NOT_MET)
        session.commit()


def test_the_list_counts_objectives_not_yet_assessed(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _exercise_with_one_of_three_assessed(db)

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list", "--json")
    assert code == 0
    (listed,) = json.loads(out)
    assert listed["objectives"] == 3 and listed["objectives_not_met"] == 1
    assert listed["objectives_unassessed"] == 2
    assert listed["objectives_met"] == 0  # the keys before it stay as they were

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list")
    assert code == 0
    assert "0 av 3 uppfyllda (2 ej utvärderade)" in out
