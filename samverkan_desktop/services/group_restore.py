"""Undo of a group's deletion (Ångra under the groups list): the group back as it was, with its
members (their roles and days), priority areas, places, organisations taking part, standing
agenda, written follow-ups, meeting rule and meetings, each under its own number, as a contact
put back is (services.contact_restore): the number the calendar, the command line and the audit
trail know still names it, and its History reads on past the deletion. Only where SQLite gave a
deleted last row's number to a new record meanwhile does that row come back under a new one.

Only for a group whose meetings are all its rule's own, planned, still to come and untouched
(``meeting_work``): they come back as they were (one whose day passed meanwhile does not), and
the rule then plans from them as it would have. A meeting held, cancelled, moved, added by
hand or holding the user's work is history an undo would put back only in part (one with
minutes refuses the deletion itself), so such a group is deleted without Ångra and the question
says so, as before: the confirmation is the guard there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import audit_trail, clock
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AgendaItem,
    AgendaTemplateItem,
    Group,
    GroupFollowUpText,
    GroupOrganisation,
    Invitee,
    Meeting,
    MeetingRule,
    MeetingStatus,
    Membership,
    Place,
    PriorityArea,
)
from samverkan_desktop.models.base import Base
from samverkan_desktop.services import meeting_rules
from samverkan_desktop.services.groups import find_group
from samverkan_desktop.services.meeting_common import to_local
from samverkan_desktop.services.meeting_work import meetings_with_user_work

Values = tuple[tuple[str, Any], ...]

# Written anew by the insert: the row's version starts again, its last change is the undo; the
# parts' group (a meeting's parts' meeting) is the one put back, its number maybe new.
_NOT_KEPT = frozenset({"version", "updated_at", "group_id", "meeting_id"})
_PARTS: tuple[type[Any], ...] = (
    Membership,
    GroupOrganisation,
    GroupFollowUpText,
    AgendaTemplateItem,
    MeetingRule,
)
_MEETING_PARTS: tuple[type[Any], ...] = (Invitee, AgendaItem)


@dataclass(frozen=True)
class DeletedMeeting:
    values: Values
    parts: tuple[tuple[type[Any], Values], ...]


@dataclass(frozen=True)
class DeletedGroup:
    """What a deletion took: the group's values, its links and the rows that went with it."""

    name: str
    values: Values
    priority_area_ids: tuple[int, ...]
    place_ids: tuple[int, ...]
    parts: tuple[tuple[type[Any], Values], ...]
    meetings: tuple[DeletedMeeting, ...] = ()


def _values(row: Base) -> Values:
    return tuple(
        (column.key, getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in _NOT_KEPT
    )


def undoable(session: Session, group: Group, today: dt.date | None = None) -> bool:
    """Whether its deletion can be undone whole (see the module)."""
    meetings = list(session.scalars(select(Meeting).where(Meeting.group_id == group.id)))
    first_day = today or clock.today()
    if any(
        not m.from_rule
        or m.status is not MeetingStatus.PLANNED
        or to_local(m.starts_at).date() < first_day
        for m in meetings
    ):
        return False
    return not meetings_with_user_work(session, meetings)


def deletion_undoable(session: Session, group_id: int) -> bool:
    """For the question before the deletion: whether Ångra will be offered after it."""
    return undoable(session, find_group(session, group_id))


def taken(session: Session, group: Group, today: dt.date | None = None) -> DeletedGroup | None:
    """The group as it is, read before it is deleted; None when its deletion cannot be undone
    whole."""
    if not undoable(session, group, today):
        return None
    places = session.scalars(select(Place.id).where(Place.groups.any(Group.id == group.id)))
    parts = tuple(
        (part, _values(row))
        for part in _PARTS
        for row in session.scalars(select(part).where(part.group_id == group.id).order_by(part.id))
    )
    meetings = session.scalars(
        select(Meeting).where(Meeting.group_id == group.id).order_by(Meeting.id)
    )
    return DeletedGroup(
        group.name,
        _values(group),
        tuple(area.id for area in group.priority_areas),
        tuple(places),
        parts,
        tuple(_meeting_taken(session, meeting) for meeting in meetings),
    )


def _meeting_taken(session: Session, meeting: Meeting) -> DeletedMeeting:
    parts = tuple(
        (part, _values(row))
        for part in _MEETING_PARTS
        for row in session.scalars(
            select(part).where(part.meeting_id == meeting.id).order_by(part.id)
        )
    )
    return DeletedMeeting(_values(meeting), parts)


def restore(session: Session, deleted: DeletedGroup, today: dt.date | None = None) -> int:
    """Undo the deletion; returns the group's id: its own again, unless given to another group
    meanwhile (see the module). Refused, nothing changed, when another group took its name, or
    something it named (a person, an organisation, its agreement, a priority area, a place)
    was deleted since."""
    taken_name = session.scalar(select(Group.id).where(Group.name == deleted.name))
    if taken_name is not None:
        raise ConflictError(
            _("There is already a group named “{name}”; nothing was undone.").format(
                name=deleted.name
            )
        )
    gone = _(
        "“{name}” cannot be put back: something it named (a person, an organisation, its "
        "agreement, a priority area or a place) has been deleted since. Nothing was undone."
    ).format(name=deleted.name)
    areas = [session.get(PriorityArea, area_id) for area_id in deleted.priority_area_ids]
    places = [session.get(Place, place_id) for place_id in deleted.place_ids]
    if None in areas or None in places:
        raise ConflictError(gone)
    group = _put_back(session, Group, dict(deleted.values))
    group.priority_areas = [area for area in areas if area is not None]
    _flush(session, gone)
    for place in places:
        assert place is not None
        place.groups.append(group)
    for part, values in deleted.parts:
        _put_back(session, part, {**dict(values), "group_id": group.id})
    first_day = today or clock.today()
    meetings = [
        (_put_back(session, Meeting, {**dict(m.values), "group_id": group.id}), m.parts)
        for m in deleted.meetings
        if to_local(dict(m.values)["starts_at"]).date() >= first_day
    ]
    _flush(session, gone)
    for meeting, parts in meetings:
        for part, values in parts:
            _put_back(session, part, {**dict(values), "meeting_id": meeting.id})
    _flush(session, gone)
    # Planned from the meetings put back: those on the rule's days stay as they are.
    meeting_rules.replan_group(session, group.id, today)
    session.flush()
    return group.id


def _put_back(session: Session, model: type[Any], values: dict[str, Any]) -> Any:
    """The row under its own id, written to the trail as a restore; under a new id where a
    new record was given that number meanwhile (SQLite reuses a deleted last row's)."""
    if session.get(model, values["id"]) is not None:
        del values["id"]
    # An explicit id leaves PostgreSQL's sequence alone: the number came from it, so no later
    # record can be given it.
    row = model(**values)
    if "id" in values:
        audit_trail.mark_restored(session, row)
    session.add(row)
    return row


def _flush(session: Session, gone: str) -> None:
    """A person, organisation or agreement it named, deleted since, is a foreign key the
    database refuses: said as what it means here, not as the database's rule."""
    try:
        session.flush()
    except sa_exc.IntegrityError:
        session.rollback()
        raise ConflictError(gone) from None
