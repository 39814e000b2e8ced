"""The groups a person in the contacts register belongs to or is a contact of, and taking a
person who has left out of them all (their invitations to meetings still to come withdrawn)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Invitee, Membership
from samverkan_desktop.services import group_leaving
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.contacts import person_record


@dataclass(frozen=True)
class GroupTie:
    """A group the person belongs to or is a contact of, and how (member roles, contact roles)."""

    group_id: int
    group: str
    roles: tuple[str, ...]

    def text(self) -> str:
        return f"{self.group} ({', '.join(self.roles)})" if self.roles else self.group


def group_ties(session: Session, person_id: int) -> list[GroupTie]:
    """The groups a person is a member of, or the convener or contact person of, by name."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    roles: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for membership in session.scalars(
        select(Membership)
        .options(joinedload(Membership.group))
        .where(Membership.person_id == person_id, membership_periods.current())
    ):
        names[membership.group_id] = membership.group.name
        roles.setdefault(membership.group_id, []).append(_(membership.role.label))
    contact_roles = (
        (Group.convener_id, _("convener")),
        (Group.district_contact_id, _("district contact")),
        (Group.police_contact_id, _("police contact")),
    )
    for column, label in contact_roles:
        for group in session.scalars(select(Group).where(column == person_id)):
            names[group.id] = group.name
            group_roles = roles.setdefault(group.id, [])
            if label.casefold() not in (role.casefold() for role in group_roles):
                group_roles.append(label)
    return sorted(
        (GroupTie(group_id, names[group_id], tuple(roles[group_id])) for group_id in names),
        key=lambda tie: sort_key(tie.group),
    )


def groups_by_person(session: Session) -> dict[int, tuple[str, ...]]:
    """For each person in a group: the groups' names, by name (one query for the whole list)."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    rows = session.execute(
        select(Membership.person_id, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(membership_periods.current())
    )
    found: dict[int, list[str]] = {}
    for person_id, name in rows:
        found.setdefault(person_id, []).append(name)
    return {person_id: tuple(sorted(names, key=sort_key)) for person_id, names in found.items()}


def _upcoming_invitations(
    session: Session, person_id: int, now: dt.datetime | None = None
) -> Select[Invitee]:
    """The person's invitations, not yet answered, to their groups' meetings still to come."""
    groups = [tie.group_id for tie in group_ties(session, person_id)]
    return group_leaving.upcoming_invitations(session, person_id, groups, now)


def invitations_withdrawn(session: Session, person_id: int, now: dt.datetime | None = None) -> int:
    """How many invitations to meetings still to come ``leave_groups`` would withdraw (asked
    beforehand)."""
    return len(session.scalars(_upcoming_invitations(session, person_id, now)).all())


def leave_groups(
    session: Session, person_id: int, now: dt.datetime | None = None
) -> group_leaving.LeftGroups:
    """Take a person who has left out of every group: their memberships go, the groups they
    convened or were a contact of have nobody in that place, and the groups' meetings still to
    come that were already opened (with their own invitation list) no longer invite them.
    Meetings held keep their attendance. Returns what was taken (``group_leaving.come_back``
    puts it back)."""
    person_record(session, person_id)
    groups = [tie.group_id for tie in group_ties(session, person_id)]
    return group_leaving.leave(session, person_id, groups, now)
