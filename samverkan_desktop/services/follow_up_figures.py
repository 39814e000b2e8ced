"""One group's figures of a follow-up period, read from the register: its meetings held,
cancelled and still planned, the decisions in their minutes, who sat in it, its actions and the
safety walks at its places. Open and overdue actions are counted on the period's last day once
it has ended (counted_on)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.enums import ActionStatus, MeetingStatus
from samverkan_desktop.formatting import local
from samverkan_desktop.models import (
    Action,
    Decision,
    Group,
    Meeting,
    MemberRole,
    Membership,
    Organisation,
    Person,
    Place,
    Walk,
    WalkStatus,
)
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.action_counting import open_on, responsible_of
from samverkan_desktop.services.follow_up_rows import ActionLine, DecisionLine, MemberLine, WalkLine
from samverkan_desktop.services.meeting_common import day_start
from samverkan_desktop.services.walk_actions import open_counts_by_walk
from samverkan_desktop.swedish_order import sort_key, sql_sort_key


def _in_period(first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    return Meeting.starts_at >= day_start(first), Meeting.starts_at < day_start(
        last + dt.timedelta(days=1)
    )


def meeting_counts(
    session: Session, group_id: int, first: dt.date, last: dt.date
) -> tuple[tuple[dt.date, ...], int, int]:
    """The group's meetings from ``first`` to ``last``: the days of those held, the number
    cancelled and the number still planned (not marked held or cancelled)."""
    rows = session.execute(
        select(Meeting.starts_at, Meeting.status)
        .where(Meeting.group_id == group_id, *_in_period(first, last))
        .order_by(Meeting.starts_at)
    ).all()
    held = tuple(local(at).date() for at, status in rows if status is MeetingStatus.HELD)
    cancelled = sum(status is MeetingStatus.CANCELLED for _at, status in rows)
    planned = sum(status is MeetingStatus.PLANNED for _at, status in rows)
    return held, cancelled, planned


def decision_lines(
    session: Session, group_id: int, first: dt.date, last: dt.date
) -> tuple[DecisionLine, ...]:
    rows = session.execute(
        select(Meeting.starts_at, Decision.text)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(
            Meeting.group_id == group_id,
            Meeting.status == MeetingStatus.HELD,
            *_in_period(first, last),
        )
        .order_by(Meeting.starts_at, Decision.position, Decision.id)
    ).all()
    return tuple(DecisionLine(local(at).date(), text) for at, text in rows)


def counted_on(last: dt.date, today: dt.date) -> dt.date:
    """The day open and overdue actions are counted: the period's end once it has passed."""
    return min(last, today)


def member_lines(
    session: Session, group_id: int, first: dt.date, last: dt.date
) -> tuple[MemberLine, ...]:
    """Who sat in the group some day of the period, each person once (one who left and came
    back within it from the first joining to the last leaving), as the member list orders
    them: by role, then name."""
    rows = session.execute(
        select(
            Membership.person_id,
            Person.name,
            Organisation.name,
            Membership.role,
            Membership.joined_on,
            Membership.left_on,
        )
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Membership.group_id == group_id, membership_periods.during(first, last))
        .order_by(Membership.joined_on.is_(None).desc(), Membership.joined_on, Membership.id)
    ).all()
    spans: dict[int, MemberLine] = {}  # rows in order of joining: the first has the earliest
    for person_id, name, organisation, role, joined, left in rows:
        earlier = spans.get(person_id)
        if earlier is not None:
            joined = earlier.joined_on
            if earlier.left_on is None or (left is not None and left < earlier.left_on):
                left = earlier.left_on
        spans[person_id] = MemberLine(name, organisation, role, joined, left)
    lines = [
        MemberLine(
            m.name,
            m.organisation,
            m.role,
            m.joined_on if m.joined_on is not None and m.joined_on > first else None,
            m.left_on if m.left_on is not None and m.left_on < last else None,
        )
        for m in spans.values()
    ]
    return tuple(sorted(lines, key=lambda m: (list(MemberRole).index(m.role), sort_key(m.name))))


def action_lines(
    session: Session, group_id: int, first: dt.date, last: dt.date, today: dt.date
) -> tuple[ActionLine, ...]:
    actions = session.scalars(
        select(Action)
        .where(Action.group_id == group_id, Action.raised_on <= last)
        .options(
            selectinload(Action.responsible_person),
            selectinload(Action.responsible_organisation),
        )
        .order_by(Action.raised_on, Action.id)
    ).all()
    counted = counted_on(last, today)
    lines = []
    for action in actions:
        is_open = open_on(action, counted)
        done = (
            action.status is ActionStatus.DONE
            and action.closed_on is not None
            and first <= action.closed_on <= last
        )
        created = action.raised_on >= first
        if not (is_open or done or created):
            continue
        lines.append(
            ActionLine(
                title=action.title,
                responsible=responsible_of(action),
                raised_on=action.raised_on,
                due_on=action.due_on,
                closed_on=action.closed_on if action.status.is_closed else None,
                rejected=action.status is ActionStatus.REJECTED,
                created_in_period=created,
                done_in_period=done,
                overdue=is_open and action.due_on is not None and action.due_on < counted,
                open=is_open,
                responsible_person=(
                    action.responsible_person.name if action.responsible_person else None
                ),
            )
        )
    # Open first (the overdue at the top), then what was done or closed.
    return tuple(sorted(lines, key=lambda a: (not a.open, not a.overdue)))


def walk_lines(
    session: Session, group_id: int, first: dt.date, last: dt.date, counted: dt.date
) -> tuple[WalkLine, ...]:
    walks = session.execute(
        select(Walk.id, Place.name, Walk.date, Walk.status)
        .join(Place, Place.id == Walk.place_id)
        .where(
            Place.groups.any(Group.id == group_id),
            Walk.date >= first,
            Walk.date <= last,
            Walk.status != WalkStatus.CANCELLED,
        )
        .order_by(Walk.date, sql_sort_key(Place.name), Place.name)
    ).all()
    open_counts = open_counts_by_walk(session, [w.id for w in walks], open_on=counted)
    return tuple(
        WalkLine(place, day, status, open_counts.get(walk_id, 0))
        for walk_id, place, day, status in walks
    )
