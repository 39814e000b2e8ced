"""The Actions area's list of every action (meetings, safety walks, exercises), fast at any size.

Filtering and sorting happen in SQL: ``action_ids`` returns only the ids in the order shown (one
light query per keystroke), ``first_ids`` the first page of them quickly, and
``action_list_rows.action_list_rows`` turns a page of ids into rows as the view scrolls. The
filters are those of ``services.action_filter.ActionFilter``; the search (``action_search``) also
matches the responsible person's and organisation's names. ``action_index.ActionIndex`` answers
the same filters in memory.

The orders themselves (each column's in SQL, the first page by title or responsible) are in
``action_order``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import Action
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.services.action_filter import (
    OPEN_STATUSES,
    ActionFilter,
    filter_conditions,
)
from samverkan_desktop.services.action_order import (
    responsible_page,
    sorted_query,
    title_page,
    way_of,
)
from samverkan_desktop.services.action_search import candidates, search_condition
from samverkan_desktop.services.validation import clean

# The columns the list can be sorted on (the Actions area's columns, in order).
SORT_KEYS = ("title", "source", "responsible", "priority_area", "due_on", "status")
PAGE_SIZE = 100


def action_ids(
    session: Session,
    filters: ActionFilter | None = None,
    sort: str = "due_on",
    descending: bool = False,
    today: dt.date | None = None,
    limit: int | None = None,
) -> list[int]:
    """The ids of the actions matching ``filters`` in the order shown (the first ``limit``).

    ``sort`` is one of ``SORT_KEYS``; every order ends on the id so pages never overlap. Sorting
    on the due date keeps closed actions last and undated ones after the dated.
    """
    if sort not in SORT_KEYS:
        raise ValueError(sort)
    f = filters or ActionFilter()
    term = clean(f.search)
    found = candidates(session, term) if term else None
    return _action_ids(session, f, sort, descending, today or clock.today(), limit, found)


def _action_ids(
    session: Session,
    f: ActionFilter,
    sort: str,
    descending: bool,
    today: dt.date,
    limit: int | None,
    found: list[int] | None,
) -> list[int]:
    """``action_ids`` given the search's few candidates (``found``) if known."""
    if sort not in SORT_KEYS:
        raise ValueError(sort)
    term = clean(f.search)
    conditions = filter_conditions(session, replace(f, search=None), today)
    if term:
        if found is not None:  # every action that may match: read only those
            conditions.append(Action.id.in_(found))
        conditions.append(search_condition(session, term))
    along_index = True
    if sort == "responsible" and limit is not None:
        return responsible_page(session, conditions, descending, limit)
    if sort == "title" and limit is not None and conditions:
        page = title_page(session, conditions, descending, limit)
        if page is not None:
            return page
        along_index = False  # few match near the start: sorting them costs less
    query = sorted_query(select(Action.id).where(*conditions), sort, descending, along_index)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def first_ids(
    session: Session,
    filters: ActionFilter | None = None,
    sort: str = "due_on",
    descending: bool = False,
    today: dt.date | None = None,
    limit: int = PAGE_SIZE,
) -> list[int]:
    """The first ``limit`` ids of ``action_ids`` (same order), quickly for the usual case.

    Sorted on the due date, the answer is read in parts (open and dated, open and undated,
    closed ...) walking the due-date index, which stops after ``limit`` rows instead of sorting
    every action. A search matching many actions is read the same way (its open actions through
    the status index); one matching few sorts those few.
    """
    f = filters or ActionFilter()
    today = today or clock.today()
    term = clean(f.search)
    # Only open actions (a few thousand): reading them all costs less than a scan for a short
    # term's candidates would.
    only_open = f.open_only or f.overdue or (f.status is not None and not f.status.is_closed)
    found = candidates(session, term, scan=sort != "due_on" or not only_open) if term else None
    if sort != "due_on" or found is not None or (term and _narrowed(f)):
        # Few matches: those are sorted. Walking the due-date index for them would read the
        # whole table through it; with a filter narrowing the actions as well, one scan and a
        # sort is steadier too.
        return _action_ids(session, f, sort, descending, today, limit, found)
    # The status as an expression, so SQLite walks the due-date index (stopping after ``limit``
    # rows) instead of taking the status index and sorting every action of that status.
    status = func.coalesce(type_coerce(Action.status, String), "")
    closed = [s.value for s in CLOSED_STATUSES]
    conditions = filter_conditions(
        session, replace(f, open_only=False, overdue=False, status=None, search=None), today
    )
    if f.overdue:
        conditions.append(Action.due_on < today)
    if f.status is not None:
        conditions.append(status == f.status.value)
    if term:  # matched by many: a page fills after a short walk
        conditions.append(search_condition(session, term))
    way = way_of(descending)
    open_part = f.status is None or not f.status.is_closed
    closed_part = not only_open
    parts: list[tuple[ColumnElement[bool], bool]] = []
    page: list[int] = []
    if open_part and term:
        # The walk would also read the closed actions between the open ones (most of the
        # register) and test the search on each: the few thousand open actions are found
        # through the status index and sorted instead.
        query = (
            select(Action.id)
            .where(*conditions, Action.status.in_(OPEN_STATUSES))
            .order_by(Action.due_on.is_(None), way(Action.due_on), way(Action.id))
            .limit(limit)
        )
        page.extend(session.scalars(query))
    elif open_part:
        parts += [(status.not_in(closed), True), (status.not_in(closed), False)]
    if closed_part:
        parts += [(status.in_(closed), True), (status.in_(closed), False)]
    for state, dated in parts:
        if len(page) >= limit:
            break
        if dated:
            when = Action.due_on.is_not(None)
            order = [way(Action.due_on), way(Action.id)]
        else:
            when = Action.due_on.is_(None)
            order = [way(Action.id)]
        query = (
            select(Action.id)
            .where(*conditions, state, when)
            .order_by(*order)
            .limit(limit - len(page))
        )
        page.extend(session.scalars(query))
    return page


def _narrowed(f: ActionFilter) -> bool:
    """A filter other than the status keeps few actions: walking the due-date index would
    read many to fill a page of those that also match a search."""
    return any(
        value is not None
        for value in (
            f.organisation_id,
            f.person_id,
            f.priority_area_id,
            f.group_id,
            f.source_type,
            f.source_id,
        )
    )


def count_actions(
    session: Session, filters: ActionFilter | None = None, today: dt.date | None = None
) -> int:
    """How many actions (match ``filters``, the search aside from responsible names)."""
    # count(*), not count(id): SQLite counts a whole table from its b-tree at once (10 ms less
    # at 100,000 actions) instead of reading an index entry by entry.
    query = select(func.count()).select_from(Action)
    if filters is None:
        return session.scalar(query) or 0
    conditions = filter_conditions(session, filters, today or clock.today())
    return session.scalar(query.where(*conditions)) or 0
