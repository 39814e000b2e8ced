"""What a meeting's editor and printouts show (``MeetingDetail`` and its rows), without
SQLAlchemy: ``services.meetings`` builds it from the ORM and ``notice_sqlite`` from plain SQL
(the agenda printed from the command line), and both must give the same detail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from samverkan_desktop.enums import AttendanceStatus, GroupType, MeetingStatus
from samverkan_desktop.recurrence import moved_from_time
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.after_group_end import (
    OutsideDays,
    outside_days,
    outside_days_reason,
)

if TYPE_CHECKING:  # group_standing reads the models: the notice's plain-SQL road stays without
    from samverkan_desktop.models import AgendaItem
    from samverkan_desktop.services.group_standing import GroupStanding


@dataclass(frozen=True)
class MeetingRef:
    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str | None


@dataclass(frozen=True)
class InviteeRow:
    id: int
    person_id: int
    name: str
    title: str | None
    organisation: str | None
    status: AttendanceStatus
    substitute_name: str | None


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    number: int  # 1, 2, 3 ... as printed
    title: str
    standing_key: str | None
    presenter: str | None
    notes: str | None
    next_steps: str | None
    minutes: int | None = None  # planned length


def agenda_row(item: AgendaItem, number: int) -> AgendaItemRow:
    return AgendaItemRow(
        item.id,
        number,
        item.title,
        item.standing_key,
        item.presenter,
        item.notes,
        item.next_steps,
        item.minutes,
    )


def item_starts(starts_at: dt.datetime, items: Sequence[AgendaItemRow]) -> list[dt.datetime | None]:
    """When each item begins: the meeting's start plus the earlier items' minutes. None for
    every item when no item has minutes (a plain agenda), and for the items after one without
    minutes (their start is not known)."""
    if not any(item.minutes for item in items):
        return [None] * len(items)
    starts: list[dt.datetime | None] = []
    at: dt.datetime | None = starts_at
    for item in items:
        starts.append(at)
        at = at + dt.timedelta(minutes=item.minutes) if at and item.minutes else None
    return starts


def agenda_runs_past(
    starts_at: dt.datetime, ends_at: dt.datetime, items: Sequence[AgendaItemRow]
) -> dt.datetime | None:
    """When the items planned in minutes end, if that is after the meeting's end (None: they
    fit, or no item has minutes). Counted up to the first item without minutes."""
    at = starts_at
    for item in items:
        if not item.minutes:
            break
        at += dt.timedelta(minutes=item.minutes)
    return at if at > ends_at else None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    text: str
    agenda_item_id: int | None


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    group_id: int
    group_name: str
    group_type: GroupType
    issuer: str  # the organisation sending the notice (the convener's, else the district)
    convener: str | None
    title: str | None
    starts_at: dt.datetime  # Stockholm time
    ends_at: dt.datetime
    place: str | None
    status: MeetingStatus
    from_rule: bool
    is_exception: bool
    original_start: dt.datetime | None
    holiday: str | None
    week: int
    note: str | None
    minutes_by: str | None
    invitees: tuple[InviteeRow, ...]
    agenda: tuple[AgendaItemRow, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]  # raised at this meeting
    carried_actions: tuple[ActionRow, ...]  # open from earlier meetings of the group
    previous_meeting: MeetingRef | None
    next_meeting: MeetingRef | None
    has_minutes: bool
    version: int = 0  # for the form's save (services.versions)
    # The group's purpose and goal, read on the notice ("Mål och syfte" in the papers).
    group_purpose: str | None = None
    group_goal: str | None = None
    # Where the group stands the day after the meeting, and the last day of its term: the
    # minutes say "no more meetings, the term ended …" rather than "not decided yet" (None on
    # the notice, which has no "Next meeting").
    group_after: GroupStanding | None = None
    group_term_until: dt.date | None = None
    group_ended_on: dt.date | None = None  # the day the group ended, if it has
    group_starts_on: dt.date | None = None  # the group's start, if it has one
    # Where the group's rule put it when not at its own time (a holiday's next working day:
    # services.rule_days), looked up for a meeting changed by hand; None: at its own time.
    rule_start: dt.datetime | None = None
    # When the earlier meetings the carried actions were raised at began (Stockholm time), by
    # meeting id: their tab writes the day with its week as the lists do. Left out of ==: the
    # notice's plain SQL reader has no use for it.
    carried_from: dict[int, dt.datetime] = field(default_factory=dict, compare=False)

    @property
    def moved(self) -> bool:
        return self.original_start is not None and self.original_start != self.starts_at

    @property
    def moved_by_rule(self) -> bool:
        """Moved off a holiday by its group's rule, not by hand: no exception to the rule."""
        if self.moved_from is None:
            return False
        return not self.is_exception or self.rule_start == self.starts_at

    @property
    def moved_from(self) -> dt.datetime | None:
        """See ``moved_from_time``: the day the invitees had, for "flyttat från"."""
        return moved_from_time(self.starts_at, self.original_start, self.rule_start)

    @property
    def outside_group_days(self) -> OutsideDays | None:
        """Still planned after its group ended (kept by "End group" for the work it holds), or
        before the group's later start; None for a meeting as any other."""
        return outside_days(
            self.group_starts_on, self.group_ended_on, self.starts_at.date(), self.status
        )

    def refused_outside_days(self, refusal: str) -> str | None:
        """Why the meeting cannot have ``refusal`` (after_group_end.ENDED_…) on its day, after
        the group's end or before its start; None if it can."""
        return outside_days_reason(
            refusal,
            self.group_name,
            self.group_starts_on,
            self.group_ended_on,
            self.starts_at.date(),
        )


def invitee_order(row: InviteeRow) -> tuple[str, int]:
    """By name as a reader looks for it (case aside); the id keeps namesakes in a fixed order."""
    return (row.name.lower(), row.id)
