"""The Overview's plans card names a plan once: a plan whose revision is due and that waits to
be exercised reads "Revideras senast … · ej övad på 5 år" (it read as two plans, named twice),
sorted by the earlier of its two days; past the card's eight entries, its link says how many
more there are and leads to the plans register."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.overview_items import PLANS_REGISTER, Urgency
from samverkan_desktop.services import crisis_overview, exercises, plan_versions, plans
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput

TODAY = dt.date(2026, 12, 3)


def _plan(db: Database, name: str, kind: PlanKind, first: dt.date, latest: dt.date) -> int:
    plan = db.call(plans.create_plan, PlanInput(kind, name), VersionInput("1", first))
    db.call(plan_versions.add_version, plan, VersionInput("2", latest), TODAY)
    return plan


def _held(db: Database, plan_id: int, day: dt.date) -> None:
    data = ExerciseInput(
        "Stabsövning",
        ExerciseType.SEMINAR,
        day.year,
        date=day,
        status=ExerciseStatus.CONDUCTED,
        plan_id=plan_id,
    )
    db.call(exercises.create_exercise, data, today=TODAY)


def _card(db: Database) -> list[tuple[str, str]]:
    return [(i.title, i.detail) for i in db.call(crisis_overview.plans_due, TODAY).items]


def test_a_plan_due_for_revision_and_exercise_is_one_entry_saying_both(db: Database) -> None:
    crisis = _plan(
        db,
        "Krisledningsplan",
        PlanKind.CRISIS_MANAGEMENT_PLAN,
        dt.date(2020, 12, 14),
        dt.date(2025, 12, 14),
    )
    _held(db, crisis, dt.date(2021, 2, 17))
    _plan(
        db,
        "Kontinuitetsplan IT",
        PlanKind.CONTINUITY_PLAN,
        dt.date(2021, 1, 10),
        dt.date(2026, 1, 10),
    )
    _plan(db, "Lägesbild", PlanKind.SITUATION_PICTURE, dt.date(2021, 1, 5), dt.date(2025, 12, 20))
    assert _card(db) == [
        ("Krisledningsplan", "Revideras senast 2026-12-14 (v. 51) · ej övad på 5 år · version 2"),
        ("Lägesbild", "Revideras senast 2026-12-20 (v. 51) · version 2"),
        ("Kontinuitetsplan IT", "Revideras senast 2027-01-10 (v. 1) · aldrig övad · version 2"),
    ]
    first = db.call(crisis_overview.plans_due, TODAY).items[0]
    assert first.urgency is Urgency.SOON and first.date == dt.date(2026, 12, 14)


def test_an_overdue_revision_keeps_its_words_and_red_beside_the_gap(db: Database) -> None:
    crisis = _plan(
        db,
        "Krisledningsplan",
        PlanKind.CRISIS_MANAGEMENT_PLAN,
        dt.date(2020, 11, 1),
        dt.date(2025, 11, 1),
    )
    _held(db, crisis, dt.date(2025, 3, 1))
    ((title, detail),) = _card(db)
    assert detail == (
        "Revideringen är försenad 32 dagar (skulle vara klar 2026-11-01) · ej övad på 1 år"
        " · version 2"
    )
    assert db.call(crisis_overview.plans_due, TODAY).items[0].urgency is Urgency.OVERDUE


def test_past_eight_entries_the_link_says_how_many_more_and_opens_the_register(
    db: Database,
) -> None:
    for number in range(10):
        _plan(
            db,
            f"Kontinuitetsplan {number}",
            PlanKind.CONTINUITY_PLAN,
            dt.date(2021, 1, 10),
            dt.date(2026, 1, 10),
        )
    section = db.call(crisis_overview.plans_due, TODAY)
    assert (section.total, len(section.items)) == (10, 8)
    assert section.more_text == "och 2 till i planregistret …"
    assert section.subset == PLANS_REGISTER
    _plan(db, "RSA", PlanKind.RISK_ANALYSIS, dt.date(2021, 1, 5), dt.date(2025, 1, 5))
    assert db.call(crisis_overview.plans_due, TODAY).more_text == "och 3 till i planregistret …"
