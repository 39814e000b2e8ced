"""How much the alarm units are used (per month and kind), and the retention rule for the
personal data in the loan history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from samverkan_desktop import audit_trail
from samverkan_desktop.models import Loan, UnitKind
from samverkan_desktop.services import settings
from samverkan_desktop.services.alarms import at_local, now_utc, opt_utc, to_utc

RETENTION_SETTING = "alarms.retention_months"


@dataclass(frozen=True)
class MonthUsage:
    """One calendar month (Stockholm time). Loans count in the month they were lent; hours out
    are split over the months a loan spans (an open loan counts until now)."""

    month: dt.date  # the first day of the month
    home_visit_loans: int
    home_loan_loans: int
    home_visit_hours: float
    home_loan_hours: float

    @property
    def loans(self) -> int:
        return self.home_visit_loans + self.home_loan_loans

    @property
    def hours(self) -> float:
        return self.home_visit_hours + self.home_loan_hours


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def usage_by_month(
    session: Session, first: dt.date, last: dt.date, now: dt.datetime | None = None
) -> list[MonthUsage]:
    """Use per month from the month of ``first`` to the month of ``last``, both included."""
    at = now_utc(now)
    months = []
    month = _month_start(first)
    while month <= _month_start(last):
        months.append(month)
        month += relativedelta(months=1)
    if not months:
        return []
    start = at_local(months[0], dt.time(0))
    end = at_local(months[-1] + relativedelta(months=1), dt.time(0))
    loans = session.execute(
        select(Loan.purpose, Loan.out_at, Loan.returned_at).where(
            Loan.out_at < end, or_(Loan.returned_at.is_(None), Loan.returned_at > start)
        )
    ).all()
    spans = [
        (purpose, to_utc(out), opt_utc(back) or max(at, to_utc(out)))
        for purpose, out, back in loans
    ]
    result = []
    for month in months:
        lo = at_local(month, dt.time(0))
        hi = at_local(month + relativedelta(months=1), dt.time(0))
        counts = {UnitKind.HOME_VISIT: 0, UnitKind.HOME_LOAN: 0}
        hours = {UnitKind.HOME_VISIT: 0.0, UnitKind.HOME_LOAN: 0.0}
        for purpose, out, back in spans:
            if lo <= out < hi:
                counts[purpose] += 1
            overlap = (min(back, hi) - max(out, lo)).total_seconds()
            if overlap > 0:
                hours[purpose] += overlap / 3600
        result.append(
            MonthUsage(
                month,
                counts[UnitKind.HOME_VISIT],
                counts[UnitKind.HOME_LOAN],
                round(hours[UnitKind.HOME_VISIT], 1),
                round(hours[UnitKind.HOME_LOAN], 1),
            )
        )
    return result


def usage_for_year(session: Session, year: int, now: dt.datetime | None = None) -> list[MonthUsage]:
    return usage_by_month(session, dt.date(year, 1, 1), dt.date(year, 12, 1), now)


@dataclass(frozen=True)
class PseudonymisationResult:
    count: int
    cutoff: dt.datetime  # loans returned before this were pseudonymised
    retention_months: int


def retention_cutoff(session: Session, now: dt.datetime | None = None) -> tuple[dt.datetime, int]:
    months = settings.get_int(session, RETENTION_SETTING)
    return now_utc(now) - relativedelta(months=months), months


def pseudonymise_old_loans(
    session: Session, now: dt.datetime | None = None
) -> PseudonymisationResult:
    """Remove who borrowed (and why) from loans returned longer ago than the retention period
    (setting ``alarms.retention_months``, default 24). The loan itself stays, with its unit,
    times, kind and condition, so statistics and the unit's history keep working. Loans still
    out are never touched."""
    cutoff, months = retention_cutoff(session, now)
    ids = session.scalars(
        update(Loan)
        .where(
            Loan.returned_at.is_not(None),
            Loan.returned_at < cutoff,
            Loan.pseudonymised.is_(False),
        )
        .values(borrower_id=None, reason=None, pseudonymised=True)
        .returning(Loan.id)
        .execution_options(synchronize_session="fetch")
    ).all()
    # The audit trail must not keep what the loan no longer keeps.
    audit_trail.scrub(session, "alarm_loans", ids, audit_trail.PSEUDONYMISED_FIELDS["alarm_loans"])
    session.flush()
    return PseudonymisationResult(len(ids), cutoff, months)
