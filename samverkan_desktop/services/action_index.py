"""The in-memory index of the Actions area's list: filtering on every keystroke over one fetch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import Action, ActionStatus, Person, PriorityArea
from samverkan_desktop.models.groups import group_priority_areas
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list import SORT_KEYS
from samverkan_desktop.services.action_list_rows import select_with_names
from samverkan_desktop.services.action_order import STATUS_ORDER
from samverkan_desktop.services.action_rows import first_area, priority_area_text
from samverkan_desktop.services.validation import clean


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
    query = select_with_names(
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
