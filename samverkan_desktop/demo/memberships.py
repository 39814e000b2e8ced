"""Demo: when each member joined their group, and two who left during the year.

Most sat in their group from its start; a few joined later, each before the year of meetings
the demo holds, so every meeting's invitation list matches who sat in the group then. The two
former members sit in their groups while the meetings are laid down, then leave (``leave``):
the meetings before they left keep them, those after do not, as when a member is removed. So
"Visa tidigare medlemmar" and a report of an earlier period show someone real.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    Group,
    Invitee,
    Meeting,
    MemberRole,
    Membership,
    Organisation,
    Person,
)
from samverkan_desktop.services.meeting_common import day_start

# (group, person key) -> the day a current member joined later than the group's start.
LATER = {
    ("Lokal styrgrupp Östermalm", "traffic"): dt.date(2024, 1, 15),  # co-opted for the walks
    ("Lokal beredningsgrupp Östermalm", "education_head"): dt.date(2021, 3, 1),
    ("Platssamverkan Stureplan/Östermalmstorg", "traffic"): dt.date(2022, 9, 1),
    ("Trygghetsråd Östermalm", "city_assoc"): dt.date(2023, 2, 1),
    ("Krisstödsgruppen", "case_worker"): dt.date(2022, 3, 1),
}
NAMED_AHEAD = dt.timedelta(weeks=3)  # a planned group's members were named before it starts


def joined_on(group: str, key: str, starts_on: dt.date | None, today: dt.date) -> dt.date | None:
    """The day ``key`` joined ``group``: a later day listed, else the group's start (a group
    still to start: the day its members were named)."""
    if (group, key) in LATER:
        return LATER[(group, key)]
    if starts_on is not None and starts_on > today:
        return today - NAMED_AHEAD
    return starts_on


def register(group: Group, today: dt.date) -> Group:
    """The example's register was kept as its groups formed: one started before today was
    registered on its start (a group registered today offers its new members as members since
    it was formed, ``services.membership_dates``)."""
    if group.starts_on is not None and group.starts_on < today:
        group.created_at = day_start(group.starts_on)
    return group


@dataclass(frozen=True)
class Former:
    group: str
    name: str
    title: str
    organisation: str
    joined: dt.date
    left: tuple[int, int]  # month, day: the last day as a member, this year or the last


FORMER = (
    # The district had two community police officers until the spring; one moved on.
    Former(
        "Lokal beredningsgrupp Östermalm",
        "Magnus Tegnér",
        "Kommunpolis",
        "Lokalpolisområde Norrmalm",
        dt.date(2021, 9, 1),
        (4, 30),
    ),
    # The pensioners' council's chair, whose term ended after the June council.
    Former(
        "Trygghetsråd Östermalm",
        "Birgitta Falk",
        "Ordförande",
        "Pensionärsrådet Östermalm",
        dt.date(2023, 2, 1),
        (6, 30),
    ),
)


def left_on(former: Former, today: dt.date) -> dt.date:
    """This year's day, or last year's when this year's is not yet a month past."""
    day = dt.date(today.year, *former.left)
    return day if day <= today - dt.timedelta(days=30) else day.replace(year=today.year - 1)


def add_former(session: Session, groups: dict[str, Group], orgs: dict[str, Organisation]) -> None:
    """The former members, still sitting while the meetings are laid down (``leave`` ends
    them)."""
    for former in FORMER:
        person = Person(
            name=former.name, title=former.title, organisation=orgs[former.organisation]
        )
        groups[former.group].memberships.append(
            Membership(person=person, role=MemberRole.MEMBER, joined_on=former.joined)
        )


def leave(session: Session, today: dt.date) -> None:
    """End the former memberships on their last day and take the person off the group's
    meetings after it (the invitation lists as removing a member leaves them)."""
    for former in FORMER:
        membership = session.scalars(
            select(Membership)
            .join(Group, Group.id == Membership.group_id)
            .join(Person, Person.id == Membership.person_id)
            .where(Group.name == former.group, Person.name == former.name)
        ).one()
        last = left_on(former, today)
        membership.left_on = last
        after = select(Meeting.id).where(
            Meeting.group_id == membership.group_id,
            Meeting.starts_at >= day_start(last + dt.timedelta(days=1)),
        )
        # Through the Session, so the audit trail sees them go as it sees any other change.
        for invitee in session.scalars(
            select(Invitee).where(
                Invitee.person_id == membership.person_id, Invitee.meeting_id.in_(after)
            )
        ):
            session.delete(invitee)
    session.flush()
