"""The loan history: lists with filters (open, overdue, period, unit, borrower), one loan with its
reason for the coordinator, and the Overview's "on loan / overdue" card.

What a search finds is worked out in ``loan_search``, and the list sorted by borrower is read in
``loans_by_borrower``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import EMPTY, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import AlarmUnit, Loan, Person, UnitKind
from samverkan_desktop.overview_items import MAX_ITEMS, OverviewItem, OverviewSection, Urgency
from samverkan_desktop.services.alarm_lend_rules import due_phrase
from samverkan_desktop.services.alarms import at_local, last_loan_before, now_utc
from samverkan_desktop.services.loan_search import narrowing
from samverkan_desktop.services.validation import clean


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

    def initials_out_in(self) -> str:
        """Who lent the unit and who took it back, each in its place ("NH / TH"): "NH / –"
        while it is out, so one pair of initials never reads as the other's (the loans list
        said "NH", the printed log "NH / –")."""
        return f"{self.lent_by_initials or EMPTY} / {self.returned_by_initials or EMPTY}"


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
    # start and end bound when the loan was out instead: lent in the period, returned in it or
    # out across it (the loan log: a unit out overnight is on the next day's page too).
    out_during: bool = False
    unit_id: int | None = None
    borrower_id: int | None = None
    purpose: UnitKind | None = None
    # Part of the unit's code, or of the borrower's or approving manager's name or department
    # (any case; Å, Ä and Ö fold like the other letters).
    search: str | None = None


@cache
def _loan_query() -> Any:
    """The columns of a LoanRow (plain columns: a page of 200 rows builds no ORM objects).
    Built once: statements are immutable, and building the aliases costs more than running.
    Left joins only (every loan has its unit): the loans stay SQLite's outer loop, so a page
    read along an index stops when it is full and joins only the rows it returns."""
    borrower = aliased(Person)
    approver = aliased(Person)
    return (
        select(
            Loan.id,
            Loan.unit_id,
            AlarmUnit.code.label("unit_code"),
            Loan.purpose,
            Loan.borrower_id,
            borrower.name.label("borrower"),
            borrower.department.label("borrower_department"),
            borrower.phone.label("borrower_phone"),
            Loan.out_at,
            Loan.due_at,
            Loan.returned_at,
            Loan.lent_by_initials,
            Loan.returned_by_initials,
            Loan.approved_by_id,
            approver.name.label("approved_by"),
            Loan.return_condition_ok,
            Loan.fault_description,
            Loan.put_on_charge,
            Loan.pseudonymised,
        )
        .outerjoin(AlarmUnit, AlarmUnit.id == Loan.unit_id)
        .outerjoin(borrower, borrower.id == Loan.borrower_id)
        .outerjoin(approver, approver.id == Loan.approved_by_id)
    )


def _aware(value: dt.datetime) -> dt.datetime:
    # to_utc inlined for a page's three times a row: SQLite gives naive UTC, PostgreSQL aware.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _row(c: Any, now: dt.datetime) -> LoanRow:
    # Unpacked by position (the columns of _loan_query, in order): reading 19 columns by name
    # cost twice the rest of building a page's rows.
    (
        loan_id, unit_id, unit_code, purpose, borrower_id, borrower, department, phone,
        out_at, due_at, returned_at, lent_by, returned_by, approved_by_id, approved_by,
        condition_ok, fault, on_charge, pseudonymised,
    ) = c  # fmt: skip
    due = _aware(due_at)
    returned = None if returned_at is None else _aware(returned_at)
    return LoanRow(
        loan_id,
        unit_id,
        unit_code,
        purpose,
        borrower_id,
        borrower,
        department,
        phone,
        _aware(out_at),
        due,
        returned,
        lent_by,
        returned_by,
        approved_by_id,
        approved_by,
        condition_ok,
        fault,
        on_charge,
        pseudonymised,
        returned is None and due < now,
    )


# Sort keys of the loans list (the columns a user may sort by); "out" (newest first) is the default.
SORT_KEYS = ("unit", "borrower", "purpose", "out", "due", "returned", "lent_by", "returned_by")
# From this many candidates on, a search walks the loans newest first until a page is full instead
# of sorting every candidate: a common letter matches most of a million loans.
DENSE_SEARCH = 5_000


@dataclass(frozen=True)
class LoanSort:
    key: str = "out"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown loan sort key {self.key!r}")


def _row_sort_key(key: str) -> Any:
    """The same order as ``_sql_sort`` (``loans_by_borrower``) for rows already read (the few open
    loans)."""
    from samverkan_desktop.swedish_order import sql_sort_key_of  # not on the start path

    keys: dict[str, Any] = {
        "unit": lambda r: r.unit_code,
        "borrower": lambda r: sql_sort_key_of(r.borrower or ""),
        "purpose": lambda r: r.purpose.value,
        "out": lambda r: r.out_at,
        "due": lambda r: r.due_at,
        "returned": lambda r: r.returned_at or r.due_at,
        "lent_by": lambda r: r.lent_by_initials or "",
        "returned_by": lambda r: r.returned_by_initials or "",
    }
    return keys[key]


def _sql_sort(query: Any, sort: LoanSort) -> Any:
    """Every order but the borrower's (``loans_by_borrower``)."""
    expressions: dict[str, Any] = {
        "unit": AlarmUnit.code,
        "purpose": Loan.purpose,
        "out": Loan.out_at,
        "due": Loan.due_at,
        "returned": func.coalesce(Loan.returned_at, Loan.due_at),
        "lent_by": Loan.lent_by_initials,
        "returned_by": Loan.returned_by_initials,
    }
    if sort.key == "unit":
        query = query.join(AlarmUnit, AlarmUnit.id == Loan.unit_id)
    if sort.key == "out":  # either way along the out_at index (oldest first too)
        if sort.descending:
            return query.order_by(Loan.out_at.desc(), Loan.id.desc())
        return query.order_by(Loan.out_at.asc(), Loan.id.asc())
    expression = expressions[sort.key]
    query = query.order_by(expression.desc() if sort.descending else expression.asc())
    # Ties newest first: the out_at index serves it.
    return query.order_by(Loan.out_at.desc(), Loan.id.desc())


def _out_across(start: dt.datetime) -> Any:
    """Loans lent before ``start`` and still out at it. A unit is lent again only once back,
    so that is at most one loan per unit: its last one lent before ``start``, found along the
    (unit, out_at) index, instead of reading the whole history for the returned_at."""
    # correlate(None): one list for the statement, not one per row of the loans list's own
    # join of the unit.
    carried = select(last_loan_before(start)).select_from(AlarmUnit).correlate(None)
    return and_(
        Loan.id.in_(carried),
        or_(Loan.returned_at.is_(None), Loan.returned_at >= start),
    )


def _period_conditions(filters: LoanFilter) -> list[Any]:
    start = None if filters.start is None else at_local(filters.start, dt.time(0))
    end = None if filters.end is None else at_local(filters.end + dt.timedelta(days=1), dt.time(0))
    lent = [Loan.out_at >= start] if start is not None else []
    if end is not None:
        lent.append(Loan.out_at < end)
    if not filters.out_during or start is None:
        return lent  # without a start, "out during" is "lent before the end"
    return [or_(and_(*lent), _out_across(start))]


def _conditions(filters: LoanFilter, at: dt.datetime) -> list[Any]:
    """Every filter but the search."""
    conditions: list[Any] = []
    if filters.open_only or filters.overdue_only:
        conditions.append(Loan.returned_at.is_(None))
    if filters.overdue_only:
        conditions.append(Loan.due_at < at)
    conditions += _period_conditions(filters)
    if filters.unit_id is not None:
        conditions.append(Loan.unit_id == filters.unit_id)
    if filters.borrower_id is not None:
        conditions.append(Loan.borrower_id == filters.borrower_id)
    if filters.purpose is not None:
        conditions.append(Loan.purpose == filters.purpose)
    return conditions


def _capped_count(session: Session, conditions: list[Any], cap: int | None) -> int:
    matching = select(Loan.id).where(*conditions)
    if cap is not None:
        matching = matching.limit(cap)
    return int(session.scalar(select(func.count()).select_from(matching.subquery())) or 0)


def count_loans(
    session: Session,
    filters: LoanFilter | None = None,
    now: dt.datetime | None = None,
    *,
    cap: int | None = None,
) -> int:
    """How many loans ``list_loans`` would list; with ``cap``, at most that many (a list's
    "at least 20 000" without counting a million)."""
    filters = filters or LoanFilter()
    conditions = _conditions(filters, now_utc(now))
    any_left, match = narrowing(session, clean(filters.search))
    if not any_left:
        return 0
    if match is not None:
        conditions.append(match.condition())
    return _capped_count(session, conditions, cap)


def _rows_by_id(session: Session, ids: list[int], at: dt.datetime) -> list[LoanRow]:
    if not ids:
        return []
    found = {c.id: _row(c, at) for c in session.execute(_loan_query().where(Loan.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def list_loans(
    session: Session,
    filters: LoanFilter | None = None,
    now: dt.datetime | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: LoanSort | None = None,
) -> list[LoanRow]:
    """Loans, newest first (or by ``sort``). Overdue: still out and past its due time.

    A city's history holds a million loans: lists ask for one page at a time (``limit`` rows
    from ``offset``). Read newest first along an index, the page's rows come at once; sorted
    otherwise, the page's ids come first from the indexes alone, then its rows."""
    filters = filters or LoanFilter()
    sort = sort or LoanSort()
    at = now_utc(now)
    conditions = _conditions(filters, at)
    any_left, match = narrowing(session, clean(filters.search))
    if not any_left:
        return []
    if filters.open_only or filters.overdue_only:
        # Loans still out are few (one per unit at most) and are sorted here: ordering them in
        # SQL makes SQLite walk the out_at index through the whole history instead of the
        # partial index of open loans (seconds at a million loans: the Overview's card).
        if match is not None:
            conditions.append(match.condition())
        rows = [_row(c, at) for c in session.execute(_loan_query().where(*conditions))]
        rows.sort(key=lambda row: (row.out_at, row.id), reverse=True)  # ties newest first
        rows.sort(key=_row_sort_key(sort.key), reverse=sort.descending)
        return rows[offset : offset + limit] if limit is not None else rows[offset:]
    # Not on the window's start path: the Overview's card lists only the loans still out.
    from samverkan_desktop.services.loans_by_borrower import by_borrower, paged

    walk = False
    if match is not None:
        # Few candidates (a surname): read them from the (person, out_at) indexes and sort.
        # Many (one letter): walk the loans newest first, which fills a page at once.
        walk = (
            session.get_bind().dialect.name == "sqlite"
            and sort.key == "out"
            and _capped_count(session, [*conditions, match.condition()], DENSE_SEARCH)
            >= DENSE_SEARCH
        )
        if sort.key != "borrower":  # which reads pseudonymised loans its own way
            conditions.append(match.condition(walk_newest=walk))
    if sort.key == "out" and (match is None or walk):
        # In the order of an out_at index (the unit's or borrower's one when filtered by them):
        # the page's rows in one statement, stopping when it is full.
        query = _sql_sort(_loan_query().where(*conditions), sort)
        return [_row(c, at) for c in session.execute(paged(query, limit, offset))]
    if sort.key == "borrower":
        ids = by_borrower(session, conditions, match, sort.descending, limit, offset)
    else:
        query = _sql_sort(select(Loan.id).where(*conditions), sort)
        ids = list(session.scalars(paged(query, limit, offset)))
    return _rows_by_id(session, ids, at)


def get_loan(session: Session, loan_id: int, now: dt.datetime | None = None) -> LoanDetail:
    found = session.execute(_loan_query().where(Loan.id == loan_id)).first()
    if found is None:
        raise NotFoundError(_("The loan no longer exists."))
    details = session.execute(
        select(Loan.reason, AlarmUnit.make_model, AlarmUnit.serial_number, Person.title)
        .join(AlarmUnit, AlarmUnit.id == Loan.unit_id)
        .outerjoin(Person, Person.id == Loan.borrower_id)
        .where(Loan.id == loan_id)
    ).one()
    return LoanDetail(
        loan=_row(found, now_utc(now)),
        reason=details.reason,
        unit_make_model=details.make_model,
        unit_serial_number=details.serial_number,
        borrower_title=details.title,
    )


def _overview_now(today: dt.date) -> dt.datetime:
    # The Overview is asked for a day; for today that is now, for another day its noon.
    now = now_utc()
    return now if local(now).date() == today else at_local(today, dt.time(12))


def overview_section(session: Session, today: dt.date) -> OverviewSection:
    """Overview card: units on loan now, overdue ones first and counted in the title."""
    rows = list_loans(session, LoanFilter(open_only=True), _overview_now(today))
    rows.sort(key=lambda row: (not row.overdue, row.due_at))
    overdue = sum(1 for row in rows if row.overdue)
    items = []
    for row in rows[:MAX_ITEMS]:
        due_day = local(row.due_at).date()
        if row.overdue:
            urgency = Urgency.OVERDUE
        else:
            urgency = Urgency.SOON if due_day <= today else Urgency.INFO
        head = due_phrase(row.due_at, row.overdue, today)
        items.append(
            OverviewItem(
                title=row.unit_code,
                head=head,
                date=due_day,
                urgency=urgency,
                area="alarms",
                record_id=row.unit_id,
                who=row.borrower_label(),
                dated=True,
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
