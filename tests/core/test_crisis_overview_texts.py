"""The Overview's line for an overdue plan reads without brackets inside brackets: 'skulle vara
klar 2026-10-15', not '(skulle vara klar 2026-10-15 (v. 42))'."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import crisis_overview, plan_versions, plans


def test_an_overdue_plan_on_the_overview(db: Database) -> None:
    with db.session() as session:
        plans.create_plan(
            session,
            plans.PlanInput(PlanKind.RISK_ANALYSIS, "Risk- och sårbarhetsanalys (RSA)"),
            plan_versions.VersionInput("2025", dt.date(2025, 10, 15)),
        )
        (item,) = crisis_overview.plans_due(session, dt.date(2026, 12, 1)).items
        assert item.detail == (
            "Revideringen är försenad 47 dagar (skulle vara klar 2026-10-15) · version 2025"
        )
