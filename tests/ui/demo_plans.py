"""The demo district's plans as stored for the test's day: the demo adds a version for every
revision interval up to its day, so a plan's history grows by one a year and a test counts it
rather than knowing it."""

from __future__ import annotations

from samverkan_desktop import clock
from samverkan_desktop.services import plans
from ui.context import AppContext


def version_count(ctx: AppContext, name: str) -> int:
    """How many versions the demo's plan ``name`` has today."""
    today = clock.today()
    plan_id = next(p.id for p in ctx.call(plans.list_plans, today) if p.name == name)
    return len(ctx.call(plans.get_plan, plan_id, today).versions)
