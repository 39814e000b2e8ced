"""The Overview's plans card names an active plan of a kind that is exercised when its last held
exercise is older than the exercise interval (a setting, 12 months by default) or it was never
exercised, unless an exercise planned ahead names it."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.overview_items import Urgency
from samverkan_desktop.services import (
    crisis_nav,
    crisis_overview,
    exercises,
    plan_versions,
    plans,
    settings,
)
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.plans import PlanInput

TODAY = dt.date(2026, 12, 3)
INTERVAL = settings.EXERCISE_INTERVAL_SETTING


IN_FORCE = dt.date(2024, 1, 10)  # first adopted: in force for longer than the interval


def _plan(
    db: Database,
    name: str,
    kind: PlanKind = PlanKind.CRISIS_MANAGEMENT_PLAN,
    adopted: dt.date | None = IN_FORCE,
) -> int:
    # No revision cycle: the card's entries here are about exercising only.
    version = plan_versions.VersionInput("1.0", adopted) if adopted else None
    return db.call(plans.create_plan, PlanInput(kind, name, revision_interval_months=None), version)


def _exercise(
    db: Database,
    plan_id: int | None,
    day: dt.date | None,
    status: ExerciseStatus = ExerciseStatus.CONDUCTED,
    month: int | None = None,
    year: int | None = None,
) -> int:
    data = ExerciseInput(
        "Stabsövning",
        ExerciseType.SEMINAR,
        year or (day.year if day else TODAY.year),
        month=month,
        date=day,
        status=status,
        plan_id=plan_id,
    )
    return db.call(exercises.create_exercise, data, today=TODAY)


def _card(db: Database, day: dt.date = TODAY) -> list[tuple[str, str]]:
    return [(i.title, i.detail) for i in db.call(crisis_overview.plans_due, day).items]


def test_a_plan_last_exercised_longer_ago_than_the_interval_is_named(db: Database) -> None:
    plan = _plan(db, "Krisledningsplan")
    _exercise(db, plan, dt.date(2025, 12, 3))
    # Exactly twelve months ago: not older than the interval yet.
    assert _card(db) == []
    assert _card(db, dt.date(2026, 12, 4)) == [
        (
            "Krisledningsplan",
            "Senast övad 2025-12-03 (för 1 år sedan) · ingen planerad övning för planen",
        )
    ]
    (item,) = db.call(crisis_overview.plans_due, dt.date(2026, 12, 4)).items
    assert item.urgency is Urgency.SOON and item.area == "crisis"
    assert crisis_nav.decode(item.record_id or 0) == ("plan", plan)


def test_a_plan_never_exercised_is_named_and_a_held_exercise_silences_it(db: Database) -> None:
    plan = _plan(db, "Kontinuitetsplan IT", PlanKind.CONTINUITY_PLAN)
    assert _card(db) == [("Kontinuitetsplan IT", "Aldrig övad · ingen planerad övning för planen")]
    _exercise(db, plan, dt.date(2026, 11, 20))
    assert _card(db) == []


def test_a_plan_never_exercised_is_named_once_in_force_for_an_interval(db: Database) -> None:
    """A plan adopted this spring, or not adopted yet, is not a gap; nor is a plan of a new
    register whose first version is recent: the card does not fill on the first day."""
    _plan(db, "Kontinuitetsplan IT", PlanKind.CONTINUITY_PLAN, adopted=dt.date(2026, 3, 1))
    _plan(db, "Utkast till krisledningsplan", adopted=None)
    assert _card(db) == []
    assert [title for title, _detail in _card(db, dt.date(2027, 3, 2))] == ["Kontinuitetsplan IT"]
    db.call(settings.save_settings, {INTERVAL: 6})
    assert [title for title, _detail in _card(db)] == ["Kontinuitetsplan IT"]


def test_a_planned_exercise_ahead_naming_the_plan_silences_it(db: Database) -> None:
    dated = _plan(db, "Krisledningsplan")
    by_month = _plan(db, "Kontinuitetsplan IT", PlanKind.CONTINUITY_PLAN)
    _exercise(db, dated, dt.date(2021, 2, 17))
    planned = ExerciseStatus.PLANNED
    # Planned but not linked, or linked but its day passed unrecorded: the gap stays open.
    _exercise(db, None, dt.date(2027, 2, 10), planned)
    _exercise(db, dated, dt.date(2026, 11, 30), planned)
    _exercise(db, by_month, None, planned, month=11, year=2026)
    assert [title for title, _detail in _card(db)] == ["Krisledningsplan", "Kontinuitetsplan IT"]
    _exercise(db, dated, dt.date(2027, 2, 10), planned)
    _exercise(db, by_month, None, planned, month=12, year=2026)  # this month: still ahead
    assert _card(db) == []


def test_retired_plans_and_kinds_that_are_not_exercised_are_left_out(db: Database) -> None:
    _plan(db, "RSA 2026", PlanKind.RISK_ANALYSIS)
    _plan(db, "Handlingsplan VBE", PlanKind.VIOLENT_EXTREMISM_PLAN)
    retired = db.call(
        plans.create_plan,
        PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Gamla krisledningsplanen", active=False),
    )
    _exercise(db, retired, dt.date(2019, 5, 1))
    assert _card(db) == []


def test_the_interval_setting_decides_and_is_kept_within_1_to_60_months(db: Database) -> None:
    plan = _plan(db, "Krisledningsplan")
    _exercise(db, plan, dt.date(2026, 5, 20))
    assert db.call(settings.get_int, INTERVAL) == 12
    assert _card(db) == []
    db.call(settings.save_settings, {INTERVAL: 6})
    assert _card(db) == [
        (
            "Krisledningsplan",
            "Senast övad 2026-05-20 (för 6 månader sedan) · ingen planerad övning för planen",
        )
    ]
    for wrong in (0, 61):
        with pytest.raises(ValidationError) as refused:
            db.call(settings.save_settings, {INTERVAL: wrong})
        assert str(refused.value) == f"Övningsintervall för krisplaner: 1–60 månader, inte {wrong}."


def test_overdue_revisions_come_first_then_by_day_never_exercised_last(db: Database) -> None:
    never = _plan(db, "Kontinuitetsplan IT", PlanKind.CONTINUITY_PLAN)
    old = _plan(db, "Krisledningsplan")
    _exercise(db, old, dt.date(2021, 2, 17))
    db.call(
        plans.create_plan,
        PlanInput(PlanKind.RISK_ANALYSIS, "RSA"),
        plan_versions.VersionInput("2025", dt.date(2025, 10, 15)),  # revise by 2026-10-15: overdue
    )
    db.call(
        plans.create_plan,
        PlanInput(PlanKind.STEERING_DOCUMENT, "Styrdokument"),
        plan_versions.VersionInput("2026", dt.date(2026, 1, 10)),  # revise by 2027-01-10: soon
    )
    section = db.call(crisis_overview.plans_due, TODAY)
    assert section.title == "Planer att revidera eller öva"
    assert [i.title for i in section.items] == [
        "RSA",
        "Krisledningsplan",
        "Styrdokument",
        "Kontinuitetsplan IT",
    ]
    assert crisis_nav.decode(section.items[-1].record_id or 0) == ("plan", never)
