"""Pieces the meeting services share: time conversion, look-ups, the rule <-> row mapping and
what counts as a meeting's minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Action,
    ActionNote,
    ActionSource,
    AgendaItem,
    AttendanceStatus,
    Decision,
    Group,
    Invitee,
    Meeting,
    MeetingRule,
    MeetingStatus,
)
from samverkan_desktop.recurrence import Frequency, Rule
from samverkan_desktop.services.id_batches import batches
from samverkan_desktop.services.settings import get_int

if TYPE_CHECKING:  # the phrase reader compiles its patterns on import: not at start-up
    from samverkan_desktop.recurrence import RuleDefaults

HORIZON_SETTING = "meetings.horizon_months"
WEEKDAY_SETTING = "meetings.default_weekday"


def to_utc(value: dt.datetime) -> dt.datetime:
    """For the database: aware UTC (a naive value is Stockholm wall-clock time)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_ZONE)
    return value.astimezone(dt.UTC)


def to_local(value: dt.datetime) -> dt.datetime:
    """From the database (naive values are UTC, as SQLite returns them) to Stockholm time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(LOCAL_ZONE)


def day_start(day: dt.date) -> dt.datetime:
    """Midnight in Stockholm at the start of ``day``, in UTC for queries."""
    return to_utc(dt.datetime.combine(day, dt.time(0, 0), tzinfo=LOCAL_ZONE))


def get_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(_("The group no longer exists."))
    return group


def get_meeting_model(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(
            _("There is no meeting with number {id}.").format(id=meeting_id), field="meeting_id"
        )
    return meeting


def check_times(starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    start, end = to_utc(starts_at), to_utc(ends_at)
    if end <= start:
        raise ValidationError(_("The meeting must end after it starts."), field="ends_at")
    if end - start > dt.timedelta(hours=24):
        raise ValidationError(_("A meeting cannot last more than 24 hours."), field="ends_at")
    return start, end


def rule_of(row: MeetingRule) -> Rule:
    common = {
        "starts_on": row.starts_on,
        "until": row.until,
        "start_time": row.start_time,
        "duration_minutes": row.duration_minutes,
        "place": row.place,
    }
    if row.before_group_id is not None:  # "inför chefsamråd": no RRULE
        other = row.before_group
        return Rule(
            frequency=Frequency.BEFORE_GROUP,
            before_group_id=row.before_group_id,
            before_group=other.name if other is not None else None,
            lead_days=row.lead_days or 7,
            **common,  # type: ignore[arg-type]
        )
    return Rule.from_rrule(
        row.rrule,
        exdates=tuple(dt.date.fromisoformat(d) for d in row.exdates.split(",") if d),
        **common,
    )


def store_rule(row: MeetingRule, rule: Rule) -> None:
    row.rrule = rule.to_rrule()  # empty for a linked rule
    row.before_group_id = rule.before_group_id
    row.lead_days = rule.lead_days if rule.is_linked else None
    row.starts_on = rule.starts_on
    row.until = rule.until
    row.start_time = rule.start_time
    row.duration_minutes = rule.duration_minutes
    row.place = rule.place
    row.exdates = ",".join(d.isoformat() for d in rule.exdates)


def rule_defaults(session: Session, group_id: int | None = None) -> RuleDefaults:
    """What a phrase leaves open: the group's current rule's weekday and time, else the settings."""
    from samverkan_desktop.recurrence import RuleDefaults

    weekday = get_int(session, WEEKDAY_SETTING) - 1
    if group_id is not None:
        row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
        if row is not None:
            rule = rule_of(row)
            if rule.weekdays:
                weekday = rule.weekdays[0]
            return RuleDefaults(weekday, rule.start_time, rule.duration_minutes)
    return RuleDefaults(weekday=weekday)


def rule_first_day(session: Session, group_id: int | None, today: dt.date | None = None) -> dt.date:
    """The day a new meeting rule counts from when nothing says otherwise: today, or the
    group's start while it is still to come (a rule from today planned the months before the
    group begins, each meeting then marked "före gruppens start")."""
    today = today or clock.today()
    if group_id is None:
        return today
    start = get_group(session, group_id).starts_on
    return start if start is not None and start > today else today


SINGLE_MEETING_TIMES = (dt.time(9, 0), dt.time(10, 30))


def single_meeting_defaults(session: Session, group_id: int) -> tuple[dt.time, dt.time, str | None]:
    """Start, end and place for a single meeting added to a group: its rule's time and place
    (an extra meeting is usually where and when the group meets), else 09.00–10.30, no place."""
    get_group(session, group_id)
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group_id))
    if row is None:
        return (*SINGLE_MEETING_TIMES, None)
    rule = rule_of(row)
    start = dt.datetime.combine(dt.date(2000, 1, 1), rule.start_time)
    end = min(
        start + dt.timedelta(minutes=rule.duration_minutes),
        dt.datetime.combine(start.date(), dt.time(23, 59)),
    )
    return rule.start_time, end.time(), rule.place


def horizon_end(session: Session, today: dt.date) -> dt.date:
    """The last day meetings are planned for (the rolling horizon)."""
    from dateutil.relativedelta import relativedelta

    return today + relativedelta(months=get_int(session, HORIZON_SETTING))


def meetings_with_minutes(session: Session, meeting_ids: Iterable[int]) -> set[int]:
    """Those of ``meeting_ids`` that hold minutes: notes, decisions, actions or attendance."""
    found: set[int] = set()
    # In batches: re-planning a rule passes every future meeting of the group.
    for chunk in batches(meeting_ids):
        found.update(
            session.scalars(
                select(AgendaItem.meeting_id).where(
                    AgendaItem.meeting_id.in_(chunk),
                    or_(
                        func.length(func.coalesce(AgendaItem.notes, "")) > 0,
                        func.length(func.coalesce(AgendaItem.next_steps, "")) > 0,
                    ),
                )
            )
        )
        found.update(
            session.scalars(select(Decision.meeting_id).where(Decision.meeting_id.in_(chunk)))
        )
        found.update(
            session.scalars(
                select(Invitee.meeting_id).where(
                    Invitee.meeting_id.in_(chunk), Invitee.status != AttendanceStatus.INVITED
                )
            )
        )
        found.update(
            session.scalars(
                select(Action.source_id).where(
                    Action.source_type == ActionSource.MEETING, Action.source_id.in_(chunk)
                )
            )
        )
        found.update(
            session.scalars(select(ActionNote.meeting_id).where(ActionNote.meeting_id.in_(chunk)))
        )
    found.discard(None)  # type: ignore[arg-type]
    return found


def group_has_minutes(session: Session, group_id: int) -> bool:
    """Whether anything was recorded for the group (minutes, decisions, attendance, actions)."""
    meeting_ids = session.scalars(select(Meeting.id).where(Meeting.group_id == group_id)).all()
    if meetings_with_minutes(session, meeting_ids):
        return True
    return bool(session.scalar(select(exists().where(Action.group_id == group_id))))


def no_minutes_reason(status: MeetingStatus) -> str | None:
    """Why a meeting at this status has no minutes to print, or None: minutes record a meeting
    held ("Inga beslut fattades", "Närvarande –" of one that has not been). The editor greys
    its "Minutes…" with this; the command line refuses."""
    if status is MeetingStatus.CANCELLED:
        return _("The meeting is cancelled: it has no minutes.")
    if status is not MeetingStatus.HELD:
        return _(
            "The meeting is not marked as held: mark it as held first, then print its minutes."
        )
    return None


def check_minutes_printable(status: MeetingStatus) -> None:
    reason = no_minutes_reason(status)
    if reason is not None:
        raise ConflictError(reason)
