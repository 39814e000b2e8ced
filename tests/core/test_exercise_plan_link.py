"""An exercise names the crisis plan it exercises (migration 0031): the plans register gives
each plan its latest held exercise, "never" for a plan of an exercised kind without one, and a
deleted plan leaves its exercises unlinked with the unlinking in their history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.models import AuditAction, ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.services import (
    audit,
    exercise_objectives,
    exercise_reading,
    exercises,
    plan_rows,
    plans,
)
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.plan_rows import LastExercise
from samverkan_desktop.services.plans import PlanInput
from tests.core.database_rules import rows, sql
from tests.core.migration_steps import migrate, revision
from tests.core.test_cli import run_cli

BEFORE = "0030_agenda_item_minutes"


def _exercise(
    db: Database,
    title: str,
    day: dt.date,
    plan_id: int | None,
    status: ExerciseStatus = ExerciseStatus.CONDUCTED,
) -> int:
    return db.call(
        exercises.create_exercise,
        ExerciseInput(
            title, ExerciseType.SEMINAR, day.year, date=day, status=status, plan_id=plan_id
        ),
        today=dt.date(2026, 12, 3),
    )


def _plan(db: Database, kind: PlanKind, name: str) -> int:
    return db.call(plans.create_plan, PlanInput(kind, name))


def _by_name(db: Database) -> dict[str, plan_rows.PlanRow]:
    return {row.name: row for row in db.call(plans.list_plans, dt.date(2026, 12, 3))}


def test_each_plan_shows_its_latest_held_exercise_or_never(db: Database) -> None:
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    continuity = _plan(db, PlanKind.CONTINUITY_PLAN, "Kontinuitetsplan IT")
    _plan(db, PlanKind.RISK_ANALYSIS, "RSA 2026")
    _exercise(db, "Stabsövning 2021", dt.date(2021, 2, 17), crisis)
    latest = _exercise(db, "Stabsövning 2024", dt.date(2024, 3, 5), crisis)
    # Neither a planned nor a cancelled exercise has exercised the plan.
    _exercise(db, "Stabsövning 2027", dt.date(2027, 3, 2), crisis, ExerciseStatus.PLANNED)
    _exercise(db, "Inställd", dt.date(2025, 3, 2), continuity, ExerciseStatus.CANCELLED)
    _exercise(db, "Utan plan", dt.date(2025, 5, 1), None)

    found = _by_name(db)
    assert found["Krisledningsplan"].last_exercise == LastExercise(
        latest, dt.date(2024, 3, 5), "Stabsövning 2024"
    )
    assert found["Kontinuitetsplan IT"].last_exercise is None
    assert found["Kontinuitetsplan IT"].never_exercised  # a continuity plan is exercised
    assert not found["RSA 2026"].never_exercised  # an analysis is not: no "never" for it
    assert (
        db.call(plans.get_plan, crisis).plan.last_exercise
        == found["Krisledningsplan"].last_exercise
    )


def test_an_exercise_names_its_plan_and_a_gone_plan_is_refused(db: Database) -> None:
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    exercise_id = _exercise(db, "Stabsövning", dt.date(2024, 3, 5), crisis)
    detail = db.call(exercise_reading.get_exercise, exercise_id)
    assert (detail.plan_id, detail.exercise.plan) == (crisis, "Krisledningsplan")
    assert [r.plan for r in db.call(exercise_reading.list_exercises)] == ["Krisledningsplan"]

    with pytest.raises(NotFoundError, match="Den valda planen finns inte längre"):
        _exercise(db, "Stabsövning 2", dt.date(2024, 3, 6), crisis + 100)


def test_deleting_a_plan_unlinks_its_exercises_in_their_history(db: Database) -> None:
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    exercise_id = _exercise(db, "Stabsövning", dt.date(2024, 3, 5), crisis)
    db.call(plans.delete_plan, crisis)

    assert db.call(exercise_reading.get_exercise, exercise_id).plan_id is None
    with db.session() as s:
        latest = audit.history(s, "exercises", exercise_id)[0]
    assert latest.action is AuditAction.UPDATE
    assert {c.label: c.new for c in latest.changes} == {"Övad plan": ""}


def test_the_database_unlinks_an_exercise_from_a_deleted_plan(db: Database) -> None:
    # Another tool deleting the plan: ON DELETE SET NULL keeps the exercise.
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    exercise_id = _exercise(db, "Stabsövning", dt.date(2024, 3, 5), crisis)
    sql(db, "DELETE FROM plans WHERE id = :p", p=crisis)
    assert rows(db, "SELECT id, plan_id FROM exercises") == [{"id": exercise_id, "plan_id": None}]


def test_down_to_0030_drops_the_link_and_up_again_keeps_the_exercises(db: Database) -> None:
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    exercise_id = _exercise(db, "Stabsövning", dt.date(2024, 3, 5), crisis)
    db.call(exercise_objectives.add_objective, exercise_id, "Mål")
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert "plan_id" not in rows(db, "SELECT * FROM exercises")[0]
    # The exercise and what is recorded in it stay (no table copy cascading into them).
    assert [r["text"] for r in rows(db, "SELECT text FROM exercise_objectives")] == ["Mål"]

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert db.call(exercise_reading.get_exercise, exercise_id).plan_id is None
    _exercise(db, "Stabsövning 2", dt.date(2024, 3, 6), crisis)
    last = _by_name(db)["Krisledningsplan"].last_exercise
    assert last is not None and last.title == "Stabsövning 2"
    sql(db, "DELETE FROM plans WHERE id = :p", p=crisis)
    assert {r["plan_id"] for r in rows(db, "SELECT plan_id FROM exercises")} == {None}


def test_the_demos_crisis_management_exercise_exercised_the_krisledningsplan(
    demo_db: Database,
) -> None:
    crisis = next(
        row for row in demo_db.call(plans.list_plans) if row.kind is PlanKind.CRISIS_MANAGEMENT_PLAN
    )
    assert crisis.last_exercise is not None
    assert crisis.last_exercise.title.startswith("Övning för krisledningen")


def test_the_command_line_lists_when_a_plan_was_last_exercised(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    crisis = _plan(db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    _plan(db, PlanKind.CONTINUITY_PLAN, "Kontinuitetsplan IT")
    _plan(db, PlanKind.RISK_ANALYSIS, "RSA 2026")
    _exercise(db, "Stabsövning 2024", dt.date(2024, 3, 5), crisis)

    code, out, _err = run_cli(capsys, "--db", db_url, "plans", "list", "--json")
    assert code == 0
    found = {p["name"]: p for p in json.loads(out)}
    assert found["Krisledningsplan"]["last_exercised"] == "2024-03-05"
    assert found["Kontinuitetsplan IT"]["last_exercised"] is None
    assert {"id", "kind", "next_revision", "due_state"} <= set(found["RSA 2026"])  # kept

    code, out, _err = run_cli(capsys, "--db", db_url, "plans", "list")
    header, *lines = out.splitlines()
    assert header.rstrip().endswith("Senast övad")
    line = {name: next(x for x in lines if name in x) for name in found}
    assert line["Krisledningsplan"].rstrip().endswith("2024-03-05")
    # A draft, not yet in force: to be exercised, not late ("aldrig övad" is for a plan due).
    assert line["Kontinuitetsplan IT"].rstrip().endswith("inte övad än")
    assert line["RSA 2026"].rstrip().endswith("övas inte")

    code, out, _err = run_cli(capsys, "--db", db_url, "exercises", "list", "--json")
    assert [(e["title"], e["plan"]) for e in json.loads(out)] == [
        ("Stabsövning 2024", "Krisledningsplan")
    ]


def test_the_exercise_plan_names_the_plan_each_exercise_practises(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from samverkan_desktop.reports import exercise_plan
    from tests.core.meeting_cycle import printed_text

    crisis = _plan(sqlite_db, PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan Östermalm")
    _exercise(sqlite_db, "Stabsövning", dt.date(2027, 2, 17), crisis, ExerciseStatus.PLANNED)
    _exercise(sqlite_db, "Larmprov", dt.date(2027, 3, 2), None, ExerciseStatus.PLANNED)
    text = printed_text(sqlite_db.call(exercise_plan.build, 2027), tmp_path)
    assert "Övad plan: Krisledningsplan Östermalm" in text
    assert text.count("Övad plan") == 1  # the exercise without a plan says nothing of one
