"""Joining and leaving a group: a member added is invited to the meetings still planned from
their first day; one taken out leaves those after their last day, may hand over their open
actions, and stays in the group's history (``memberships`` says who was a member when; the days
a user may give: ``membership_dates``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, MemberRole, Membership, Person
from samverkan_desktop.services import (
    group_leaving,
    meeting_invitations,
    membership_dates,
    membership_overlap,
)
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.groups import find_group
from samverkan_desktop.services.validation import get_or_raise


def add_member(
    session: Session,
    group_id: int,
    person_id: int,
    role: MemberRole = MemberRole.MEMBER,
    now: dt.datetime | None = None,
    joined_on: dt.date | None = None,
) -> int:
    """Make the person a member from ``joined_on`` (default: today), invited to the group's
    meetings still planned from that day, those already opened included (mirror of
    ``remove_member``). A former member joins again as a new membership: the earlier one stays
    in the group's history."""
    group = find_group(session, group_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_("The person no longer exists."))
    today = membership_periods.day_of(now)
    first = joined_on or today

    def check() -> None:
        _check_can_join(session, group, person, first, today)

    check()
    membership = Membership(group_id=group_id, person_id=person_id, role=role, joined_on=first)
    with membership_overlap.written_apart(session, lambda: _explained(check)):
        session.add(membership)
    meeting_invitations.invite_to_opened(
        session, person_id, group_id, membership_periods.counts_from(first, now)
    )
    _convener_from_role(group, person_id, role)
    return membership.id


def _convener_from_role(group: Group, person_id: int, role: MemberRole) -> None:
    """A member made "Sammankallande" of a group that names no convener becomes its convener:
    the group's details, its notices and agendas read the group's convener, and stayed without
    one while the members' list said who convenes. A convener already named stays (a group may
    have two members convening it; the form says which one the printouts name)."""
    if role is MemberRole.CONVENER and group.convener_id is None:
        group.convener_id = person_id


def _check_can_join(
    session: Session, group: Group, person: Person, first: dt.date, today: dt.date
) -> None:
    """Refuse a second membership running now, or a first day the membership cannot have."""
    existing = session.scalar(
        select(Membership.id).where(
            Membership.group_id == group.id,
            Membership.person_id == person.id,
            membership_periods.current(),
        )
    )
    if existing is not None:
        raise ConflictError(
            _("{person} is already a member of {group}.").format(
                person=person.name, group=group.name
            )
        )
    membership_dates.check_joined(session, group, person, first, today)


def _explained(check: Callable[[], None]) -> Exception:
    """The service's own refusal of a write the database refused, read again now; the plain
    line when the service's check no longer refuses (the other write was undone meanwhile)."""
    check()
    return ConflictError(
        _(
            "The group's members were changed at another desk at the same moment, so this "
            "change was not saved. Open the group again and try again."
        ),
        command_line=_(
            "The group's members were changed at another desk at the same moment, so the "
            "command was not carried out. Run it again."
        ),
    )


def _current_membership(session: Session, membership_id: int) -> Membership:
    """A membership still running; a former one is history, not changed or removed again."""
    membership = get_or_raise(
        session, Membership, membership_id, _("The membership no longer exists.")
    )
    if not membership_periods.is_current(membership.left_on):
        raise NotFoundError(_("The membership no longer exists."))
    return membership


def set_member_role(session: Session, membership_id: int, role: MemberRole) -> None:
    membership = _current_membership(session, membership_id)
    membership.role = role
    _convener_from_role(membership.group, membership.person_id, role)
    session.flush()


def remove_member(
    session: Session,
    membership_id: int,
    now: dt.datetime | None = None,
    hand_over_to: int | None = None,
    left_on: dt.date | None = None,
) -> group_leaving.LeftGroups:
    """Take the member out of the group and off its meetings still planned after their last
    day (see ``group_leaving``), first handing their open actions from the group to the member
    ``hand_over_to`` (a person id) when given; returns what ``group_leaving.come_back`` puts
    back. The membership ends on ``left_on`` (default: today) and stays in the group's history
    (one begun and ended today is deleted: a slip; one begun and ended an earlier day stays)."""
    membership = _current_membership(session, membership_id)
    person_id, group_id = membership.person_id, membership.group_id
    today = membership_periods.day_of(now)
    last = left_on or today
    membership_dates.check_left(membership, membership.person, last, today)
    handed: tuple[int, ...] = ()
    if hand_over_to is not None:
        handed = group_leaving.hand_over(session, person_id, group_id, hand_over_to)
    left = group_leaving.leave(
        session, person_id, [group_id], now, contact_places=False, last_day=last
    )
    return dataclasses.replace(left, handed_over=handed, handed_to=hand_over_to if handed else None)
