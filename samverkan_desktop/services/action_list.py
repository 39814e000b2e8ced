"""The Actions area's list of every action (meetings, safety walks, exercises), fast at any size.

Filtering and sorting happen in SQL: ``action_ids`` returns only the ids in the order shown (one
light query per keystroke), and ``action_list_rows`` turns a page of ids into rows as the view
scrolls. The filters are those of ``services.actions.ActionFilter``; the search here also matches
the responsible person's and organisation's names.

A search first asks which actions may match, up to ``FEW_MATCHES``, from indexes (on SQLite the
trigram index ``action_search`` kept by triggers, migration 0011; on PostgreSQL GIN trigram
indexes serve the same ILIKE). Few: exactly those are checked and sorted. Many: the list is read
in the order shown and stops once a page is full, which is quick because matches are everywhere.

The orders themselves (each column's in SQL, the first page by title or responsible) are in
``action_order``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    column,
    func,
    or_,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from samverkan_desktop import clock
from samverkan_desktop.models import (
    Action,
    ActionSource,
    ActionStatus,
    Group,
    Organisation,
    Person,
    PriorityArea,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.models.groups import group_priority_areas
from samverkan_desktop.services.action_order import (
    STATUS_ORDER,
    responsible_page,
    sorted_query,
    title_page,
    way_of,
)
from samverkan_desktop.services.action_rows import (
    first_area,
    origin_text,
    priority_area_text,
    responsible_text,
)
from samverkan_desktop.services.actions import (
    OPEN_STATUSES,
    ActionFilter,
    filter_conditions,
    source_texts,
)
from samverkan_desktop.services.id_batches import batches
from samverkan_desktop.services.text_search import any_contains, contains, trigram_phrase
from samverkan_desktop.services.validation import clean

# The columns the list can be sorted on (the Actions area's columns, in order).
SORT_KEYS = ("title", "source", "responsible", "priority_area", "due_on", "status")
PAGE_SIZE = 100
# A search matching at most this many actions sorts them; more are read in the order shown.
FEW_MATCHES = 3000
# The SQLite trigram index over the titles and descriptions (migration 0011_action_search).
_search_index = table("action_search", column("rowid", Integer), column("action_search"))


@dataclass(frozen=True)
class ActionListRow:
    id: int
    title: str
    source_type: ActionSource
    source_id: int | None
    source_text: str  # "Möte 2026-11-03 14:00, Platssamverkan Klara", "Trygghetsvandring ..."
    responsible: str  # "Sara Holm · Polisen"
    priority_area: str | None  # the action's own, else its group's
    raised_on: dt.date
    due_on: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None
    overdue: bool
    responsible_person: str | None = None  # the name alone, printed over the organisation

    @property
    def is_open(self) -> bool:
        return not self.status.is_closed


_person_org = aliased(Organisation)


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
    found = _candidates(session, term) if term else None
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
        conditions.append(_search(session, term))
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


def _search(session: Session, term: str) -> ColumnElement[bool]:
    """The title or description contains ``term``, or the responsible's name (a person's, their
    organisation's, or an organisation's). The few matching people and organisations are found
    first: joining them to every action costs three lookups a row on 100,000 actions."""
    return or_(_text_contains(session, term), _responsible_matches(session, term))


def _text_contains(session: Session, term: str) -> ColumnElement[bool]:
    return any_contains(session, [Action.title, Action.description], term)


def _responsible_matches(session: Session, term: str) -> ColumnElement[bool]:
    organisations = select(Organisation.id).where(contains(session, Organisation.name, term))
    people = select(Person.id).where(
        or_(contains(session, Person.name, term), Person.organisation_id.in_(organisations))
    )
    return or_(
        Action.responsible_person_id.in_(people),
        Action.responsible_organisation_id.in_(organisations),
    )


def _candidates(session: Session, term: str, scan: bool = True) -> list[int] | None:
    """The ids of every action that may match ``term`` when there are at most ``FEW_MATCHES``
    (a superset: ``_search`` decides), else None. Read from indexes: the trigram index for the
    text (a scan for terms it cannot serve, which stops early when many match; None without
    ``scan``), the people's and organisations' indexes for the responsible."""
    cap = FEW_MATCHES + 1
    connection = session.connection()  # Core: up to thousands of ids, no ORM per row
    phrase = trigram_phrase(session, term)
    if phrase is not None:
        by_index = select(_search_index.c.rowid).where(_search_index.c.action_search.match(phrase))
        # Counted first: while the first letters are typed most terms match many, and then
        # their ids are not needed.
        counted = select(func.count()).select_from(by_index.limit(cap).subquery())
        if connection.execute(counted).scalar_one() > FEW_MATCHES:
            return None
        by_text = connection.execute(by_index).scalars().all()
    elif session.get_bind().dialect.name == "sqlite" and not scan:
        return None
    else:
        # PostgreSQL's trigram indexes serve this very condition. On SQLite a scan (a term of
        # one or two letters), which stops early when many match, as short terms do.
        scanned = select(Action.id).where(_text_contains(session, term)).limit(cap)
        by_text = connection.execute(scanned).scalars().all()
        if len(by_text) > FEW_MATCHES:
            return None
    room = cap - len(by_text)
    responsible = select(Action.id).where(_responsible_matches(session, term)).limit(room)
    by_responsible = connection.execute(responsible).scalars().all()
    if len(by_responsible) >= room:  # perhaps more than FEW_MATCHES in all
        return None
    return sorted({*by_text, *by_responsible})


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
    found = _candidates(session, term, scan=sort != "due_on" or not only_open) if term else None
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
        conditions.append(_search(session, term))
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


def action_list_rows(
    session: Session, ids: Sequence[int], today: dt.date | None = None
) -> list[ActionListRow]:
    """Rows for ``ids`` (one page), in the order given; ids that went away are left out."""
    today = today or clock.today()
    wanted = list(ids)
    if not wanted:
        return []
    query = (
        select(
            Action.id,
            Action.title,
            Action.source_type,
            Action.source_id,
            Action.raised_on,
            Action.due_on,
            Action.status,
            Action.closed_on,
            Action.group_id,
            Person.name,
            Organisation.name,
            _person_org.name,
            PriorityArea.name,
            Group.name,
        )
        .outerjoin(Person, Person.id == Action.responsible_person_id)
        .outerjoin(Organisation, Organisation.id == Action.responsible_organisation_id)
        .outerjoin(_person_org, _person_org.id == Person.organisation_id)
        .outerjoin(PriorityArea, PriorityArea.id == Action.priority_area_id)
        .outerjoin(Group, Group.id == Action.group_id)
    )
    # In batches: printing every action passes them all (see services.id_batches).
    found = {
        row[0]: row
        for batch in batches(wanted)
        for row in session.execute(query.where(Action.id.in_(batch)))
    }
    group_areas = _group_areas(
        session, {row[8] for row in found.values() if row[12] is None and row[8] is not None}
    )
    sources = _source_texts(session, found.values())
    rows = []
    for action_id in wanted:
        row = found.get(action_id)
        if row is None:
            continue
        (_id, title, source_type, source_id, raised_on, due_on, status, closed_on, group_id,
         person, organisation, person_org, area, group) = row  # fmt: skip
        rows.append(
            ActionListRow(
                id=action_id,
                title=title,
                source_type=source_type,
                source_id=source_id,
                source_text=origin_text(sources.get(action_id), group, source_type),
                responsible=responsible_text(person, organisation, person_org),
                priority_area=priority_area_text(
                    area, group_areas.get(group_id) if group_id else None
                ),
                raised_on=raised_on,
                due_on=due_on,
                status=status,
                closed_on=closed_on,
                overdue=not status.is_closed and due_on is not None and due_on < today,
                responsible_person=person,
            )
        )
    return rows


def _group_areas(session: Session, group_ids: set[int]) -> dict[int, str]:
    """Each group's first priority area (``action_rows.first_area``)."""
    if not group_ids:
        return {}
    query = (
        select(group_priority_areas.c.group_id, PriorityArea.name)
        .join(PriorityArea, PriorityArea.id == group_priority_areas.c.priority_area_id)
        .where(group_priority_areas.c.group_id.in_(group_ids))
    )
    names: dict[int, list[str]] = {}
    for group_id, name in session.execute(query):
        names.setdefault(group_id, []).append(name)
    return {group_id: first for group_id, areas in names.items() if (first := first_area(areas))}


def _source_texts(session: Session, rows: object) -> dict[int, str]:
    """ "Möte 2026-11-03, Platssamverkan Klara" / "Trygghetsvandring 2021-04-20, Tessinparken" /
    "Övning 2021-02-17, Krisledningsövning" for a page of rows, worded as the detail beside the
    list words them (services.actions.source_texts): the day is enough to tell meetings apart in
    a list (the time would crowd the column)."""
    kinds = {row[0]: (row[2], row[3]) for row in rows}  # type: ignore[attr-defined]
    texts = source_texts(session, kinds.values(), with_time=False)
    return {action_id: texts[source] for action_id, source in kinds.items() if source in texts}


# --- the in-memory index: filtering on every keystroke over one fetch ----------------------------


class ActionIndex:
    """Every action's filter and sort values, fetched once; ``select`` answers a filter in
    memory with the same meaning as ``action_ids`` (a test holds them together).

    Built off the GUI thread for a large register; ``refresh_ids`` patches it after a change.
    Typing on in the search field narrows the previous answer instead of starting again.
    """

    def __init__(self, session: Session, today: dt.date | None = None) -> None:
        self.today = today or clock.today()
        self._group_areas = _all_group_areas(session)
        self._rows: list[tuple[Any, ...]] = []
        self._pos: dict[int, int] = {}
        # Core, not ORM, execution: no per-row ORM bookkeeping for 100,000 rows.
        self._put_rows(session.connection().execute(_index_query()).all())
        self._order("due_on", False)  # the usual order, sorted here (off the GUI thread)

    def __len__(self) -> int:
        return len(self._pos)

    def refresh_ids(self, session: Session, ids: Sequence[int]) -> None:
        """Re-read some actions after a change (new ones are added, deleted ones dropped)."""
        wanted = list(ids)
        found = session.connection().execute(_index_query(wanted)).all()
        gone = set(wanted) - {row[0] for row in found}
        for action_id in gone & self._pos.keys():
            self._rows[self._pos.pop(action_id)] = ()  # a hole, skipped from now on
        self._put_rows(found)

    def _put_rows(self, rows: Sequence[Any]) -> None:
        areas = self._group_areas
        by_value = {status.value: status for status in ActionStatus}
        for row in rows:
            (action_id, title, description, status, due_on, source_type, source_id, area_id,
             group_id, org_id, person_id, person_org_id, person, organisation, person_org,
             area, group) = row  # fmt: skip
            group_area = areas.get(group_id) if group_id is not None else None
            entry = (
                action_id,
                f"{title}\n{description or ''}\n{person or ''}\n{organisation or ''}\n"
                f"{person_org or ''}".casefold(),
                by_value[status],
                due_on,
                source_type,
                source_id,
                (org_id, person_org_id),
                person_id,
                (area_id,) if area_id is not None else (group_area[0] if group_area else ()),
                group_id,
                title,
                person or organisation or person_org or "",
                priority_area_text(area, group_area[1] if group_area else None),
                group or "",
            )
            if action_id in self._pos:
                self._rows[self._pos[action_id]] = entry
            else:
                self._pos[action_id] = len(self._rows)
                self._rows.append(entry)
        self._orders: dict[tuple[str, bool], list[tuple[Any, ...]]] = {}
        self._last: tuple[Any, ...] | None = None

    def select(
        self, filters: ActionFilter | None = None, sort: str = "due_on", descending: bool = False
    ) -> list[int]:
        f = filters or ActionFilter()
        term = (clean(f.search) or "").casefold()
        rest = replace(f, search=None)
        last = self._last
        if last is not None and last[:3] == (rest, sort, descending) and term.startswith(last[3]):
            rows = last[4]  # the user typed on: narrow what the shorter text found
        else:
            rows = self._filtered(rest, self._order(sort, descending))
        if term:
            rows = [r for r in rows if term in r[1]]
        self._last = (rest, sort, descending, term, rows)
        return [r[0] for r in rows]

    def _filtered(self, f: ActionFilter, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        if f.open_only or f.overdue:
            rows = [r for r in rows if not r[2].is_closed]
        if f.overdue:
            today = self.today
            rows = [r for r in rows if r[3] is not None and r[3] < today]
        if f.status is not None:
            rows = [r for r in rows if r[2] is f.status]
        if f.organisation_id is not None:
            rows = [r for r in rows if f.organisation_id in r[6]]
        if f.person_id is not None:
            rows = [r for r in rows if r[7] == f.person_id]
        if f.priority_area_id is not None:
            rows = [r for r in rows if f.priority_area_id in r[8]]
        if f.group_id is not None:
            rows = [r for r in rows if r[9] == f.group_id]
        if f.source_type is not None:
            rows = [r for r in rows if r[4] == f.source_type.value]
        if f.source_id is not None:
            rows = [r for r in rows if r[5] == f.source_id]
        return rows

    def _order(self, sort: str, descending: bool) -> list[tuple[Any, ...]]:
        if sort not in SORT_KEYS:
            raise ValueError(sort)
        cached = self._orders.get((sort, descending))
        if cached is not None:
            return cached
        rows = [r for r in self._rows if r]
        sign = -1 if descending else 1
        far = dt.date.max.toordinal()
        key: Any
        if sort == "due_on":

            def key(r: tuple[Any, ...]) -> tuple[Any, ...]:
                day = r[3]
                return (r[2].is_closed, day is None, sign * (day.toordinal() if day else far),
                        sign * r[0])  # fmt: skip

            ordered = sorted(rows, key=key)
        elif sort == "status":

            def key(r: tuple[Any, ...]) -> tuple[Any, ...]:
                day = r[3]
                return (sign * STATUS_ORDER[r[2]], day is None, day.toordinal() if day else 0,
                        sign * r[0])  # fmt: skip

            ordered = sorted(rows, key=key)
        else:
            # The key SQL sorts by (``action_order.sorted_query``): the first page, read from
            # SQL while this index is built, and the printout come in the same order.
            from samverkan_desktop.swedish_order import sql_sort_key_of

            memo: dict[str, str] = {}

            def k(name: str) -> str:  # few names (people, groups, areas), each keyed once
                found = memo.get(name)
                if found is None:
                    found = memo[name] = sql_sort_key_of(name)
                return found

            key = {
                "title": lambda r: (sql_sort_key_of(r[10]), r[0]),
                "responsible": lambda r: (k(r[11]), r[0]),
                "priority_area": lambda r: (r[12] is None, k(r[12] or ""), r[0]),
                "source": lambda r: (r[4], k(r[13]), r[5] or 0, r[0]),
            }[sort]
            ordered = sorted(rows, key=key, reverse=descending)
        self._orders[(sort, descending)] = ordered
        return ordered


def _index_query(ids: Sequence[int] | None = None) -> Any:
    # Status and source as their stored strings: converting 100,000 enums per row is slow.
    query = (
        select(
            Action.id,
            Action.title,
            Action.description,
            type_coerce(Action.status, String),
            Action.due_on,
            type_coerce(Action.source_type, String),
            Action.source_id,
            Action.priority_area_id,
            Action.group_id,
            Action.responsible_organisation_id,
            Action.responsible_person_id,
            Person.organisation_id,
            Person.name,
            Organisation.name,
            _person_org.name,
            PriorityArea.name,
            Group.name,
        )
        .outerjoin(Person, Person.id == Action.responsible_person_id)
        .outerjoin(Organisation, Organisation.id == Action.responsible_organisation_id)
        .outerjoin(_person_org, _person_org.id == Person.organisation_id)
        .outerjoin(PriorityArea, PriorityArea.id == Action.priority_area_id)
        .outerjoin(Group, Group.id == Action.group_id)
    )
    return query if ids is None else query.where(Action.id.in_(list(ids)))


def _all_group_areas(session: Session) -> dict[int, tuple[tuple[int, ...], str]]:
    """Each group's priority area ids and its first area's name."""
    found: dict[int, list[tuple[str, int]]] = {}
    query = select(group_priority_areas.c.group_id, PriorityArea.id, PriorityArea.name).join(
        PriorityArea, PriorityArea.id == group_priority_areas.c.priority_area_id
    )
    for group_id, area_id, name in session.execute(query):
        found.setdefault(group_id, []).append((name, area_id))
    return {
        group_id: (tuple(a for _n, a in sorted(areas)), first)
        for group_id, areas in found.items()
        if (first := first_area(n for n, _a in areas))
    }
