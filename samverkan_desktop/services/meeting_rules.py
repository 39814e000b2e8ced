"""A group's meeting rule and the meetings it gives over a rolling horizon.

Meetings are rows (so each can hold its agenda and minutes); the rule plans them from its start to
``horizon_end`` (at least 18 months ahead) and ``extend_horizons`` rolls that forward. Changing
the rule re-plans the future the way Outlook keeps exceptions: a meeting moved, cancelled or
edited by hand stays as it is, and so does one that already holds minutes; meetings before
today are never touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Meeting, MeetingRule, MeetingStatus
from samverkan_desktop.recurrence import (
    Frequency,
    HolidayPolicy,
    Occurrence,
    Rule,
    describe,
    describe_holiday_policy,
    occurrences,
    parse_phrase,
)
from samverkan_desktop.services.meeting_common import (
    day_start,
    get_group,
    horizon_end,
    meetings_with_minutes,
    rule_defaults,
    rule_of,
    store_rule,
    to_local,
    to_utc,
)

PREVIEW_COUNT = 12


@dataclass(frozen=True)
class PreviewDate:
    start: dt.datetime  # Stockholm time
    end: dt.datetime
    original_start: dt.datetime
    week: int
    holiday: str | None
    skipped: bool
    moved: bool


@dataclass(frozen=True)
class RulePreview:
    """What the rule editor shows before saving."""

    rule: Rule
    holiday_policy: HolidayPolicy
    rrule: str
    description: str
    holiday_text: str
    dates: tuple[PreviewDate, ...]


@dataclass(frozen=True)
class RuleDetail:
    group_id: int
    rule: Rule
    holiday_policy: HolidayPolicy
    phrase: str | None
    rrule: str
    description: str
    holiday_text: str
    planned_until: dt.date | None


@dataclass(frozen=True)
class PlanResult:
    """What (re)planning did, for the message after saving a rule."""

    created: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # exceptions and meetings with minutes left as they were


def rule_term(group: Group, rule: Rule, end: dt.date) -> tuple[dt.date, dt.date]:
    """The days the rule may plan meetings on: within its own and the group's term."""
    start = max(rule.starts_on, group.starts_on or rule.starts_on)
    ends = [end] + [d for d in (rule.until, group.term_until, group.ended_on) if d is not None]
    return start, min(ends)


def _preview_dates(items: list[Occurrence]) -> tuple[PreviewDate, ...]:
    return tuple(
        PreviewDate(o.start, o.end, o.original_start, o.week, o.holiday, o.skipped, o.moved)
        for o in items
    )


def preview_rule(
    session: Session,
    group_id: int,
    rule: Rule,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    today: dt.date | None = None,
) -> RulePreview:
    """The rule's description and next dates within the group's term (nothing is saved)."""
    group = get_group(session, group_id)
    today = today or dt.date.today()
    start, end = rule_term(group, rule, horizon_end(session, today))
    start = max(start, today) if rule.until is None or rule.until >= today else start
    dates = occurrences(rule, start, end, holiday_policy)
    return RulePreview(
        rule,
        holiday_policy,
        rule.to_rrule(),
        describe(rule),
        describe_holiday_policy(holiday_policy),
        _preview_dates(dates[:PREVIEW_COUNT]),
    )


def read_phrase(
    session: Session,
    group_id: int | None,
    phrase: str,
    starts_on: dt.date | None = None,
    place: str | None = None,
) -> Rule:
    """Read a phrase with the group's defaults (its current weekday and time, else settings)."""
    return parse_phrase(
        phrase,
        starts_on=starts_on or dt.date.today(),
        defaults=rule_defaults(session, group_id),
        place=place,
    )


def get_rule(session: Session, group_id: int) -> RuleDetail | None:
    get_group(session, group_id)
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return None
    rule = rule_of(row)
    return RuleDetail(
        group_id,
        rule,
        row.holiday_policy,
        row.phrase,
        row.rrule,
        describe(rule),
        describe_holiday_policy(row.holiday_policy),
        row.planned_until,
    )


def set_rule(
    session: Session,
    group_id: int,
    rule: Rule,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    *,
    phrase: str | None = None,
    today: dt.date | None = None,
) -> PlanResult:
    """Save the group's rule and plan its meetings up to the horizon."""
    group = get_group(session, group_id)
    today = today or dt.date.today()
    end = horizon_end(session, today)
    start, last = rule_term(group, rule, end)
    if not any(not o.skipped for o in occurrences(rule, start, last, holiday_policy)):
        raise ValidationError(
            _("The rule gives no meeting between {start} and {end}.").format(
                start=start.isoformat(), end=last.isoformat()
            ),
            field="rule",
        )
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        row = MeetingRule(group_id=group_id)
        session.add(row)
    store_rule(row, rule)
    row.holiday_policy = holiday_policy
    row.phrase = phrase
    row.planned_until = end
    session.flush()
    return _plan(session, group, rule, holiday_policy, today, end)


def set_rule_from_phrase(
    session: Session,
    group_id: int,
    phrase: str,
    holiday_policy: HolidayPolicy = HolidayPolicy.KEEP,
    *,
    starts_on: dt.date | None = None,
    place: str | None = None,
    today: dt.date | None = None,
) -> PlanResult:
    today = today or dt.date.today()
    rule = read_phrase(session, group_id, phrase, starts_on or today, place)
    return set_rule(session, group_id, rule, holiday_policy, phrase=phrase, today=today)


def clear_rule(session: Session, group_id: int, today: dt.date | None = None) -> PlanResult:
    """Remove the rule; its future meetings go, except exceptions and those with minutes,
    which stay as single meetings."""
    get_group(session, group_id)
    today = today or dt.date.today()
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return PlanResult()
    future = _future_rule_meetings(session, group_id, today)
    with_minutes = meetings_with_minutes(session, [m.id for m in future])
    removed = kept = 0
    for meeting in future:
        if meeting.is_exception or meeting.id in with_minutes:
            meeting.from_rule = False
            meeting.original_start = None
            kept += 1
        else:
            session.delete(meeting)
            removed += 1
    session.delete(row)
    session.flush()
    return PlanResult(removed=removed, kept=kept)


def extend_horizons(session: Session, today: dt.date | None = None) -> int:
    """Roll every rule's planning forward to the horizon; returns how many meetings were added.

    Cheap when nothing is due (run at start and before calendar exports)."""
    today = today or dt.date.today()
    end = horizon_end(session, today)
    added = 0
    rows = session.scalars(
        select(MeetingRule).where(
            (MeetingRule.planned_until.is_(None)) | (MeetingRule.planned_until < end)
        )
    ).all()
    for row in rows:
        group = session.get(Group, row.group_id)
        assert group is not None
        rule = rule_of(row)
        # Never plan into the past: a horizon not rolled for long leaves no invented history.
        first = max((row.planned_until or today) + dt.timedelta(days=1), today)
        start, last = rule_term(group, rule, end)
        wanted = [
            o
            for o in occurrences(rule, max(start, first), last, row.holiday_policy)
            if not o.skipped
        ]
        existing = _original_days(session, group.id, first)
        for occurrence in wanted:
            if occurrence.original_start.date() not in existing:
                session.add(_new_meeting(group.id, occurrence, rule))
                added += 1
        row.planned_until = end
    session.flush()
    return added


# --- planning ----------------------------------------------------------------------------------


def _new_meeting(group_id: int, occurrence: Occurrence, rule: Rule) -> Meeting:
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


def _future_rule_meetings(session: Session, group_id: int, today: dt.date) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting).where(
                Meeting.group_id == group_id,
                Meeting.from_rule.is_(True),
                Meeting.starts_at >= day_start(today),
            )
        )
    )


def _original_days(session: Session, group_id: int, since: dt.date) -> set[dt.date]:
    rows = session.scalars(
        select(Meeting.original_start).where(
            Meeting.group_id == group_id,
            Meeting.original_start.is_not(None),
            Meeting.original_start >= day_start(since - dt.timedelta(days=1)),
        )
    )
    return {to_local(value).date() for value in rows if value is not None}


def _plan(
    session: Session,
    group: Group,
    rule: Rule,
    policy: HolidayPolicy,
    today: dt.date,
    end: dt.date,
) -> PlanResult:
    """Re-plan the future from the rule. Each future meeting is paired with the occurrence of the
    same day, else of the same month (monthly rules) or week (weekly rules): an untouched meeting
    follows the rule there, an exception keeps its own time and stands for that occurrence (its
    RECURRENCE-ID moves along). Unpaired untouched meetings go; unpaired exceptions stay."""
    start, last = rule_term(group, rule, end)
    wanted = {o.original_start.date(): o for o in occurrences(rule, start, last, policy)}
    future = sorted(
        (m for m in _future_rule_meetings(session, group.id, today) if m.original_start),
        key=_original_day,
    )
    with_minutes = meetings_with_minutes(session, [m.id for m in future])

    def fixed(meeting: Meeting) -> bool:
        return meeting.is_exception or meeting.id in with_minutes

    pairs: list[tuple[Meeting, Occurrence]] = []
    unpaired: list[Meeting] = []
    paired_days: set[dt.date] = set()
    for meeting in future:
        day = _original_day(meeting)
        occurrence = wanted.get(day)
        if occurrence is not None and not occurrence.skipped:
            pairs.append((meeting, occurrence))
            paired_days.add(day)
        elif day >= start or fixed(meeting):
            unpaired.append(meeting)
        # else: planned by an earlier rule before this one begins; it stands.
    open_slots: dict[tuple[int, int], list[Occurrence]] = {}
    for day, occurrence in sorted(wanted.items()):
        if not occurrence.skipped and day not in paired_days and day >= today:
            open_slots.setdefault(_slot(rule, day), []).append(occurrence)
    created = updated = removed = kept = 0
    for meeting in unpaired:
        candidates = open_slots.get(_slot(rule, _original_day(meeting)))
        if candidates:
            pairs.append((meeting, candidates.pop(0)))
        elif fixed(meeting):
            meeting.is_exception = True  # no longer the rule's: kept, as Outlook keeps it
            kept += 1
        else:
            session.delete(meeting)
            removed += 1
    for meeting, occurrence in pairs:
        values = {
            "starts_at": to_utc(occurrence.start),
            "ends_at": to_utc(occurrence.end),
            "original_start": to_utc(occurrence.original_start),
            "place": rule.place,
        }
        if fixed(meeting):
            values = {"original_start": values["original_start"]}
            if _differs(meeting.starts_at, to_utc(occurrence.start)):
                meeting.is_exception = True
        if any(_differs(getattr(meeting, k), v) for k, v in values.items()):
            for key, value in values.items():
                setattr(meeting, key, value)
            updated += 1
    session.flush()
    taken = _original_days(session, group.id, start)
    single_days = _single_meeting_days(session, group.id, start, today)
    for day, occurrence in wanted.items():
        if occurrence.skipped or day in taken:
            continue
        if day < today and day in single_days:
            continue  # the past already holds a meeting that day
        session.add(_new_meeting(group.id, occurrence, rule))
        created += 1
    session.flush()
    return PlanResult(created, updated, removed, kept)


def _original_day(meeting: Meeting) -> dt.date:
    assert meeting.original_start is not None
    return to_local(meeting.original_start).date()


def _slot(rule: Rule, day: dt.date) -> tuple[int, int]:
    if rule.frequency is Frequency.MONTHLY:
        return day.year, day.month
    year, week, _weekday = day.isocalendar()
    return year, week


def _single_meeting_days(
    session: Session, group_id: int, start: dt.date, today: dt.date
) -> set[dt.date]:
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
