"""The loan history: lists with filters (open, overdue, period, unit, borrower), one loan with its
reason for the coordinator, and the Overview's "on loan / overdue" card."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import local, local_datetime
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import AlarmUnit, Loan, Person, UnitKind
from samverkan_desktop.services.alarms import at_local, now_utc, opt_utc, to_utc
from samverkan_desktop.services.validation import clean

if TYPE_CHECKING:
    from samverkan_desktop.services.overview import OverviewSection


@dataclass(frozen=True)
class LoanRow:
    """A loan as lists, the reception and printouts show it: never with its reason."""

    id: int
    unit_id: int
    unit_code: str
    purpose: UnitKind
    borrower_id: int | None
    borrower: str | None  # None once pseudonymised
    borrower_department: str | None
    borrower_phone: str | None
    out_at: dt.datetime
    due_at: dt.datetime
    returned_at: dt.datetime | None
    lent_by_initials: str | None
    returned_by_initials: str | None
    approved_by_id: int | None
    approved_by: str | None
    return_condition_ok: bool | None
    fault_description: str | None
    put_on_charge: bool
    pseudonymised: bool
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.returned_at is None

    def borrower_label(self) -> str:
        return self.borrower or _("(pseudonymised)")


@dataclass(frozen=True)
class LoanDetail:
    """One loan for the coordinator, with the reason (sensitive for home loans)."""

    loan: LoanRow
    reason: str | None
    unit_make_model: str | None
    unit_serial_number: str | None
    borrower_title: str | None


@dataclass(frozen=True)
class LoanFilter:
    open_only: bool = False
    overdue_only: bool = False
    start: dt.date | None = None  # lent on or after this day (Stockholm)
    end: dt.date | None = None  # lent on or before this day
    unit_id: int | None = None
    borrower_id: int | None = None
    purpose: UnitKind | None = None
    # Part of the unit's code, or of the borrower's or approving manager's name or department
    # (any case; Å, Ä and Ö fold like the other letters).
    search: str | None = None


def _loan_query() -> Any:
    borrower = aliased(Person)
    approver = aliased(Person)
    return (
        select(Loan, AlarmUnit, borrower, approver.name)
        .join(AlarmUnit, AlarmUnit.id == Loan.unit_id)
        .outerjoin(borrower, borrower.id == Loan.borrower_id)
        .outerjoin(approver, approver.id == Loan.approved_by_id)
    )


def _row(
    loan: Loan, code: str, borrower: Person | None, approver: str | None, now: dt.datetime
) -> LoanRow:
    due = to_utc(loan.due_at)
    returned = opt_utc(loan.returned_at)
    return LoanRow(
        id=loan.id,
        unit_id=loan.unit_id,
        unit_code=code,
        purpose=loan.purpose,
        borrower_id=loan.borrower_id,
        borrower=borrower.name if borrower else None,
        borrower_department=borrower.department if borrower else None,
        borrower_phone=borrower.phone if borrower else None,
        out_at=to_utc(loan.out_at),
        due_at=due,
        returned_at=returned,
        lent_by_initials=loan.lent_by_initials,
        returned_by_initials=loan.returned_by_initials,
        approved_by_id=loan.approved_by_id,
        approved_by=approver,
        return_condition_ok=loan.return_condition_ok,
        fault_description=loan.fault_description,
        put_on_charge=loan.put_on_charge,
        pseudonymised=loan.pseudonymised,
        overdue=returned is None and due < now,
    )


def list_loans(
    session: Session,
    filters: LoanFilter | None = None,
    now: dt.datetime | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[LoanRow]:
    """Loans, newest first. Overdue: still out and past its due time.

    A city's history holds a million loans: lists ask for one page at a time (``limit`` rows
    from ``offset``), which the index on ``out_at`` serves without reading the rest."""
    filters = filters or LoanFilter()
    at = now_utc(now)
    # Loans still out are few (one per unit at most) and are sorted here: ordering them in SQL
    # makes SQLite walk the out_at index through the whole history instead of the partial index
    # of open loans (seconds, minutes on a cold file, at a million loans: the Overview's card).
    open_only = filters.open_only or filters.overdue_only
    query = _loan_query()
    if not open_only:
        query = query.order_by(Loan.out_at.desc(), Loan.id.desc())
    term = clean(filters.search)
    if term:
        # The few matching people and units first, then their loans: a search that matches
        # nothing answers at once instead of reading every loan.
        pattern = f"%{term}%"
        people = select(Person.id).where(
            or_(Person.name.ilike(pattern), Person.department.ilike(pattern))
        )
        units = select(AlarmUnit.id).where(AlarmUnit.code.ilike(pattern))
        query = query.where(
            or_(
                Loan.unit_id.in_(units),
                Loan.borrower_id.in_(people),
                Loan.approved_by_id.in_(people),
            )
        )
    if open_only:
        query = query.where(Loan.returned_at.is_(None))
    if filters.overdue_only:
        query = query.where(Loan.due_at < at)
    if filters.start is not None:
        query = query.where(Loan.out_at >= at_local(filters.start, dt.time(0)))
    if filters.end is not None:
        query = query.where(Loan.out_at < at_local(filters.end + dt.timedelta(days=1), dt.time(0)))
    if filters.unit_id is not None:
        query = query.where(Loan.unit_id == filters.unit_id)
    if filters.borrower_id is not None:
        query = query.where(Loan.borrower_id == filters.borrower_id)
    if filters.purpose is not None:
        query = query.where(Loan.purpose == filters.purpose)
    if limit is not None and not open_only:
        query = query.limit(limit).offset(offset)
    rows = [
        _row(loan, unit.code, borrower, approver, at)
        for loan, unit, borrower, approver in session.execute(query)
    ]
    if open_only:
        rows.sort(key=lambda row: (row.out_at, row.id), reverse=True)
        if limit is not None:
            rows = rows[offset : offset + limit]
    return rows


def get_loan(session: Session, loan_id: int, now: dt.datetime | None = None) -> LoanDetail:
    found = session.execute(_loan_query().where(Loan.id == loan_id)).first()
    if found is None:
        raise NotFoundError(_("The loan no longer exists."))
    loan, unit, borrower, approver = found
    return LoanDetail(
        loan=_row(loan, unit.code, borrower, approver, now_utc(now)),
        reason=loan.reason,
        unit_make_model=unit.make_model,
        unit_serial_number=unit.serial_number,
        borrower_title=borrower.title if borrower else None,
    )


def _overview_now(today: dt.date) -> dt.datetime:
    # The Overview is asked for a day; for today that is now, for another day its noon.
    now = now_utc()
    return now if local(now).date() == today else at_local(today, dt.time(12))


def overview_section(session: Session, today: dt.date) -> OverviewSection:
    """Overview card: units on loan now, overdue ones first and counted in the title."""
    # Imported here: overview.py imports this module to list the provider in PROVIDERS.
    from samverkan_desktop.services.overview import (
        MAX_ITEMS,
        OverviewItem,
        OverviewSection,
        Urgency,
    )

    rows = list_loans(session, LoanFilter(open_only=True), _overview_now(today))
    rows.sort(key=lambda row: (not row.overdue, row.due_at))
    overdue = sum(1 for row in rows if row.overdue)
    items = []
    for row in rows[:MAX_ITEMS]:
        due_day = local(row.due_at).date()
        if row.overdue:
            urgency, detail = Urgency.OVERDUE, _("{name} · overdue since {time}")
        else:
            urgency = Urgency.SOON if due_day <= today else Urgency.INFO
            detail = _("{name} · due back {time}")
        items.append(
            OverviewItem(
                title=row.unit_code,
                detail=detail.format(name=row.borrower_label(), time=local_datetime(row.due_at)),
                date=due_day,
                urgency=urgency,
                area="alarms",
                record_id=row.unit_id,
            )
        )
    title = (
        ngettext(
            "Alarm units on loan ({count} overdue)",
            "Alarm units on loan ({count} overdue)",
            overdue,
        ).format(count=overdue)
        if overdue
        else _("Alarm units on loan")
    )
    return OverviewSection(
        "alarm_loans",
        title,
        "alarms",
        len(rows),
        tuple(items),
        _("No alarm unit is on loan."),
    )
