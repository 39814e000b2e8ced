"""The loan history: lists with filters (open, overdue, period, unit, borrower), one loan with its
reason for the coordinator, and the Overview's "on loan / overdue" card."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, literal_column, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import AlarmUnit, Loan, Person, UnitKind
from samverkan_desktop.services.alarms import at_local, last_loan_before, now_utc
from samverkan_desktop.services.text_search import any_contains, contains
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
# A search sorted by borrower looks for its page among this many latest pseudonymised loans first.
RECENT_WALK = 5_000


@dataclass(frozen=True)
class LoanSort:
    key: str = "out"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown loan sort key {self.key!r}")


def _row_sort_key(key: str) -> Any:
    """The same order as ``_sql_sort`` (``_by_borrower``) for rows already read (the few open
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
    """Every order but the borrower's (``_by_borrower``)."""
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


@dataclass(frozen=True)
class _Match:
    """What a search term matches: units by code, people by name or department. Read once per
    list or count: the loan queries then use the ids instead of scanning the people table
    again for the borrower, the manager, the density check and the page (two thirds of a
    keystroke's SQL at a million loans)."""

    units: Any  # a subquery of their ids, a list, or None: none matches
    people: Any
    every_unit: bool = False  # the term is in every unit's code: every loan matches

    def condition(self, walk_newest: bool = False) -> Any:
        """Loans of those units, borrowers or approving managers. ``walk_newest``: hide the
        columns from SQLite's index choice (``+ 0``) so that it reads the loans newest first and
        stops at a full page."""
        unit_id: Any = Loan.unit_id
        borrower_id: Any = Loan.borrower_id
        approver_id: Any = Loan.approved_by_id
        if walk_newest:
            unit_id, borrower_id, approver_id = unit_id + 0, borrower_id + 0, approver_id + 0
        parts = [unit_id.in_(self.units)] if self.units is not None else []
        if self.people is not None:
            parts += [borrower_id.in_(self.people), approver_id.in_(self.people)]
        return or_(*parts)


def _search_match(session: Session, term: str) -> _Match | None:
    """The units and people ``term`` finds; None when it finds none (no loan to look for)."""
    people = any_contains(session, [Person.name, Person.department], term)
    found: Sequence[Any] = session.execute(
        union_all(
            select(literal_column("0"), AlarmUnit.id).where(
                contains(session, AlarmUnit.code, term)
            ),
            select(literal_column("1"), Person.id).where(people),
        )
    ).all()
    units = [i for kind, i in found if kind == 0]
    people_ids = [i for kind, i in found if kind == 1]
    if not units and not people_ids:
        return None
    # "L", "LA", "LARM-" (a surname's first letters, or the codes' common part): in every
    # unit's code, so every loan matches, and the list is the list unsearched. Checked here,
    # sorted by borrower Ö–A a million loans' condition took 0.4 s a keystroke.
    every_unit = len(units) == session.scalar(select(func.count()).select_from(AlarmUnit))
    if session.get_bind().dialect.name != "sqlite":
        return _Match(
            _id_list(units),
            select(Person.id).where(people) if people_ids else None,
            every_unit,
        )
    # SQLite: each list is one JSON text read by json_each (a bound value per id costs
    # SQLAlchemy more than the query, and SQLite binds at most 32,766).
    return _Match(_json_ids(units), _json_ids(people_ids), every_unit)


def _narrowing(session: Session, term: str | None) -> tuple[bool, _Match | None]:
    """Whether ``term`` leaves any loan to list, and the match that narrows the list (None: a
    term in every unit's code narrows nothing)."""
    if not term:
        return True, None
    match = _search_match(session, term)
    if match is None:
        return False, None
    return True, (None if match.every_unit else match)


def _json_ids(ids: list[int]) -> Any:
    if not ids:
        return None
    return select(literal_column("value")).select_from(func.json_each(json.dumps(ids)))


def _id_list(ids: list[int]) -> Any:
    return ids or None


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
    any_left, match = _narrowing(session, clean(filters.search))
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
    any_left, match = _narrowing(session, clean(filters.search))
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
        return [_row(c, at) for c in session.execute(_page(query, limit, offset))]
    if sort.key == "borrower":
        ids = _by_borrower(session, conditions, match, sort.descending, limit, offset)
    else:
        query = _sql_sort(select(Loan.id).where(*conditions), sort)
        ids = list(session.scalars(_page(query, limit, offset)))
    return _rows_by_id(session, ids, at)


def _by_borrower(
    session: Session,
    conditions: list[Any],
    match: _Match | None,
    descending: bool,
    limit: int | None,
    offset: int,
) -> list[int]:
    """A page of loan ids by borrower in Swedish order (``swedish_order.sql_sort_key``), ties
    newest first; pseudonymised loans (no borrower) as an empty name: first, or last when
    descending. Read in two parts: most of a city's history is pseudonymised, and those loans
    come newest first along the (borrower, out_at) index; the named ones are sorted by their
    borrower's key, worked out once per person instead of once per loan (a million)."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the start path

    keys = select(Person.id, sql_sort_key(Person.name).label("key"))
    borrower = keys.cte("borrower_keys").prefix_with("MATERIALIZED")
    way = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    searched = [] if match is None else [match.condition()]
    named = (
        select(Loan.id)
        .join(borrower, borrower.c.id == Loan.borrower_id)
        .where(*conditions, *searched)
        .order_by(way(borrower.c.key), Loan.out_at.desc(), Loan.id.desc())
    )
    # Searched: the loans of the units and managers found, through their indexes, rather than
    # every pseudonymised loan checked against them (a third of a second at a million).
    no_borrower = (Loan.borrower_id + 0 if match is not None else Loan.borrower_id).is_(None)
    unnamed = (
        select(Loan.id)
        .where(no_borrower, *conditions, *searched)
        .order_by(Loan.out_at.desc(), Loan.id.desc())
    )

    def named_page(limit: int | None, offset: int) -> list[int]:
        return list(session.scalars(_page(named, limit, offset)))

    def unnamed_page(limit: int | None, offset: int) -> list[int]:
        if match is not None and limit is not None:
            recent = _recent_unnamed(session, conditions, match, limit, offset)
            if recent is not None:
                return recent
        return list(session.scalars(_page(unnamed, limit, offset)))

    first, first_page, then_page = (
        (named, named_page, unnamed_page) if descending else (unnamed, unnamed_page, named_page)
    )
    page = first_page(limit, offset)
    if limit is not None and len(page) >= limit:
        return page
    # How many the first part holds: known from this page unless it starts past them.
    before = offset + len(page) if page or not offset else _count_of(session, first)
    rest = None if limit is None else limit - len(page)
    return page + then_page(rest, max(0, offset - before))


def _recent_unnamed(
    session: Session, conditions: list[Any], match: _Match, limit: int, offset: int
) -> list[int] | None:
    """A searched page of pseudonymised loans from the latest ``RECENT_WALK`` of them, newest
    first along the index (a common letter fills a page there at once); None when too few of
    those match."""
    newest = (Loan.out_at.desc(), Loan.id.desc())
    latest = select(Loan.out_at).where(Loan.borrower_id.is_(None)).order_by(*newest)
    bound = session.scalar(latest.offset(RECENT_WALK).limit(1))
    query = select(Loan.id).where(
        Loan.borrower_id.is_(None), *conditions, match.condition(walk_newest=True)
    )
    if bound is not None:  # every loan lent from then on comes before every one lent earlier
        query = query.where(Loan.out_at >= bound)
    page = list(session.scalars(_page(query.order_by(*newest), limit, offset)))
    return page if len(page) >= limit or bound is None else None


def _count_of(session: Session, query: Any) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(session.scalar(counted) or 0)


def _page(query: Any, limit: int | None, offset: int) -> Any:
    if limit is not None:
        query = query.limit(limit)
    return query.offset(offset) if offset else query


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
            urgency, head = Urgency.OVERDUE, _("overdue since {time}")
        else:
            urgency = Urgency.SOON if due_day <= today else Urgency.INFO
            head = _("to be back {time}")
        items.append(
            OverviewItem(
                title=row.unit_code,
                head=head.format(time=display_datetime(row.due_at)),
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
