"""Reading actions: one action, a filtered list with the most urgent first, the actions raised
at a meeting, and those carried to a group's next agenda. Each comes as an ``ActionRow`` with its
source named (``action_sources``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Action, ActionSource, Group, Person
from samverkan_desktop.services.action_filter import ActionFilter, filter_conditions
from samverkan_desktop.services.action_rows import (
    ActionNoteRow,
    ActionRow,
    Origin,
    first_area,
    is_overdue,
    responsible_text,
    urgency_order,
)
from samverkan_desktop.services.action_sources import Source, found_sources


def get_action(session: Session, action_id: int, today: dt.date | None = None) -> ActionRow:
    action_or_raise(session, action_id)
    return _rows(session, select(Action).where(Action.id == action_id), today)[0]


def list_actions(
    session: Session, filters: ActionFilter | None = None, today: dt.date | None = None
) -> list[ActionRow]:
    """Actions sorted with the most urgent first (overdue, then by due date)."""
    today = today or clock.today()
    query = select(Action).where(*filter_conditions(session, filters or ActionFilter(), today))
    return _rows(session, query, today)


def meeting_actions(session: Session, meeting_id: int) -> list[ActionRow]:
    """The actions raised at one meeting."""
    return list_actions(
        session, ActionFilter(source_type=ActionSource.MEETING, source_id=meeting_id)
    )


def carried_actions(
    session: Session,
    group_id: int,
    meeting_day: dt.date,
    exclude_meeting_id: int | None = None,
    previous_day: dt.date | None = None,
) -> list[ActionRow]:
    """The group's actions raised before ``meeting_day`` and still open on it, or closed since
    the group's previous meeting (``previous_day``): they stand on that meeting's agenda until
    closed, and the closing is reported there, also when it was done while preparing it."""
    closed_since = meeting_day
    if previous_day is not None:
        closed_since = min(meeting_day, previous_day + dt.timedelta(days=1))
    query = select(Action).where(
        Action.group_id == group_id,
        Action.raised_on < meeting_day,
        or_(Action.closed_on.is_(None), Action.closed_on >= closed_since),
    )
    if exclude_meeting_id is not None:
        query = query.where(
            or_(
                Action.source_type != ActionSource.MEETING,
                Action.source_id != exclude_meeting_id,
            )
        )
    return _rows(session, query, meeting_day)


def _rows(session: Session, query: object, today: dt.date | None) -> list[ActionRow]:
    today = today or clock.today()
    actions = list(
        session.scalars(
            query.options(  # type: ignore[attr-defined]
                joinedload(Action.responsible_person).joinedload(Person.organisation),
                joinedload(Action.responsible_organisation),
                joinedload(Action.priority_area),
                joinedload(Action.group).selectinload(Group.priority_areas),
                selectinload(Action.notes),
            )
        ).unique()
    )
    sources = found_sources(session, ((a.source_type, a.source_id) for a in actions))
    rows = [_row(a, sources, today) for a in actions]
    rows.sort(key=urgency_order)
    return rows


def _row(action: Action, sources: dict[Source, tuple[str, Origin]], today: dt.date) -> ActionRow:
    person = action.responsible_person
    organisation = action.responsible_organisation
    responsible = responsible_text(
        person.name if person else None,
        organisation.name if organisation else None,
        person.organisation.name if person and person.organisation else None,
    )
    found = sources.get((action.source_type, action.source_id))
    source_text, origin = found if found else (_(action.source_type.label), None)
    return ActionRow(
        id=action.id,
        title=action.title,
        description=action.description,
        source_type=action.source_type,
        source_id=action.source_id,
        source_text=source_text,
        responsible_person_id=action.responsible_person_id,
        responsible_person=person.name if person else None,
        responsible_organisation_id=action.responsible_organisation_id,
        responsible_organisation=organisation.name if organisation else None,
        responsible=responsible,
        raised_on=action.raised_on,
        due_on=action.due_on,
        status=action.status,
        closed_on=action.closed_on,
        priority_area_id=action.priority_area_id,
        priority_area=action.priority_area.name if action.priority_area else None,
        group_id=action.group_id,
        group=action.group.name if action.group else None,
        overdue=is_overdue(action.status, action.due_on, today),
        notes=tuple(ActionNoteRow(n.id, n.noted_on, n.text, n.meeting_id) for n in action.notes),
        version=action.version,
        group_priority_area=first_area(area.name for area in action.group.priority_areas)
        if action.group
        else None,
        origin=origin,
    )


def action_or_raise(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise NotFoundError(_("The action no longer exists."))
    return action
