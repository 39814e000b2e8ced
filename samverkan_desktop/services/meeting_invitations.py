"""Who a meeting still to come invites, as a group's members change.

A meeting keeps its own invitation list from the moment it is first opened (``agenda.prepare``
copies the group's members of the meeting's day then). A person joining or leaving the group afterwards must be put
on or taken off the lists of the group's meetings not yet held, or they would miss an invitation
or be sent one they no longer belong to. Meetings held or cancelled keep their history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import Invitee, Meeting, MeetingStatus


def still_to_come(now: dt.datetime | None = None) -> tuple[ColumnElement[bool], ...]:
    """Conditions on ``Meeting`` for a meeting not yet held: planned and starting after
    ``now``."""
    return (
        Meeting.status == MeetingStatus.PLANNED,
        Meeting.starts_at > (now or clock.utcnow()),
    )


def invite(session: Session, person_id: int, meeting_ids: Collection[int]) -> tuple[int, ...]:
    """Invite the person to those of ``meeting_ids`` that do not invite them yet; returns the
    ids of the meetings now inviting them."""
    invited = set(
        session.scalars(
            select(Invitee.meeting_id).where(
                Invitee.person_id == person_id, Invitee.meeting_id.in_(list(meeting_ids))
            )
        )
        if meeting_ids
        else ()
    )
    added = tuple(m for m in meeting_ids if m not in invited)
    session.add_all(Invitee(meeting_id=m, person_id=person_id) for m in added)
    session.flush()
    return added


def invite_to_opened(
    session: Session, person_id: int, group_id: int, since: dt.datetime | None = None
) -> tuple[int, ...]:
    """Put a new member on the invitation lists of the group's meetings still planned after
    ``since`` (default: now; a member joined earlier: the start of their first day) that were
    already opened (those not opened yet take the members when they are)."""
    opened = session.scalars(
        select(Meeting.id)
        .where(Meeting.group_id == group_id, Meeting.prepared.is_(True), *still_to_come(since))
        .order_by(Meeting.starts_at)
    ).all()
    return invite(session, person_id, opened)
