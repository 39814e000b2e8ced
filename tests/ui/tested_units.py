"""Alarm units with a function test some days ago, for the tests of units due for a test
(Larm → Enheter and the Overview's card)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import UnitEventKind, UnitKind
from samverkan_desktop.services import alarms
from ui.context import AppContext


def unit_last_tested(ctx: AppContext, code: str, tested_days_ago: int | None) -> None:
    """A home-visit unit ``code``, function tested at 09.00 that many days ago (None: never)."""
    unit = ctx.call(alarms.create_unit, alarms.UnitInput(code, UnitKind.HOME_VISIT))
    if tested_days_ago is not None:
        day = clock.today() - dt.timedelta(days=tested_days_ago)
        when = dt.datetime.combine(day, dt.time(9), tzinfo=LOCAL_ZONE)
        ctx.call(alarms.record_event, unit, UnitEventKind.TESTED, now=when)
