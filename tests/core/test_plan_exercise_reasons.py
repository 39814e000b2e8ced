"""Each plan's "Senast övad" says why it reads and looks as it does, by the one rule of
services/plan_exercise_due.py: due (coloured), an exercise planned, by when it is to be
exercised next, or not exercised at all by its kind ("–", not a blank read as a gap). "aldrig"
only for a plan that should have been exercised (coloured), "ännu inte" for one not yet due,
"–" for a retired one too (a black "aldrig" beside orange ones read as chance)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.services import exercises, plan_rows, plan_versions, plans
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.plans import PlanInput

TODAY = dt.date(2026, 12, 3)


def _plan(db: Database, name: str, kind: PlanKind, adopted: dt.date | None) -> int:
    version = plan_versions.VersionInput("1.0", adopted) if adopted else None
    return db.call(plans.create_plan, PlanInput(kind, name, revision_interval_months=None), version)


def _exercise(db: Database, plan_id: int, status: ExerciseStatus, **when: object) -> None:
    data = ExerciseInput(
        "Stabsövning",
        ExerciseType.SEMINAR,
        plan_id=plan_id,
        status=status,
        **when,  # type: ignore[arg-type]
    )
    db.call(exercises.create_exercise, data, today=TODAY)


def _cells(db: Database) -> dict[str, tuple[str, bool, str | None]]:
    return {
        r.name: (plan_rows.exercised_text(r), r.exercise_due, r.exercise_reason)
        for r in db.call(plans.list_plans, TODAY)
    }


def test_each_plan_says_why(db: Database) -> None:
    _plan(db, "RSA", PlanKind.RISK_ANALYSIS, dt.date(2024, 1, 10))
    _plan(db, "Övrigt", PlanKind.OTHER, dt.date(2024, 1, 10))
    _plan(db, "Gammal", PlanKind.CRISIS_MANAGEMENT_PLAN, dt.date(2024, 1, 10))
    _plan(db, "Ny", PlanKind.CONTINUITY_PLAN, dt.date(2026, 5, 4))
    _plan(db, "Utkast", PlanKind.THREAT_ROUTINE, None)
    held = _plan(db, "Övad", PlanKind.CRISIS_MANAGEMENT_PLAN, dt.date(2024, 1, 10))
    _exercise(db, held, ExerciseStatus.CONDUCTED, year=2026, date=dt.date(2026, 3, 5))
    planned = _plan(db, "Planerad", PlanKind.FIRE_SAFETY, dt.date(2024, 1, 10))
    _exercise(db, planned, ExerciseStatus.PLANNED, year=2027, month=3)
    retired = PlanInput(
        PlanKind.CONTINUITY_PLAN, "Upphävd", revision_interval_months=None, active=False
    )
    db.call(plans.create_plan, retired, plan_versions.VersionInput("1.0", dt.date(2024, 1, 10)))

    assert _cells(db) == {
        "RSA": (
            "övas inte",
            False,
            "Övas inte: en plan av typen ”Risk- och sårbarhetsanalys (RSA)” följs och "
            "revideras men övas inte.",
        ),
        "Övrigt": (
            "övas inte",
            False,
            "Planer av typen ”Övrig” behöver inte övas: dagen visas när en övning har övat planen.",
        ),
        "Gammal": ("aldrig övad", True, "Dags att öva: planen ska övas minst en gång om året."),
        "Ny": (
            "inte övad än",
            False,
            "Gäller sedan 2026-05-04: ska övas första gången senast 2027-05-04.",
        ),
        "Utkast": (
            "inte övad än",
            False,
            "Ingen version fastställd än: planen övas när den gäller.",
        ),
        "Upphävd": ("övas inte", False, "Upphävd: övas inte längre."),
        "Övad": ("2026-03-05", False, "Ska övas igen senast 2027-03-05: minst en gång om året."),
        "Planerad": (
            "inte övad än",
            False,
            "En övning av planen är planerad: Stabsövning, mars 2027.",
        ),
    }
