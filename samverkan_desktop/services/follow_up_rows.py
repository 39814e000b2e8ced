"""The follow-up as plain data: per group its meetings, decisions, actions, members and walks
of the period (services/follow_up.py gathers them; reports/follow_up.py prints them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.models import GroupType, MemberRole, WalkStatus
from samverkan_desktop.services.agreement_revisions import AgreementInForce
from samverkan_desktop.services.follow_up_crisis import CrisisPreparedness
from samverkan_desktop.services.follow_up_texts import WrittenFollowUp
from samverkan_desktop.services.group_standing import GroupStanding, Standing


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
    responsible_person: str | None = None  # the name alone, printed over the organisation

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
