"""The orders of the Actions area's list in SQL, and the quick ways to its first page.

``sorted_query`` sorts a query of actions as a column of the list shows them (names in Swedish
order, every order ending on the id); ``title_page`` and ``responsible_page`` read the first page
sorted by title or by responsible without sorting every action. ``action_list`` (the filters, the
search, the ids in order) asks these for its order; kept apart so that each can be read whole.
``action_index.ActionIndex`` sorts the same way in memory (a test holds them together).
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    Action,
    ActionStatus,
    Group,
    Organisation,
    Person,
    PriorityArea,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.models.groups import group_priority_areas

# The statuses in the order of the status column (ActionIndex sorts by it too).
STATUS_ORDER = {status: index for index, status in enumerate(ActionStatus)}
# A page sorted by title with a filter or search is looked for among this many first titles.
TITLE_WALK = 5000


def way_of(descending: bool) -> Any:
    """A column's ascending or descending ordering, as ``descending`` says."""

    def way(column: Any) -> Any:
        return column.desc() if descending else column.asc()

    return way


def sorted_query(query: Any, sort: str, descending: bool, along_index: bool = True) -> Any:
    """``query`` (of actions) in the order ``sort`` shows, names in Swedish order;
    ``action_index.ActionIndex`` sorts the same way in memory. Every order ends on the id, so
    pages never overlap. Without ``along_index`` the title's key is one the title index cannot
    serve: the matches are sorted."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    way = way_of(descending)
    keys: list[Any]
    closed = case((Action.status.in_(tuple(CLOSED_STATUSES)), 1), else_=0)
    if sort == "due_on":
        keys = [closed, Action.due_on.is_(None), way(Action.due_on)]
    elif sort == "title":
        # The expression of the index ix_actions_title_swedish: read along it, a page of
        # 100,000 actions stops after its rows.
        title = Action.title if along_index else Action.title.concat("")
        keys = [way(sql_sort_key(title))]
    elif sort == "responsible":
        people = _keyed("person_keys", Person.id, Person.name)
        organisations = _keyed("organisation_keys", Organisation.id, Organisation.name)
        query = query.outerjoin(people, people.c.id == Action.responsible_person_id).outerjoin(
            organisations, organisations.c.id == Action.responsible_organisation_id
        )
        # A person always has a name: their organisation's never shows first.
        keys = [way(func.coalesce(people.c.key, organisations.c.key, ""))]
    elif sort == "priority_area":
        areas = _keyed("area_keys", PriorityArea.id, PriorityArea.name)
        group_areas = _group_area_keys()
        query = query.outerjoin(areas, areas.c.id == Action.priority_area_id).outerjoin(
            group_areas, group_areas.c.id == Action.group_id
        )
        key = func.coalesce(areas.c.key, group_areas.c.key)
        keys = [way(key.is_(None)), way(key)]
    elif sort == "status":
        order = case(
            *((Action.status == status, index) for status, index in STATUS_ORDER.items()),
            else_=len(STATUS_ORDER),
        )
        keys = [way(order), Action.due_on.is_(None), Action.due_on]
    else:  # source: its kind, then the group, then the source record
        group_keys = _keyed("group_keys", Group.id, Group.name)
        query = query.outerjoin(group_keys, group_keys.c.id == Action.group_id)
        keys = [
            way(Action.source_type),
            way(func.coalesce(group_keys.c.key, "")),
            way(func.coalesce(Action.source_id, 0)),
        ]
    return query.order_by(*keys, way(Action.id))


def title_page(
    session: Session, conditions: list[Any], descending: bool, limit: int
) -> list[int] | None:
    """The first ``limit`` actions by title read along the title index, within its first
    ``TITLE_WALK`` entries; None when fewer match there. Unbounded, a filter or search matching
    few (or only at the far end: "Belysning" sorted Ö to A) read the whole index, a row at a
    time: 150 ms at 100,000 actions, where sorting what matches took 10 to 60."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    key = sql_sort_key(Action.title)
    way = way_of(descending)
    order = (way(key), way(Action.id))
    bound = session.scalar(select(key).order_by(*order).offset(TITLE_WALK).limit(1))
    query = select(Action.id).where(*conditions)
    if bound is not None:  # every action up to the bound comes before every one after it
        query = query.where(key >= bound if descending else key <= bound)
    page = list(session.scalars(query.order_by(*order).limit(limit)))
    return page if len(page) >= limit or bound is None else None


def responsible_page(
    session: Session, conditions: list[Any], descending: bool, limit: int
) -> list[int]:
    """The first ``limit`` actions in ``sorted_query``'s "responsible" order, read as two pages
    merged: the actions of a person, and those of an organisation alone (every action has one or
    the other: ck_actions_has_responsible), each page stopping after ``limit``. One query sorting
    every action by whichever name applies took 110 ms at 100,000 actions (SQLite); these two
    take 30 to 45. The keys compare as their characters: SQLite's own order, PostgreSQL's
    with the C collation, as installed."""
    way = way_of(descending)
    people = _keyed("person_keys", Person.id, Person.name)
    organisations = _keyed("organisation_keys", Organisation.id, Organisation.name)
    pages = [
        select(Action.id, people.c.key)
        .join(people, people.c.id == Action.responsible_person_id)
        .where(*conditions)
        .order_by(way(people.c.key), way(Action.id)),
        select(Action.id, organisations.c.key)
        .join(organisations, organisations.c.id == Action.responsible_organisation_id)
        .where(Action.responsible_person_id.is_(None), *conditions)
        .order_by(way(organisations.c.key), way(Action.id)),
    ]
    merged = heapq.merge(
        *(session.execute(page.limit(limit)).all() for page in pages),
        key=lambda row: (row[1], row[0]),
        reverse=descending,
    )
    return [row[0] for row in itertools.islice(merged, limit)]


def _keyed(name: str, ids: Any, names: Any) -> Any:
    """Each row's Swedish sort key (``swedish_order.sql_sort_key``) of a small table (people,
    organisations, groups, areas), worked out once per query: per action it cost 2 µs, twice
    a sort of 100,000 actions."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    keys = select(ids.label("id"), sql_sort_key(names).label("key"))
    return keys.cte(name).prefix_with("MATERIALIZED")


def _group_area_keys() -> Any:
    """Each group's first priority area by name (``action_rows.first_area``): its key."""
    from samverkan_desktop.swedish_order import sql_sort_key  # not on the window's start path

    # Ranked once per group, not per action: a third of the time of min(name) per action on
    # SQLite at 100,000 actions, where ordering each action's areas took three times as long.
    rank = func.row_number().over(
        partition_by=group_priority_areas.c.group_id,
        order_by=(sql_sort_key(PriorityArea.name), PriorityArea.name),
    )
    ranked = (
        select(group_priority_areas.c.group_id, PriorityArea.name, rank.label("rank"))
        .join(PriorityArea, PriorityArea.id == group_priority_areas.c.priority_area_id)
        .subquery()
    )
    keys = select(ranked.c.group_id.label("id"), sql_sort_key(ranked.c.name).label("key"))
    return keys.where(ranked.c.rank == 1).cte("group_area_keys").prefix_with("MATERIALIZED")
