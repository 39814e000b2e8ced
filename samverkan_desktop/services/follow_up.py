"""The preparation group's follow-up (uppföljning) of the groups at T1 (Jan–Apr), T2 (May–Aug)
and VB (the annual report, the whole year): per group followed up at that period, its meetings,
the decisions in their minutes, its actions and, for a place collaboration, the safety walks
at its places. At VB also what each group wrote at T1 and T2, and the year's crisis
preparedness (services/follow_up_crisis.py). Plain data, printed by reports/follow_up.py.

Open and overdue actions are counted on the period's last day once it has ended (today while it
runs): the annual report read in January tells what was carried into the new year, where an
action done on 2 January counted neither as done in the year nor as open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.enums import FOLLOW_UP_PERIOD_LABELS as FOLLOW_UP_PERIOD_LABELS
from samverkan_desktop.enums import ActionStatus, MeetingStatus
from samverkan_desktop.enums import FollowUpPeriod as FollowUpPeriod
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Action,
    Decision,
    Group,
    GroupFollowUpText,
    GroupStatus,
    GroupType,
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
from samverkan_desktop.services import own_district
from samverkan_desktop.services.action_counting import open_on, responsible_of
from samverkan_desktop.services.agreement_revisions import AgreementInForce, agreement_in_period
from samverkan_desktop.services.follow_up_crisis import CrisisPreparedness, crisis_preparedness
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
from samverkan_desktop.services.group_standing import GroupStanding, Standing, standing
from samverkan_desktop.services.meeting_common import day_start
from samverkan_desktop.services.walk_actions import open_counts_by_walk
from samverkan_desktop.swedish_order import sort_key, sql_sort_key


def last_ended_period(today: dt.date) -> tuple[FollowUpPeriod, int]:
    """The latest period wholly past: last year's VB until April, then T1, from September T2."""
    if today.month <= 4:
        return FollowUpPeriod.VB, today.year - 1
    if today.month <= 8:
        return FollowUpPeriod.T1, today.year
    return FollowUpPeriod.T2, today.year


def period_to_follow_up(session: Session, today: dt.date) -> tuple[FollowUpPeriod, int]:
    """The period the follow-up opens on, in the window's tab, the printout's dialog and the
    command line: the latest period that has ended, or a later one already begun that a group
    has written for (the coordinator starting on the annual report in December)."""
    ended = last_ended_period(today)
    texts = session.execute(
        select(
            GroupFollowUpText.period,
            GroupFollowUpText.year,
            GroupFollowUpText.done_text,
            GroupFollowUpText.next_text,
        ).where(GroupFollowUpText.year >= ended[1])
    ).all()
    begun = {
        (period, year)
        for period, year, done, next_steps in texts
        if period.span(year)[0] <= today and (bullet_lines(done) or bullet_lines(next_steps))
    }
    return max([ended, *begun], key=lambda chosen: chosen[0].span(chosen[1])[1])


@dataclass(frozen=True)
class ActionLine:
    title: str
    responsible: str
    raised_on: dt.date
    due_on: dt.date | None
    closed_on: dt.date | None  # None: still open
    rejected: bool  # closed as rejected rather than done
    created_in_period: bool
    done_in_period: bool
    overdue: bool  # open and past its due date on the day counted (FollowUp.counted_on)
    open: bool = False  # still open on the day counted, though maybe closed since

    @property
    def closed_after(self) -> bool:
        """Open on the day counted and closed since (done on 2 January, after the year)."""
        return self.open and self.closed_on is not None


@dataclass(frozen=True)
class MemberLine:
    """Who sat in the group some day of the period; the days only when the membership began
    or ended within it ("t.o.m. 2026-05-31")."""

    name: str
    organisation: str | None
    role: MemberRole
    joined_on: dt.date | None = None
    left_on: dt.date | None = None


@dataclass(frozen=True)
class DecisionLine:
    meeting_date: dt.date
    text: str


@dataclass(frozen=True)
class WalkLine:
    place: str
    date: dt.date
    status: WalkStatus
    open_actions: int


@dataclass(frozen=True)
class GroupFollowUp:
    id: int
    name: str
    type: GroupType
    priority_areas: tuple[str, ...]
    held_dates: tuple[dt.date, ...]
    cancelled: int
    planned: int  # still planned (not marked held or cancelled)
    decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]  # created or done in the period, or still open
    walks: tuple[WalkLine, ...]  # place collaborations only
    # What the group wrote for the period ("Vad har vi gjort", "Hur fortsätter vi"): one
    # bullet per line typed; empty when nothing is written.
    done: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    # As of the period's end (or today): ended or past its term within the period.
    standing: GroupStanding = GroupStanding(Standing.ACTIVE)
    members: tuple[MemberLine, ...] = ()  # who sat in it during the period
    # Open and overdue actions counted on the period's last day (it has ended), else today.
    counted_at_end: bool = False
    # At VB: what it wrote at T1 and T2 of the year, as far as its annual text does not say it
    # (follow_up_texts.earlier_worth_reading); printed under its own, each with its period.
    earlier: tuple[WrittenFollowUp, ...] = ()

    @property
    def done_count(self) -> int:
        return sum(a.done_in_period for a in self.actions)

    @property
    def open_count(self) -> int:
        return sum(a.open for a in self.actions)

    @property
    def overdue_count(self) -> int:
        return sum(a.overdue for a in self.actions)


@dataclass(frozen=True)
class FollowUp:
    period: FollowUpPeriod
    year: int
    first: dt.date
    last: dt.date
    today: dt.date
    groups: tuple[GroupFollowUp, ...]
    agreement: AgreementInForce | None = None  # its revision in force at the period's end
    crisis: CrisisPreparedness | None = None  # at VB only: the year's crisis preparedness


def active_during(group: Group, first: dt.date, last: dt.date) -> bool:
    """Whether the group existed some day of the period (planned groups from their start)."""
    if group.status is GroupStatus.PLANNED and group.starts_on is None:
        return False
    if group.starts_on is not None and group.starts_on > last:
        return False
    ends = min((d for d in (group.ended_on, group.term_until) if d is not None), default=None)
    return ends is None or ends >= first


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


def _decisions(
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


def _members(
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


def _actions(
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
            )
        )
    # Open first (the overdue at the top), then what was done or closed.
    return tuple(sorted(lines, key=lambda a: (not a.open, not a.overdue)))


def _walks(
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
        decisions=_decisions(session, group.id, first, last),
        actions=_actions(session, group.id, first, last, today),
        walks=_walks(session, group.id, first, last, counted_on(last, today))
        if group.type is GroupType.PLATSSAMVERKAN
        else (),
        done=done,
        next_steps=next_steps,
        standing=standing(
            group.status, group.starts_on, group.term_until, group.ended_on, min(last, today)
        ),
        members=_members(session, group.id, first, last),
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
