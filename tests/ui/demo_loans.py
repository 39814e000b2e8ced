"""Loans made in the demo district through the services before a UI test opens its view: the
staff who borrow and approve, and LARM-13, the demo's home-loan unit, lent to Lena Persson."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop import clock
from samverkan_desktop.services import alarm_loans, alarms, contacts
from samverkan_desktop.services.alarm_loans import LendInput, LendResult
from ui.context import AppContext


def staff_id(ctx: AppContext, name: str) -> int:
    return next(p.id for p in ctx.call(contacts.list_people, name, staff_only=True))


def home_loan_to_lena(
    ctx: AppContext, due_at: dt.datetime, reason: str | None = None
) -> LendResult:
    """LARM-13 lent to Lena Persson until ``due_at``, approved by Elsa Holmgren (a home loan
    needs a manager's approval), with the reason for it if given."""
    unit = ctx.call(alarms.find_unit, "LARM-13")
    return ctx.call(
        alarm_loans.lend,
        LendInput(
            unit.id,
            staff_id(ctx, "Lena Persson"),
            due_at=due_at,
            reason=reason,
            approved_by_id=staff_id(ctx, "Elsa Holmgren"),
        ),
    )


def in_days(days: int, at: dt.time) -> dt.datetime:
    """A time ``days`` from today, e.g. a loan's end."""
    return dt.datetime.combine(clock.today() + dt.timedelta(days=days), at)
