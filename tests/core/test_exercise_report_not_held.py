"""The evaluation report is of an exercise held: printed for a planned exercise it read as one
held with nothing met ("0 av 2 uppfyllda") or attended, and for a cancelled one as if held.
It is refused with the reason, one rule in the core (exercise_objectives.no_report_reason) for
the command line and the exercise's greyed print entry; the papers that come before the
exercise (the participants' checklist, the year's exercise plan) are printed as before."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.reports import exercise_checklist, exercise_evaluation
from samverkan_desktop.services import exercise_objectives, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_cli import run_cli

DAY, BEFORE = dt.date(2026, 12, 22), dt.date(2026, 12, 1)
PLANNED = (
    "”Larmprov” är ännu inte markerad som genomförd: utvärderingsrapporten skrivs ut efter "
    "övningen."
)
CANCELLED = "”Larmprov” är inställd: den har ingen utvärderingsrapport."


def _exercise(db: Database) -> int:
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, DAY.year, date=DAY),
            today=BEFORE,
        )
        for text in ("Larmet når alla", "Kontaktlistan stämmer"):
            exercise_objectives.add_objective(session, exercise_id, text)
    return exercise_id


def test_the_report_of_an_exercise_not_held_is_refused_with_the_reason(db: Database) -> None:
    exercise_id = _exercise(db)
    with pytest.raises(ConflictError) as refused:
        db.call(exercise_evaluation.build, exercise_id, BEFORE)
    assert str(refused.value) == PLANNED
    # What the participants carry is printed before the exercise.
    assert db.call(exercise_checklist.build, exercise_id).startswith(b"%PDF")
    db.call(exercises.set_status, exercise_id, ExerciseStatus.CANCELLED, BEFORE)
    with pytest.raises(ConflictError) as refused:
        db.call(exercise_evaluation.build, exercise_id, BEFORE)
    assert str(refused.value) == CANCELLED
    db.call(exercises.set_status, exercise_id, ExerciseStatus.CONDUCTED, DAY)
    assert db.call(exercise_evaluation.build, exercise_id, DAY).startswith(b"%PDF")


def test_print_exercise_of_a_planned_one_is_one_line_and_exit_1(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    listed = json.loads(run_cli(capsys, "--db", sqlite_url, "exercises", "list", "--json")[1])
    planned = next(e for e in listed if e["status"] == "planned")
    out = tmp_path / "utvardering.pdf"
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "exercise", str(planned["id"]), "--out", str(out)
    )
    assert code == 1
    assert err == (
        f"Fel: ”{planned['title']}” är ännu inte markerad som genomförd: utvärderingsrapporten "
        "skrivs ut efter övningen.\n"
    )
    assert not out.exists()
    for document in ("exercisechecklist", "exerciseplan"):
        args = [str(planned["id"])] if document == "exercisechecklist" else []
        code, _out, _err = run_cli(
            capsys, "--db", sqlite_url, "print", document, *args, "--out", str(out)
        )
        assert code == 0 and out.exists()
        out.unlink()


def test_the_checklist_of_a_cancelled_exercise_is_refused_on_the_command_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cancelled exercise will not happen: its participants' checklist printed as if it
    would ("Att göra före övningen" with dates to come). Refused as its evaluation report is,
    one line and exit 1; a held one's is printed as before."""
    run_cli(capsys, "--db", sqlite_url, "demo")
    listed = json.loads(run_cli(capsys, "--db", sqlite_url, "exercises", "list", "--json")[1])
    planned = next(e for e in listed if e["status"] == "planned")
    held = next(e for e in listed if e["status"] in ("conducted", "evaluated"))
    db = open_database(sqlite_url)
    try:  # the command line has no "cancel": the window's "Ställ in övningen"
        db.call(exercises.set_status, planned["id"], ExerciseStatus.CANCELLED)
    finally:
        db.dispose()
    out = tmp_path / "checklista.pdf"
    code, _out, err = run_cli(
        capsys,
        "--db",
        sqlite_url,
        "print",
        "exercisechecklist",
        str(planned["id"]),
        "--out",
        str(out),
    )
    assert code == 1
    assert (
        err == f"Fel: ”{planned['title']}” är inställd: den har ingen checklista för deltagarna.\n"
    )
    assert not out.exists()
    code, _out, _err = run_cli(
        capsys, "--db", sqlite_url, "print", "exercisechecklist", str(held["id"]), "--out", str(out)
    )
    assert code == 0 and out.exists()
