"""The preparation group's follow-up (uppföljning) of the groups at T1 (Jan–Apr), T2 (May–Aug)
and VB (the annual report, the whole year): per group followed up at that period, its meetings,
the decisions in their minutes, its actions and, for a place collaboration, the safety walks
at its places. At VB also what each group wrote at T1 and T2, and the year's crisis
preparedness (services/follow_up_crisis.py). Plain data, printed by reports/follow_up.py.

Open and overdue actions are counted on the period's last day once it has ended (today while it
runs): the annual report read in January tells what was carried into the new year, where an
action done on 2 January counted neither as done in the year nor as open.

Gathered here: which groups, in which order. One group's figures are read in follow_up_figures,
the data they make in follow_up_rows, the period the follow-up opens on in follow_up_periods."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.enums import FOLLOW_UP_PERIOD_LABELS as FOLLOW_UP_PERIOD_LABELS
from samverkan_desktop.enums import FollowUpPeriod as FollowUpPeriod
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, GroupStatus, GroupType
from samverkan_desktop.services import own_district
from samverkan_desktop.services.agreement_revisions import agreement_in_period
from samverkan_desktop.services.follow_up_crisis import crisis_preparedness
from samverkan_desktop.services.follow_up_figures import (
    action_lines,
    counted_on,
    decision_lines,
    meeting_counts,
    member_lines,
    walk_lines,
)
from samverkan_desktop.services.follow_up_periods import (
    last_ended_period,
    period_to_follow_up,
)
from samverkan_desktop.services.follow_up_rows import (
    ActionLine,
    DecisionLine,
    FollowUp,
    GroupFollowUp,
    MemberLine,
    WalkLine,
)
from samverkan_desktop.services.follow_up_texts import (
    TERTIALS,
    FollowUpTexts,
    WrittenFollowUp,
    bullet_lines,
    earlier_worth_reading,
    is_followed_up,
    texts_of_period,
    written_by_group,
)
from samverkan_desktop.services.group_rows import TYPE_ORDER
from samverkan_desktop.services.group_standing import standing
from samverkan_desktop.swedish_order import sort_key

# What callers have imported from here since the follow-up was one module.
__all__ = [
    "FOLLOW_UP_PERIOD_LABELS",
    "ActionLine",
    "DecisionLine",
    "FollowUp",
    "FollowUpPeriod",
    "GroupFollowUp",
    "MemberLine",
    "WalkLine",
    "active_during",
    "counted_on",
    "follow_up",
    "group_follow_up",
    "last_ended_period",
    "meeting_counts",
    "period_to_follow_up",
]


def active_during(group: Group, first: dt.date, last: dt.date) -> bool:
    """Whether the group existed some day of the period (planned groups from their start)."""
    if group.status is GroupStatus.PLANNED and group.starts_on is None:
        return False
    if group.starts_on is not None and group.starts_on > last:
        return False
    ends = min((d for d in (group.ended_on, group.term_until) if d is not None), default=None)
    return ends is None or ends >= first


def _group_follow_up(
    session: Session,
    group: Group,
    first: dt.date,
    last: dt.date,
    today: dt.date,
    written: FollowUpTexts | None,
    earlier: list[WrittenFollowUp] | None = None,
) -> GroupFollowUp:
    held, cancelled, planned = meeting_counts(session, group.id, first, last)
    done = tuple(bullet_lines(written.done)) if written else ()
    next_steps = tuple(bullet_lines(written.next)) if written else ()
    return GroupFollowUp(
        id=group.id,
        name=group.name,
        type=group.type,
        priority_areas=tuple(a.name for a in group.priority_areas),
        held_dates=held,
        cancelled=cancelled,
        planned=planned,
        decisions=decision_lines(session, group.id, first, last),
        actions=action_lines(session, group.id, first, last, today),
        walks=walk_lines(session, group.id, first, last, counted_on(last, today))
        if group.type is GroupType.PLATSSAMVERKAN
        else (),
        done=done,
        next_steps=next_steps,
        standing=standing(
            group.status, group.starts_on, group.term_until, group.ended_on, min(last, today)
        ),
        members=member_lines(session, group.id, first, last),
        counted_at_end=last < today,
        earlier=earlier_worth_reading(done, next_steps, earlier or ()),
    )


def _earlier(
    session: Session, period: FollowUpPeriod, first: dt.date, last: dt.date
) -> dict[int, list[WrittenFollowUp]]:
    """At VB, every group's T1 and T2 texts of the year; at a tertial, none."""
    if period is not FollowUpPeriod.VB:
        return {}
    return written_by_group(session, first, last, TERTIALS)


def group_follow_up(
    session: Session,
    group_id: int,
    period: FollowUpPeriod,
    year: int,
    today: dt.date | None = None,
) -> GroupFollowUp:
    """One group's figures of the period, as the printout has them (the group's Uppföljning
    shows them while its texts are written), whether or not it is followed up then."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(_("The group no longer exists."))
    first, last = period.span(year)
    written = texts_of_period(session, period, year).get(group_id)
    earlier = _earlier(session, period, first, last).get(group_id)
    return _group_follow_up(session, group, first, last, today or clock.today(), written, earlier)


def follow_up(
    session: Session, period: FollowUpPeriod, year: int, today: dt.date | None = None
) -> FollowUp:
    """The follow-up of ``period`` in ``year``: the groups followed up then and active during
    it, in the order of the collaboration structure."""
    today = today or clock.today()
    first, last = period.span(year)
    candidates = session.scalars(
        select(Group)
        .options(selectinload(Group.priority_areas), selectinload(Group.district_contact))
        .order_by(Group.id)
    ).all()
    others = own_district.other_districts_groups(session)
    chosen = [
        g
        for g in sorted(candidates, key=lambda g: sort_key(g.name))
        if is_followed_up(g, period) and active_during(g, first, last) and g.id not in others
    ]
    chosen.sort(key=lambda g: TYPE_ORDER.index(g.type))  # stable: by name within a type
    texts = texts_of_period(session, period, year)
    earlier = _earlier(session, period, first, last)
    result = [
        _group_follow_up(
            session, group, first, last, today, texts.get(group.id), earlier.get(group.id)
        )
        for group in chosen
    ]
    agreement = agreement_in_period(session, first, min(last, today))
    crisis = (
        crisis_preparedness(session, first, last, today) if period is FollowUpPeriod.VB else None
    )
    return FollowUp(period, year, first, last, today, tuple(result), agreement, crisis)
