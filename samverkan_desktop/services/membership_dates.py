"""The first and last day of a membership as the user gives them: the add-member dialog and
``groups add-member --joined``, the removal's confirmation and ``groups remove-member --left``.

Both days are today at the latest: a membership still to begin or to end would count as a
current one from today (``memberships.current``). A member joins on the group's start at the
earliest (a group still to start names its members ahead), not after it ended, and not while
an earlier membership of the same person in the group still ran.

A group registered today that started earlier is a group already meeting, put in the register
with the members it had: its members are offered as members since the group was formed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Group, Membership, Person
from samverkan_desktop.services.groups import find_group

JOINED_FIELD = "joined_on"
LEFT_FIELD = "left_on"


@dataclass(frozen=True)
class JoinDay:
    """The first day a new member's form starts with, and the group's start when it may be
    offered instead ("member since the group was formed"; None: not offered)."""

    day: dt.date
    group_start: dt.date | None = None

    @property
    def since_start(self) -> bool:
        return self.group_start is not None and self.day == self.group_start


def join_day(group: Group, today: dt.date | None = None) -> JoinDay:
    """Today; the group's start for a group registered today that started before."""
    today = today or clock.today()
    start = group.starts_on if group.starts_on is not None and group.starts_on < today else None
    registered_today = group.created_at is not None and local(group.created_at).date() == today
    return JoinDay(start if start is not None and registered_today else today, start)


def check_joined(
    session: Session, group: Group, person: Person, joined_on: dt.date, today: dt.date
) -> None:
    """Refuse a first day the membership cannot have (ValidationError on ``joined_on``)."""
    if joined_on > today:
        raise _refused(
            _("A member joins today at the latest: {date} is still to come."),
            JOINED_FIELD,
            joined_on,
        )
    start = group.starts_on
    if start is not None and start <= today and joined_on < start:
        raise ValidationError(
            _("“{group}” started {start}: a member joins that day at the earliest.").format(
                group=group.name, start=iso_date(start)
            ),
            field=JOINED_FIELD,
        )
    if group.ended_on is not None and joined_on > group.ended_on:
        raise ValidationError(
            _("“{group}” ended {end}: a member joins that day at the latest.").format(
                group=group.name, end=iso_date(group.ended_on)
            ),
            field=JOINED_FIELD,
        )
    last_left = session.scalar(
        select(func.max(Membership.left_on)).where(
            Membership.group_id == group.id, Membership.person_id == person.id
        )
    )
    if last_left is not None and joined_on <= last_left:
        raise ValidationError(
            _(
                "{person} was a member until {last}: a new membership begins "
                "{first} at the earliest."
            ).format(
                person=person.name,
                last=iso_date(last_left),
                first=iso_date(last_left + dt.timedelta(days=1)),
            ),
            field=JOINED_FIELD,
        )


def check_left(membership: Membership, person: Person, left_on: dt.date, today: dt.date) -> None:
    """Refuse a last day the membership cannot have (ValidationError on ``left_on``)."""
    if left_on > today:
        raise _refused(
            _("The last day as a member is today at the latest: {date} is still to come."),
            LEFT_FIELD,
            left_on,
        )
    if membership.joined_on is not None and left_on < membership.joined_on:
        raise ValidationError(
            _("{person} became a member {joined}: the last day cannot be earlier.").format(
                person=person.name, joined=iso_date(membership.joined_on)
            ),
            field=LEFT_FIELD,
        )


def _refused(message: str, field: str, day: dt.date) -> ValidationError:
    return ValidationError(message.format(date=iso_date(day)), field=field)


def offered_join_day(session: Session, group_id: int, today: dt.date | None = None) -> JoinDay:
    """``join_day`` of the group: what the add-member dialog and ``groups add-member`` start
    with."""
    return join_day(find_group(session, group_id), today)


FEW_NAMES = 3  # a refusal names this many members, then "and N more"


def follow_start(
    session: Session, group: Group, old_start: dt.date | None, today: dt.date | None = None
) -> None:
    """After the group's start moved from ``old_start`` to a later day, already begun: the
    members since the group was formed (joined on ``old_start``) are members from the new
    start. Refused (ValidationError on ``starts_on``) when someone joined before the new start
    on another day, or left before it: their own days say the group met before it."""
    start = group.starts_on
    today = today or clock.today()
    if start is None or start > today or (old_start is not None and start <= old_start):
        return  # a group still to start names its members ahead (check_joined)
    early = session.execute(
        select(Membership, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.group_id == group.id, Membership.joined_on < start)
        .order_by(Membership.joined_on, Person.name)
    ).all()
    founders = [
        m
        for m, _name in early
        if m.joined_on == old_start and (m.left_on is None or m.left_on >= start)
    ]
    blocking = [(m, name) for m, name in early if m not in founders]
    if blocking:
        names = [name for _m, name in blocking]
        listed = ", ".join(names[:FEW_NAMES])
        if len(names) > FEW_NAMES:
            more = len(names) - FEW_NAMES
            listed += " " + ngettext("and {count} more", "and {count} more", more).format(
                count=more
            )
        earliest = min(m.joined_on for m, _name in blocking if m.joined_on is not None)
        raise ValidationError(
            ngettext(
                "{names} became a member of “{group}” before {start}: let the group start "
                "{earliest} at the latest.",
                "{names} became members of “{group}” before {start}: let the group start "
                "{earliest} at the latest.",
                len(names),
            ).format(
                names=listed,
                group=group.name,
                start=iso_date(start),
                earliest=iso_date(earliest),
            ),
            field="starts_on",
        )
    for membership in founders:
        membership.joined_on = start
