"""Removing an agenda item, a decision or an invitee from a meeting so that it can be undone.

Each removal returns what was removed; ``restore`` puts it back as it was: the agenda item in
its place (before the item that followed it) with its heading, presenter and time, and under it
again the decisions that stood under it; the decision with its number and its agenda item; the
invitee with their attendance. Another desk's change meanwhile refuses the undo, with nothing
changed, only where it makes the old state impossible (the meeting deleted, the decision's item
removed, the person invited again or deleted); an item added or moved meanwhile does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.enums import AttendanceStatus
from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AgendaItem, Decision, Invitee, Person
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_common import get_meeting_model
from samverkan_desktop.services.validation import flush_or_conflict


@dataclass(frozen=True)
class RemovedAgendaItem:
    meeting_id: int
    title: str
    standing_key: str | None
    presenter: str | None
    minutes: int | None
    position: int  # 0-based, as it was
    following_id: int | None  # the item after it (None: it was last)
    decision_ids: tuple[int, ...]  # the decisions that stood under it


@dataclass(frozen=True)
class RemovedDecision:
    meeting_id: int
    text: str
    agenda_item_id: int | None
    position: int


@dataclass(frozen=True)
class RemovedInvitee:
    meeting_id: int
    person_id: int
    status: AttendanceStatus
    substitute_name: str | None


# --- agenda items --------------------------------------------------------------------------------


def remove_agenda_item(session: Session, item_id: int) -> RemovedAgendaItem:
    """``agenda.remove_agenda_item`` (refused for an item with minutes), remembering the item."""
    item = agenda.check_agenda_item_removable(session, item_id)
    items = list(item.meeting.agenda_items)
    index = items.index(item)
    removed = RemovedAgendaItem(
        meeting_id=item.meeting_id,
        title=item.title,
        standing_key=item.standing_key,
        presenter=item.presenter,
        minutes=item.minutes,
        position=index,
        following_id=items[index + 1].id if index + 1 < len(items) else None,
        decision_ids=tuple(
            session.scalars(select(Decision.id).where(Decision.agenda_item_id == item.id))
        ),
    )
    agenda.remove_agenda_item(session, item_id)
    return removed


def restore_agenda_item(session: Session, removed: RemovedAgendaItem) -> int:
    """Undo ``remove_agenda_item``: the item back before the item that followed it (at its old
    number when that one is gone too); its decisions under it again, those still under no item.
    Returns the item's (new) id."""
    meeting = get_meeting_model(session, removed.meeting_id)
    items = list(meeting.agenda_items)
    ids = [i.id for i in items]
    index = (
        ids.index(removed.following_id)
        if removed.following_id in ids
        else min(removed.position, len(items))
    )
    item = AgendaItem(
        meeting_id=meeting.id,
        title=removed.title,
        standing_key=removed.standing_key,
        presenter=removed.presenter,
        minutes=removed.minutes,
    )
    items.insert(index, item)
    session.add(item)
    for position, each in enumerate(items):
        each.position = position
    session.flush()
    for decision in session.scalars(
        select(Decision).where(
            Decision.id.in_(removed.decision_ids),
            Decision.meeting_id == meeting.id,
            Decision.agenda_item_id.is_(None),  # one put under another item meanwhile stays
        )
    ):
        decision.agenda_item_id = item.id
    session.flush()
    return item.id


# --- decisions -----------------------------------------------------------------------------------


def remove_decision(session: Session, decision_id: int) -> RemovedDecision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFoundError(_("The decision no longer exists."))
    removed = RemovedDecision(
        decision.meeting_id, decision.text, decision.agenda_item_id, decision.position
    )
    agenda.remove_decision(session, decision_id)
    return removed


def restore_decision(session: Session, removed: RemovedDecision) -> int:
    """Undo ``remove_decision``: back with its number, under its agenda item. Refused when
    that item has been removed meanwhile. Returns the decision's (new) id."""
    meeting = get_meeting_model(session, removed.meeting_id)
    if removed.agenda_item_id is not None:
        item = session.get(AgendaItem, removed.agenda_item_id)
        if item is None or item.meeting_id != meeting.id:
            raise ConflictError(
                _(
                    "The agenda item the decision stood under has been removed since; "
                    "the decision was not brought back."
                )
            )
    # A decision added meanwhile took the number: the later ones move down one.
    if any(d.position == removed.position for d in meeting.decisions):
        for later in meeting.decisions:
            if later.position >= removed.position:
                later.position += 1
    decision = Decision(
        meeting_id=meeting.id,
        agenda_item_id=removed.agenda_item_id,
        position=removed.position,
        text=removed.text,
    )
    session.add(decision)
    session.flush()
    return decision.id


# --- invitees ------------------------------------------------------------------------------------


def remove_invitee(session: Session, invitee_id: int) -> RemovedInvitee:
    invitee = session.get(Invitee, invitee_id)
    if invitee is None:
        raise NotFoundError(_("The invitee is no longer on the list."))
    removed = RemovedInvitee(
        invitee.meeting_id, invitee.person_id, invitee.status, invitee.substitute_name
    )
    meetings.remove_invitee(session, invitee_id)
    return removed


def restore_invitee(session: Session, removed: RemovedInvitee) -> int:
    """Undo ``remove_invitee``: back on the list with the attendance marked before. Refused when
    the person has been invited again or deleted meanwhile. Returns the invitee's (new) id."""
    meeting = get_meeting_model(session, removed.meeting_id)
    person = session.get(Person, removed.person_id)
    if person is None:
        raise NotFoundError(_("The person no longer exists."))
    again = _("{person} has been invited again since; nothing was undone.")
    if any(i.person_id == person.id for i in meeting.invitees):
        raise ConflictError(again.format(person=person.name))
    invitee = Invitee(
        meeting_id=meeting.id,
        person_id=person.id,
        status=removed.status,
        substitute_name=removed.substitute_name,
    )
    session.add(invitee)
    # Invited at the same moment at another desk: the database's unique pair refuses it.
    flush_or_conflict(session, again.format(person=person.name))
    return invitee.id
