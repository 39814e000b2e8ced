"""How much the alarm units are used (per month and kind), and the retention rule for the
personal data in the loan history."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import String, or_, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from samverkan_desktop import audit_trail
from samverkan_desktop.models import AlarmUnit, Loan, UnitKind
from samverkan_desktop.services import settings
from samverkan_desktop.services.alarms import at_local, now_utc, to_utc

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


def _naive_utc(value: str | dt.datetime) -> dt.datetime:
    # A city's year is 100,000 loans: SQLite's text is read with fromisoformat (ten times faster
    # than the ORM's parser) and compared without time zones (another five times).
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return to_utc(value).replace(tzinfo=None)


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


def _lent_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[Any]:
    return list(
        session.execute(
            select(_raw(Loan.purpose), _raw(Loan.out_at), _raw(Loan.returned_at)).where(
                Loan.out_at >= start, Loan.out_at < end
            )
        )
    )


def _out_at(session: Session, moment: dt.datetime) -> list[Any]:
    """The loans lent before ``moment`` and not back by then: at most each unit's last loan
    before it (a unit is out to one borrower at a time), found through (unit_id, out_at)."""
    earlier = aliased(Loan)
    last = (
        select(earlier.id)
        .where(earlier.unit_id == AlarmUnit.id, earlier.out_at < moment)
        .order_by(earlier.out_at.desc())
        .limit(1)
        .correlate(AlarmUnit)
        .scalar_subquery()
    )
    return list(
        session.execute(
            select(_raw(Loan.purpose), _raw(Loan.out_at), _raw(Loan.returned_at))
            .select_from(AlarmUnit)
            .join(Loan, Loan.id == last)
            .where(or_(Loan.returned_at.is_(None), Loan.returned_at > moment))
        )
    )


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
    loans = [*_lent_between(session, start, end), *_out_at(session, start)]
    bounds = [_naive_utc(at_local(month, dt.time(0))) for month in months] + [_naive_utc(end)]
    now_naive = _naive_utc(at)
    visit, home = UnitKind.HOME_VISIT.value, UnitKind.HOME_LOAN.value
    counts = [{visit: 0, home: 0} for _ in months]
    hours = [{visit: 0.0, home: 0.0} for _ in months]
    # One pass over the loans, each visiting only the months it spans (a city lends 100,000
    # times a year: months x loans would be seconds).
    for purpose, out_value, back_value in loans:
        out = _naive_utc(out_value)
        back = _naive_utc(back_value) if back_value is not None else max(now_naive, out)
        first_month = max(0, bisect_right(bounds, out) - 1)
        if out >= bounds[0]:
            counts[first_month][purpose] += 1
        for index in range(first_month, len(months)):
            lo, hi = bounds[index], bounds[index + 1]
            if lo >= back:
                break
            overlap = (min(back, hi) - max(out, lo)).total_seconds()
            if overlap > 0:
                hours[index][purpose] += overlap / 3600
    result = [
        MonthUsage(
            month,
            counts[index][visit],
            counts[index][home],
            round(hours[index][visit], 1),
            round(hours[index][home], 1),
        )
        for index, month in enumerate(months)
    ]
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
