"""The example district's evacuation drill at Garnisonen exercises the premises' fire safety
(SBA) plan: the exercise names it ("Övar planen"), so the Overview's plans card does not ask for
the SBA plan to be exercised while the drill is ahead, and the register's "Senast övad" says
"inte övad än" (the drill is planned, not held; "aldrig övad" is for a plan that should
have been). Its call-out test, weeks ahead, names the krisledningsplan the same way."""

from __future__ import annotations

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import crisis_overview, exercise_reading, plan_rows, plans
from tests.demo_call_out import CALL_OUT_TEST as CALL_OUT
from tests.demo_call_out import KRISLEDNINGSPLAN

SBA = "Systematiskt brandskyddsarbete (SBA) – Garnisonen"
DRILL = "Utrymningsövning Garnisonen"


def test_the_demos_evacuation_drill_exercises_the_sba_plan(demo_db: Database) -> None:
    today = clock.today()
    (drill,) = [e for e in demo_db.call(exercise_reading.list_exercises) if e.title == DRILL]
    assert drill.plan == SBA
    (sba,) = [row for row in demo_db.call(plans.list_plans, today) if row.name == SBA]
    assert plan_rows.exercised_text(sba) == "inte övad än"
    card = demo_db.call(crisis_overview.plans_due, today)
    assert [i.head for i in card.items if i.title == SBA and "övad" in i.head.casefold()] == []


def test_the_demos_call_out_test_exercises_the_krisledningsplan(demo_db: Database) -> None:
    """The call-out test weeks ahead names the krisledningsplan, last exercised in 2021: the
    Overview said "ej övad på 5 år" of it beside its revision, and the register coloured its
    "Senast övad" as due, while its exercise was already planned."""
    today = clock.today()
    (call_out,) = [e for e in demo_db.call(exercise_reading.list_exercises) if e.title == CALL_OUT]
    assert call_out.plan == KRISLEDNINGSPLAN
    (plan,) = [r for r in demo_db.call(plans.list_plans, today) if r.name == KRISLEDNINGSPLAN]
    assert plan_rows.exercised_text(plan) == "2021-02-17"
    assert not plan.exercise_due
    assert plan.exercise_reason is not None and CALL_OUT in plan.exercise_reason
    card = demo_db.call(crisis_overview.plans_due, today)
    said = [i for i in card.items if i.title == KRISLEDNINGSPLAN]
    assert all("övad" not in " ".join((i.head, i.also, i.rest)).casefold() for i in said)
