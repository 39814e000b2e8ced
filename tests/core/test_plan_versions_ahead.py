"""A plan version is recorded once adopted: a date still to come (a year typed wrong, 2027 for
2026) is refused instead of making the plan current for a year more, off the list to revise."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plan_versions, plans

TODAY = dt.date(2026, 12, 1)


def test_an_adoption_still_to_come_is_refused(db: Database) -> None:
    with db.session() as session:
        plan_id = plans.create_plan(
            session,
            plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan"),
            plan_versions.VersionInput("2025", dt.date(2025, 12, 14)),
        )
        with pytest.raises(ValidationError) as refused:
            plan_versions.add_version(
                session, plan_id, plan_versions.VersionInput("2026", dt.date(2027, 11, 30)), TODAY
            )
        assert refused.value.field == "adopted_on"
        assert refused.value.message == (
            "2027-11-30 har inte kommit än: en version förs in när den har fastställts. "
            "Kontrollera året."
        )
        version = plan_versions.add_version(
            session, plan_id, plan_versions.VersionInput("2026", TODAY), TODAY
        )  # today: fine
        with pytest.raises(ValidationError, match="har inte kommit än"):
            plan_versions.update_version(
                session, version, plan_versions.VersionInput("2026", dt.date(2026, 12, 2)), TODAY
            )
        row = plans.get_plan(session, plan_id, TODAY).plan
        assert (row.version, row.next_revision) == ("2026", dt.date(2027, 12, 1))
