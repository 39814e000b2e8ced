"""The loans list sorted by borrower, in Swedish order (``swedish_order.sql_sort_key``), a page
at a time: most of a city's history is pseudonymised, so the loans without a borrower and the
named ones are read as two parts, each along its own index. Kept apart from ``alarm_history``
(the lists, the filters, the other orders), which pages its queries with ``paged`` too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Loan, Person

if TYPE_CHECKING:
    from samverkan_desktop.services.loan_search import LoanMatch

# A search sorted by borrower looks for its page among this many latest pseudonymised loans first.
RECENT_WALK = 5_000


def by_borrower(
    session: Session,
    conditions: list[Any],
    match: LoanMatch | None,
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
        return list(session.scalars(paged(named, limit, offset)))

    def unnamed_page(limit: int | None, offset: int) -> list[int]:
        if match is not None and limit is not None:
            recent = _recent_unnamed(session, conditions, match, limit, offset)
            if recent is not None:
                return recent
        return list(session.scalars(paged(unnamed, limit, offset)))

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
    session: Session, conditions: list[Any], match: LoanMatch, limit: int, offset: int
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
    page = list(session.scalars(paged(query.order_by(*newest), limit, offset)))
    return page if len(page) >= limit or bound is None else None


def _count_of(session: Session, query: Any) -> int:
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    return int(session.scalar(counted) or 0)


def paged(query: Any, limit: int | None, offset: int) -> Any:
    """``query``'s ``limit`` rows (all without one) from ``offset``: a page of the loans list."""
    if limit is not None:
        query = query.limit(limit)
    return query.offset(offset) if offset else query
