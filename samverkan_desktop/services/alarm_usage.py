"""How much the alarm units are used (per month and kind), and the retention rule for the
personal data in the loan history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    case,
    false,
    func,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from samverkan_desktop import audit_trail
from samverkan_desktop.models import AlarmUnit, Loan, UnitKind
from samverkan_desktop.services import settings
from samverkan_desktop.services.alarms import at_local, last_loan_before, now_utc

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


def _seconds(session: Session, column: Any, origin: dt.datetime) -> Any:
    """Seconds from ``origin`` (aware UTC) to a stored time, as the database counts them."""
    if session.get_bind().dialect.name == "sqlite":  # stored as text: julianday parses it
        julian = origin.timestamp() / 86400 + 2440587.5
        return (func.julianday(column) - literal(julian, Float)) * 86400.0
    return func.extract("epoch", column) - literal(origin.timestamp(), Float)


def _greatest(session: Session) -> Any:
    # The larger of two values: SQLite's max() takes two, PostgreSQL's greatest() does.
    return func.max if session.get_bind().dialect.name == "sqlite" else func.greatest


def _candidates(session: Session, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> Any:
    """The loans that may count: lent in the period, and those still out when it began (at
    most each unit's last loan before it: a unit is out to one borrower at a time, found
    through (unit_id, out_at)). Each with its kind and the seconds from ``start`` when it went
    out and came back (a loan still out: now, or when it went out if that is later)."""
    greatest = _greatest(session)
    stamp = DateTime(timezone=True)

    def columns(loan: Any) -> list[Any]:
        back = greatest(func.coalesce(loan.returned_at, literal(now, stamp)), loan.out_at)
        return [
            loan.purpose.label("purpose"),
            _seconds(session, loan.out_at, start).label("out"),
            _seconds(session, back, start).label("back"),
        ]

    lent = select(*columns(Loan)).where(Loan.out_at >= start, Loan.out_at < end)
    out_then = (
        select(*columns(Loan))
        .select_from(AlarmUnit)
        .join(Loan, Loan.id == last_loan_before(start))
        # A loan still out counts until now: nothing of it in a period that begins later (a
        # year ahead read minus 1,247.8 hours out).
        .where(
            or_(Loan.returned_at.is_(None) if now > start else false(), Loan.returned_at > start)
        )
    )
    return union_all(lent, out_then).subquery("candidates")


def usage_by_month(
    session: Session, first: dt.date, last: dt.date, now: dt.datetime | None = None
) -> list[MonthUsage]:
    """Use per month from the month of ``first`` to the month of ``last``, both included.

    The database groups the period's loans by kind, the month they went out and the month they
    came back, with their number and the sums of their times; each month's loans and hours
    follow from those few groups exactly (a city lends 100,000 times a year: read into Python
    one by one, that took a second and a half)."""
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
    bounds = [at_local(month, dt.time(0)) for month in months] + [end]
    offsets = [(bound - start).total_seconds() for bound in bounds]
    loans = _candidates(session, start, end, at)

    def month_of(seconds: Any, back: bool) -> Any:
        # The month a time falls in: -1 before the first, len(months) after the last. A time
        # back exactly at a month's end belongs to that month (nothing of the next one).
        whens = [(seconds < 0, -1)] if not back else [(seconds <= 0, 0)]
        for index, hi in enumerate(offsets[1:]):
            limit = literal(hi, Float)
            whens.append((seconds <= limit if back else seconds < limit, index))
        return case(*whens, else_=len(months))

    went, came = month_of(loans.c.out, False), month_of(loans.c.back, True)
    groups = session.execute(
        select(
            loans.c.purpose, went, came, func.count(), func.sum(loans.c.out), func.sum(loans.c.back)
        ).group_by(loans.c.purpose, went, came)
    )
    counts = {kind: [0] * len(months) for kind in UnitKind}
    seconds = {kind: [0.0] * len(months) for kind in UnitKind}
    for kind, first_month, last_month, count, outs, backs in groups:
        # The group's loans all went out in one month and came back in one: what each month
        # holds of them follows from their number and their sums.
        if 0 <= first_month < len(months):
            counts[kind][first_month] += count
        if first_month == last_month:
            seconds[kind][first_month] += backs - outs
            continue
        if first_month >= 0:
            seconds[kind][first_month] += count * offsets[first_month + 1] - outs
        for index in range(first_month + 1, min(last_month, len(months))):
            seconds[kind][index] += count * (offsets[index + 1] - offsets[index])
        if last_month < len(months):
            seconds[kind][last_month] += backs - count * offsets[last_month]
    visit, home = UnitKind.HOME_VISIT, UnitKind.HOME_LOAN
    return [
        MonthUsage(
            month,
            counts[visit][index],
            counts[home][index],
            round(seconds[visit][index] / 3600, 1),
            round(seconds[home][index] / 3600, 1),
        )
        for index, month in enumerate(months)
    ]


def usage_for_year(session: Session, year: int, now: dt.datetime | None = None) -> list[MonthUsage]:
    return usage_by_month(session, dt.date(year, 1, 1), dt.date(year, 12, 1), now)


@dataclass(frozen=True)
class PseudonymisationResult:
    count: int
    cutoff: dt.datetime  # loans returned before this were pseudonymised
    retention_months: int


def retention_cutoff(
    session: Session, now: dt.datetime | None = None, months: int | None = None
) -> tuple[dt.datetime, int]:
    """Loans returned before the cutoff are past the retention period: the setting's, or
    ``months``."""
    if months is None:
        months = settings.get_int(session, RETENTION_SETTING)
    return now_utc(now) - relativedelta(months=months), months


def _due_for_pseudonymisation(cutoff: dt.datetime) -> list[ColumnElement[bool]]:
    return [
        Loan.returned_at.is_not(None),
        Loan.returned_at < cutoff,
        Loan.pseudonymised.is_(False),
    ]


def count_loans_to_pseudonymise(
    session: Session, now: dt.datetime | None = None, retention_months: int | None = None
) -> PseudonymisationResult:
    """How many loans ``pseudonymise_old_loans`` would change now (nothing is changed): the
    window asks before it, and says so when there is nothing to do. ``retention_months``: as
    if the setting were that (a shorter period asked about before it is saved)."""
    cutoff, months = retention_cutoff(session, now, retention_months)
    count = session.scalar(
        select(func.count()).select_from(Loan).where(*_due_for_pseudonymisation(cutoff))
    )
    return PseudonymisationResult(int(count or 0), cutoff, months)


def pseudonymise_old_loans(
    session: Session, now: dt.datetime | None = None, limit: int | None = None
) -> PseudonymisationResult:
    """Remove who borrowed (and why) from loans returned longer ago than the retention period
    (setting ``alarms.retention_months``, default 24). The loan itself stays, with its unit,
    times, kind and condition, so statistics and the unit's history keep working. Loans still
    out are never touched. With ``limit``, at most that many (the oldest first): the window
    runs it at every start in short transactions, so a long backlog never holds up a lend."""
    cutoff, months = retention_cutoff(session, now)
    due = _due_for_pseudonymisation(cutoff)
    if limit is not None:
        batch = select(Loan.id).where(*due).order_by(Loan.id).limit(limit).scalar_subquery()
        due.append(Loan.id.in_(batch))
    ids = session.scalars(
        update(Loan)
        .where(*due)
        .values(borrower_id=None, reason=None, pseudonymised=True)
        .returning(Loan.id)
        .execution_options(synchronize_session="fetch")
    ).all()
    # The audit trail must not keep what the loan no longer keeps, and says when it went.
    audit_trail.record_pseudonymised(session, Loan, ids)
    session.flush()
    return PseudonymisationResult(len(ids), cutoff, months)
