"""Taking a person out of groups, and putting them back as they were (Undo).

Leaving a group takes the person's membership, the group's contact places they held (convener,
district or police contact) and their unanswered invitations to the group's meetings still to
come: a meeting opened before keeps its own invitation list, which would otherwise still invite
them. Meetings held, or already answered, keep their attendance (history stays). The membership
itself is ended, not deleted (``memberships.end``): the group keeps who sat in it and when.
Joining a group is the mirror: ``meeting_invitations.invite_to_opened``.

A member removed in the Groups area and a person who left (Contacts) go the same way.

A member removed in the Groups area may hand their open actions from that group to another
member in the same unit of work (``hand_over``); the trail keeps each action's change of
responsible, and an Undo gives back those the new member still holds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.enums import CLOSED_STATUSES
from samverkan_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    Action,
    AttendanceStatus,
    Group,
    Invitee,
    Meeting,
    MeetingStatus,
    MemberRole,
    Membership,
    Person,
)
from samverkan_desktop.services import membership_overlap
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.meeting_invitations import invite, still_to_come

CONTACT_PLACES = ("convener_id", "district_contact_id", "police_contact_id")


@dataclass(frozen=True)
class LeftGroups:
    """What leaving took away: exactly what an Undo puts back."""

    person_id: int
    memberships: tuple[tuple[int, MemberRole], ...] = ()  # (group id, role)
    contact_places: tuple[tuple[int, str], ...] = ()  # (group id, Group attribute)
    invitations: tuple[int, ...] = ()  # meeting ids
    handed_over: tuple[int, ...] = ()  # action ids given to ``handed_to``
    handed_to: int | None = None
    # The memberships given ``left_on`` as their last day (the others, begun and ended today,
    # were deleted as a slip): an Undo clears it, or adds those back as joined that day.
    ended: tuple[int, ...] = ()
    left_on: dt.date | None = None

    @property
    def group_count(self) -> int:
        return len({g for g, _role in self.memberships} | {g for g, _a in self.contact_places})

    @property
    def meeting_count(self) -> int:
        return len(self.invitations)


def upcoming_invitations(
    session: Session, person_id: int, group_ids: Collection[int], now: dt.datetime | None = None
) -> Select[Invitee]:
    """The person's invitations, not yet answered, to these groups' planned meetings after
    ``now``."""
    return (
        select(Invitee)
        .join(Meeting, Meeting.id == Invitee.meeting_id)
        .where(
            Invitee.person_id == person_id,
            Invitee.status == AttendanceStatus.INVITED,
            Meeting.group_id.in_(list(group_ids)),
            *still_to_come(now),
        )
        .order_by(Meeting.starts_at)
    )


@dataclass(frozen=True)
class OpenAction:
    """An open action the leaving member is responsible for in the group."""

    id: int
    title: str
    due_on: dt.date | None
    overdue: bool


def _open_actions_query(person_id: int, group_id: int) -> Select[Action]:
    return (
        select(Action)
        .where(
            Action.group_id == group_id,
            Action.responsible_person_id == person_id,
            Action.status.not_in(list(CLOSED_STATUSES)),
        )
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    )


def open_actions(
    session: Session, person_id: int, group_id: int, today: dt.date | None = None
) -> tuple[OpenAction, ...]:
    """The person's open actions from the group, earliest due first: what leaving it asks
    about."""
    today = today or clock.today()
    return tuple(
        OpenAction(a.id, a.title, a.due_on, a.due_on is not None and a.due_on < today)
        for a in session.scalars(_open_actions_query(person_id, group_id))
    )


def hand_over(
    session: Session, person_id: int, group_id: int, to_person_id: int
) -> tuple[int, ...]:
    """Give the person's open actions from the group to another member of it; returns their
    ids. The responsible organisation stays: the work is still that organisation's."""
    is_member = session.scalar(
        select(Membership.id).where(
            Membership.group_id == group_id,
            Membership.person_id == to_person_id,
            membership_periods.current(),
        )
    )
    if to_person_id == person_id or is_member is None:
        raise ValidationError(
            _("Choose another member of the group to take over the actions."),
            field="hand_over_to",
        )
    actions = session.scalars(_open_actions_query(person_id, group_id)).all()
    for action in actions:
        action.responsible_person_id = to_person_id
    session.flush()
    return tuple(a.id for a in actions)


def leave(
    session: Session,
    person_id: int,
    group_ids: Collection[int],
    now: dt.datetime | None = None,
    *,
    contact_places: bool = True,
    last_day: dt.date | None = None,
) -> LeftGroups:
    """Take the person out of ``group_ids`` after ``last_day`` (default: today): membership,
    invitations to the meetings still planned after that day and (with ``contact_places``) the
    places they hold in the groups, which are left empty."""
    on = last_day or membership_periods.day_of(now)
    after = membership_periods.counts_from(on + dt.timedelta(days=1), now)
    invitations = session.scalars(upcoming_invitations(session, person_id, group_ids, after)).all()
    withdrawn = tuple(invitee.meeting_id for invitee in invitations)
    for invitee in invitations:
        session.delete(invitee)
    memberships = session.scalars(
        select(Membership).where(
            Membership.person_id == person_id,
            Membership.group_id.in_(list(group_ids)),
            membership_periods.current(),
        )
    ).all()
    kept = tuple((m.group_id, m.role) for m in memberships)
    today = membership_periods.day_of(now)
    ended = tuple(m.id for m in memberships if not membership_periods.end(session, m, on, today))
    places: list[tuple[int, str]] = []
    if contact_places:
        for group in session.scalars(select(Group).where(Group.id.in_(list(group_ids)))):
            for attribute in CONTACT_PLACES:
                if getattr(group, attribute) == person_id:
                    setattr(group, attribute, None)
                    places.append((group.id, attribute))
    session.flush()
    return LeftGroups(person_id, kept, tuple(places), withdrawn, ended=ended, left_on=on)


def come_back(session: Session, left: LeftGroups) -> None:
    """Undo ``leave``: the memberships with their roles, the contact places and the invitations
    (to meetings still planned). Refused, with nothing changed, when another desk has since
    filled a place or changed the memberships."""
    if session.get(Person, left.person_id) is None:
        raise NotFoundError(_("The person no longer exists."))
    group_ids = {g for g, _role in left.memberships} | {g for g, _a in left.contact_places}
    found = {g.id: g for g in session.scalars(select(Group).where(Group.id.in_(group_ids)))}
    already = session.scalars(
        select(Membership.group_id).where(
            Membership.person_id == left.person_id,
            Membership.group_id.in_(group_ids),
            membership_periods.current(),
        )
    ).all()
    ended = session.scalars(
        select(Membership).where(Membership.id.in_(left.ended), Membership.left_on == left.left_on)
    ).all()
    taken = [
        (group_id, attribute)
        for group_id, attribute in left.contact_places
        if group_id in found and getattr(found[group_id], attribute) is not None
    ]
    if len(found) != len(group_ids) or already or taken or len(ended) != len(left.ended):
        raise StaleRecordError(_("The groups have changed since; nothing was undone."))
    # A membership of those days added meanwhile (and ended) makes the database refuse.
    with membership_overlap.written_apart(
        session, lambda: StaleRecordError(_("The groups have changed since; nothing was undone."))
    ):
        for membership in ended:
            membership.left_on = None
        resumed = {m.group_id for m in ended}
        for group_id, role in left.memberships:
            if group_id not in resumed:  # deleted as a slip: back as joined that day
                session.add(
                    Membership(
                        group_id=group_id,
                        person_id=left.person_id,
                        role=role,
                        joined_on=left.left_on,
                    )
                )
    for group_id, attribute in left.contact_places:
        setattr(found[group_id], attribute, left.person_id)
    # A meeting deleted, cancelled or held meanwhile is not given an invitation after the fact.
    still_planned = session.scalars(
        select(Meeting.id).where(
            Meeting.id.in_(left.invitations), Meeting.status == MeetingStatus.PLANNED
        )
    ).all()
    invite(session, left.person_id, still_planned)
    # The actions handed over come back, those the new member still holds.
    for action in session.scalars(
        select(Action).where(
            Action.id.in_(left.handed_over), Action.responsible_person_id == left.handed_to
        )
    ):
        action.responsible_person_id = left.person_id


def withdrawn_text(left: LeftGroups) -> str:
    """What the notice after taking someone out of a group adds about the meetings to come, said
    alike in Groups (a member removed), Contacts (a person who left) and ``groups
    remove-member``: a sentence after the notice's own ("Inbjudan till 1 kommande möte har
    tagits tillbaka."), or nothing when no invitation was withdrawn."""
    if not left.meeting_count:
        return ""
    return " " + ngettext(
        "Their invitation to {count} meeting to come was withdrawn.",
        "Their invitations to {count} meetings to come were withdrawn.",
        left.meeting_count,
    ).format(count=left.meeting_count)


def removed_text(person: str, group: str, left: LeftGroups, today: dt.date | None = None) -> str:
    """The notice's first sentence after a member was removed, alike in Groups and ``groups
    remove-member``: the last day said when it was not today."""
    if left.left_on is None or left.left_on >= (today or clock.today()):
        return _("{person} was removed from “{group}”.").format(person=person, group=group)
    return _("{person} was removed from “{group}”, a member until {date}.").format(
        person=person, group=group, date=left.left_on.isoformat()
    )
