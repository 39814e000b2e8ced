"""Turning a rule into meeting rows: the term it may plan in, and re-planning the future after a
change so that exceptions and meetings holding the user's work survive (see ``plan_meetings``);
``meetings_to_remove`` says beforehand which meetings a change would delete.

Meetings are planned from today on, whatever day the rule begins: a series entered long after it
began gets no invented past ("Planerad" meetings that never took place here). The rule keeps its
own start, so "varannan vecka" is still counted from it (RFC 5545 DTSTART)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.recurrence import Frequency, HolidayPolicy, Occurrence, Rule
from samverkan_desktop.services.linked_meetings import rule_occurrences
from samverkan_desktop.services.meeting_common import day_start, to_local, to_utc
from samverkan_desktop.services.meeting_work import meetings_with_user_work


@dataclass(frozen=True)
class PlanResult:
    """What (re)planning did, for the message after saving a rule."""

    created: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # meetings holding the user's work (meeting_work) left as they were
    # The rule begins before today: meetings were planned from this day (today), none before.
    planned_from: dt.date | None = None


def rule_term(group: Group, rule: Rule, end: dt.date) -> tuple[dt.date, dt.date]:
    """The days the rule may plan meetings on: within its own and the group's term."""
    start = max(rule.starts_on, group.starts_on or rule.starts_on)
    ends = [end] + [d for d in (rule.until, group.term_until, group.ended_on) if d is not None]
    return start, min(ends)


def new_meeting(group_id: int, occurrence: Occurrence, rule: Rule) -> Meeting:
    return Meeting(
        group_id=group_id,
        starts_at=to_utc(occurrence.start),
        ends_at=to_utc(occurrence.end),
        original_start=to_utc(occurrence.original_start),
        place=rule.place,
        status=MeetingStatus.PLANNED,
        from_rule=True,
        is_exception=False,
    )


def future_rule_meetings(session: Session, group_id: int, today: dt.date) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting).where(
                Meeting.group_id == group_id,
                Meeting.from_rule.is_(True),
                Meeting.starts_at >= day_start(today),
            )
        )
    )


def original_days(session: Session, group_id: int, since: dt.date) -> set[dt.date]:
    return set(_original_days_by_id(session, group_id, since).values())


def _original_days_by_id(session: Session, group_id: int, since: dt.date) -> dict[int, dt.date]:
    rows = session.execute(
        select(Meeting.id, Meeting.original_start).where(
            Meeting.group_id == group_id,
            Meeting.original_start.is_not(None),
            Meeting.original_start >= day_start(since - dt.timedelta(days=1)),
        )
    )
    return {mid: to_local(value).date() for mid, value in rows if value is not None}


@dataclass
class _Plan:
    """What re-planning will do, decided before anything changes."""

    start: dt.date
    wanted: dict[dt.date, Occurrence]
    pairs: list[tuple[Meeting, Occurrence]]
    keep: list[Meeting]  # unpaired, holding the user's work: they stay as exceptions
    remove: list[Meeting]  # unpaired and untouched: they go
    fixed: set[int]  # ids of meetings holding the user's work


def _plan(
    session: Session,
    group: Group,
    rule: Rule,
    policy: HolidayPolicy,
    today: dt.date,
    end: dt.date,
    anchors: Sequence[dt.date] | None = None,
) -> _Plan:
    start, last = rule_term(group, rule, end)
    found = rule_occurrences(session, rule, start, last, policy, anchors)
    wanted = {o.original_start.date(): o for o in found}
    future = sorted(
        (m for m in future_rule_meetings(session, group.id, today) if m.original_start),
        key=_original_day,
    )
    fixed = meetings_with_user_work(session, future)
    pairs: list[tuple[Meeting, Occurrence]] = []
    unpaired: list[Meeting] = []
    paired_days: set[dt.date] = set()
    for meeting in future:
        day = _original_day(meeting)
        occurrence = wanted.get(day)
        if occurrence is not None and not occurrence.skipped:
            pairs.append((meeting, occurrence))
            paired_days.add(day)
        elif day >= start or meeting.id in fixed:
            unpaired.append(meeting)
        # else: planned by an earlier rule before this one begins; it stands.
    open_slots: dict[tuple[int, int], list[Occurrence]] = {}
    for day, occurrence in sorted(wanted.items()):
        if not occurrence.skipped and day not in paired_days and day >= today:
            open_slots.setdefault(_slot(rule, day), []).append(occurrence)
    keep: list[Meeting] = []
    remove: list[Meeting] = []
    for meeting in unpaired:
        candidates = open_slots.get(_slot(rule, _original_day(meeting)))
        if candidates:
            pairs.append((meeting, candidates.pop(0)))
        elif meeting.id in fixed:
            keep.append(meeting)
        else:
            remove.append(meeting)
    return _Plan(start, wanted, pairs, keep, remove, fixed)


def meetings_to_remove(
    session: Session,
    group: Group,
    rule: Rule,
    policy: HolidayPolicy,
    today: dt.date,
    end: dt.date,
) -> list[dt.datetime]:
    """The starts (Stockholm time) of the meetings ``plan_meetings`` would delete; nothing
    changes."""
    plan = _plan(session, group, rule, policy, today, end)
    return sorted(to_local(m.starts_at) for m in plan.remove)


@dataclass(frozen=True)
class PlannedChange:
    """A meeting re-planning would change (Stockholm time): moved from ``old`` to ``new``,
    removed (``new`` None) or added (``meeting_id`` and ``old`` None)."""

    meeting_id: int | None
    old: dt.datetime | None
    new: dt.datetime | None

    @property
    def when(self) -> dt.datetime:
        """The meeting's time now, or the new one's."""
        when = self.old or self.new
        assert when is not None
        return when


def planned_changes(
    session: Session,
    group: Group,
    rule: Rule,
    policy: HolidayPolicy,
    today: dt.date,
    end: dt.date,
    anchors: Sequence[dt.date] | None = None,
) -> list[PlannedChange]:
    """The meetings ``plan_meetings`` would move, remove or add, nothing saved; a meeting holding
    the user's work keeps its time, so it is not among them. ``anchors``: a linked rule's days
    of the other group's meetings as a change of those would leave them."""
    plan = _plan(session, group, rule, policy, today, end, anchors)
    changes = [PlannedChange(m.id, to_local(m.starts_at), None) for m in plan.remove]
    days = _original_days_by_id(session, group.id, plan.start)
    for meeting in plan.remove:
        days.pop(meeting.id, None)
    for meeting, occurrence in plan.pairs:
        days[meeting.id] = occurrence.original_start.date()
        if meeting.id not in plan.fixed and _differs(meeting.starts_at, to_utc(occurrence.start)):
            changes.append(PlannedChange(meeting.id, to_local(meeting.starts_at), occurrence.start))
    taken = set(days.values())
    changes += [PlannedChange(None, None, o.start) for o in _to_create(plan.wanted, taken, today)]
    return sorted(changes, key=lambda c: c.when)


def _to_create(
    wanted: dict[dt.date, Occurrence], taken: set[dt.date], today: dt.date
) -> list[Occurrence]:
    # The past is not planned: see the module's note.
    return [
        o
        for day, o in wanted.items()
        if not o.skipped and day not in taken and o.start.date() >= today
    ]


def plan_meetings(
    session: Session,
    group: Group,
    rule: Rule,
    policy: HolidayPolicy,
    today: dt.date,
    end: dt.date,
) -> PlanResult:
    """Re-plan the future from the rule. Each future meeting is paired with the occurrence of the
    same day, else of the same month (monthly rules) or week (weekly rules): an untouched meeting
    follows the rule there; one holding the user's work (an exception, minutes, a prepared
    agenda: see ``meeting_work``) keeps its own time and stands for that occurrence (its
    RECURRENCE-ID moves along). Unpaired untouched meetings go; unpaired ones with work stay."""
    plan = _plan(session, group, rule, policy, today, end)
    start, wanted = plan.start, plan.wanted
    updated = 0
    for meeting in plan.keep:
        meeting.is_exception = True  # no longer the rule's: kept, as Outlook keeps it
    for meeting in plan.remove:
        session.delete(meeting)
    for meeting, occurrence in plan.pairs:
        values = {
            "starts_at": to_utc(occurrence.start),
            "ends_at": to_utc(occurrence.end),
            "original_start": to_utc(occurrence.original_start),
            "place": rule.place,
        }
        if meeting.id in plan.fixed:
            values = {"original_start": values["original_start"]}
            if _differs(meeting.starts_at, to_utc(occurrence.start)):
                meeting.is_exception = True
        if any(_differs(getattr(meeting, k), v) for k, v in values.items()):
            for key, value in values.items():
                setattr(meeting, key, value)
            updated += 1
    session.flush()
    taken = original_days(session, group.id, start)
    created = 0
    for occurrence in _to_create(wanted, taken, today):
        session.add(new_meeting(group.id, occurrence, rule))
        created += 1
    session.flush()
    planned_from = today if start < today else None
    return PlanResult(created, updated, len(plan.remove), len(plan.keep), planned_from)


def add_held_meetings(session: Session, group: Group, rule: Rule, policy: HolidayPolicy,
                      today: dt.date) -> int:  # fmt: skip
    """Record the rule's meetings before today as held, for entering a group's history (the
    demo does): a day that already holds one of the group's meetings gets none. Returns how many
    were added."""
    start, last = rule_term(group, rule, today - dt.timedelta(days=1))
    if last < start:
        return 0
    taken = original_days(session, group.id, start) | _meeting_days(session, group.id, start, today)
    added = 0
    for occurrence in rule_occurrences(session, rule, start, last, policy):
        day = occurrence.original_start.date()
        if occurrence.skipped or day in taken or occurrence.start.date() >= today:
            continue
        meeting = new_meeting(group.id, occurrence, rule)
        meeting.status = MeetingStatus.HELD
        session.add(meeting)
        added += 1
    session.flush()
    return added


def _original_day(meeting: Meeting) -> dt.date:
    assert meeting.original_start is not None
    return to_local(meeting.original_start).date()


def _slot(rule: Rule, day: dt.date) -> tuple[int, int]:
    # A linked rule's meeting follows the other group's within the month it was in.
    if rule.frequency is not Frequency.WEEKLY:
        return day.year, day.month
    year, week, _weekday = day.isocalendar()
    return year, week


def _meeting_days(session: Session, group_id: int, start: dt.date, today: dt.date) -> set[dt.date]:
    rows = session.scalars(
        select(Meeting.starts_at).where(
            Meeting.group_id == group_id,
            Meeting.starts_at >= day_start(start),
            Meeting.starts_at < day_start(today),
        )
    )
    return {to_local(value).date() for value in rows}


def _differs(stored: object, value: object) -> bool:
    if isinstance(stored, dt.datetime) and isinstance(value, dt.datetime):
        return to_utc(stored if stored.tzinfo else stored.replace(tzinfo=dt.UTC)) != value
    return stored != value
