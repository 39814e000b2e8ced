"""One adopted version of a plan a day, held by the database too (migration 0035): a second
version the same day written past the service (another desk at the same moment, a script) is
refused in the coordinator's words; a database that holds such a pair from before keeps both
versions, the earlier typed moved back a day, the later still in force. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import PlanKind, PlanVersion
from samverkan_desktop.services import plan_versions, plans
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput
from tests.core.database_rules import rows, sql
from tests.core.migration_steps import migrate, revision

BEFORE = "0034_membership_history"
DAY = dt.date(2025, 12, 14)


def _plan(db: Database) -> int:
    with db.session() as s:
        return plans.create_plan(
            s,
            PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan Östermalm"),
            VersionInput("2025", DAY, "Stadsdelsdirektör"),
        )


def test_a_second_version_the_same_day_past_the_service_is_refused_in_swedish(
    db: Database,
) -> None:
    plan_id = _plan(db)
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(PlanVersion(plan_id=plan_id, version="2026", adopted_on=DAY))
    assert refused.value.message == (
        "Planen har redan en version fastställd den dagen: ändra den i stället för att lägga "
        "till en till."
    )
    assert [v.version for v in db.call(plans.get_plan, plan_id).versions] == ["2025"]


def test_a_pair_from_before_keeps_both_versions_the_later_in_force(db: Database) -> None:
    plan_id = _plan(db)
    with db.session() as s:  # the day before is taken: the earlier moves two days back
        plan_versions.add_version(
            s, plan_id, VersionInput("2025 utkast", DAY - dt.timedelta(days=1))
        )
    migrate(db, BEFORE)
    sql(
        db,
        "INSERT INTO plan_versions (plan_id, version, adopted_on) VALUES (:p, '2026', :d)",
        p=plan_id,
        d=DAY,
    )
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    detail = db.call(plans.get_plan, plan_id)
    assert [(v.version, v.adopted_on, v.is_current) for v in detail.versions] == [
        ("2026", DAY, True),
        ("2025 utkast", DAY - dt.timedelta(days=1), False),
        ("2025", DAY - dt.timedelta(days=2), False),
    ]
    assert len(rows(db, "SELECT id FROM plan_versions WHERE plan_id = :p", p=plan_id)) == 3
