"""The rows of the Actions area's list: a page of ids (``action_list``) read as the view
shows them, with the names, the priority area and the source in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
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
from samverkan_desktop.models.groups import group_priority_areas
from samverkan_desktop.services.action_rows import (
    first_area,
    origin_text,
    priority_area_text,
    responsible_text,
)
from samverkan_desktop.services.action_sources import source_texts
from samverkan_desktop.services.id_batches import batches


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


def select_with_names(*columns: Any) -> Select[Any]:
    """``select(*columns)`` of the actions, followed by the names the list shows them with: the
    responsible person's, the responsible organisation's, the person's organisation's, the
    priority area's and the group's (None where there is none)."""
    return (
        select(
            *columns,
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


def action_list_rows(
    session: Session, ids: Sequence[int], today: dt.date | None = None
) -> list[ActionListRow]:
    """Rows for ``ids`` (one page), in the order given; ids that went away are left out."""
    today = today or clock.today()
    wanted = list(ids)
    if not wanted:
        return []
    query = select_with_names(
        Action.id,
        Action.title,
        Action.source_type,
        Action.source_id,
        Action.raised_on,
        Action.due_on,
        Action.status,
        Action.closed_on,
        Action.group_id,
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
    list words them (services.action_sources.source_texts): the day is enough to tell meetings
    apart in a list (the time would crowd the column)."""
    kinds = {row[0]: (row[2], row[3]) for row in rows}  # type: ignore[attr-defined]
    texts = source_texts(session, kinds.values(), with_time=False)
    return {action_id: texts[source] for action_id, source in kinds.items() if source in texts}
