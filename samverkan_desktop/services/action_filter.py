"""Which actions a filter picks: the Actions area's filters (open, overdue, status, who is
responsible, priority area, group, source, search words) as SQL conditions, shared by the plain
list (``action_reading``) and the paged one (``action_list``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    Action,
    ActionSource,
    ActionStatus,
    Group,
    Person,
    PriorityArea,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.services.text_search import any_contains
from samverkan_desktop.services.validation import clean

OPEN_STATUSES = tuple(s for s in ActionStatus if s not in CLOSED_STATUSES)


@dataclass(frozen=True)
class ActionFilter:
    open_only: bool = False
    overdue: bool = False
    status: ActionStatus | None = None
    organisation_id: int | None = None  # responsible organisation, or the person's
    person_id: int | None = None
    priority_area_id: int | None = None  # the action's own area, else its group's
    group_id: int | None = None
    source_type: ActionSource | None = None
    source_id: int | None = None
    search: str | None = None


def filter_conditions(
    session: Session, f: ActionFilter, today: dt.date
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter (shared with the Actions area's paged list)."""
    conditions: list[ColumnElement[bool]] = []
    if f.open_only or f.overdue:
        conditions.append(Action.status.in_(OPEN_STATUSES))
    if f.overdue:
        conditions.append(Action.due_on < today)
    if f.status is not None:
        conditions.append(Action.status == f.status)
    if f.organisation_id is not None:
        conditions.append(
            or_(
                Action.responsible_organisation_id == f.organisation_id,
                Action.responsible_person.has(Person.organisation_id == f.organisation_id),
            )
        )
    if f.person_id is not None:
        conditions.append(Action.responsible_person_id == f.person_id)
    if f.priority_area_id is not None:
        conditions.append(
            or_(
                Action.priority_area_id == f.priority_area_id,
                and_(
                    Action.priority_area_id.is_(None),
                    Action.group.has(
                        Group.priority_areas.any(PriorityArea.id == f.priority_area_id)
                    ),
                ),
            )
        )
    if f.group_id is not None:
        conditions.append(Action.group_id == f.group_id)
    if f.source_type is not None:
        conditions.append(Action.source_type == f.source_type)
    if f.source_id is not None:
        conditions.append(Action.source_id == f.source_id)
    term = clean(f.search)
    if term:
        conditions.append(any_contains(session, [Action.title, Action.description], term))
    return conditions
