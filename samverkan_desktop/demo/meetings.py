"""Demo: every group's meeting rule read from its phrase in the papers, its meetings since January
held, the last two with minutes, decisions and actions (some still open, some overdue), and the
Norrmalm safety council's meeting of 14 December 2016."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.demo import network_week
from samverkan_desktop.demo.meetings_data import MINUTES, PLANS, DemoAction, DemoMinutes, Plan
from samverkan_desktop.demo.meetings_minutes import MORE_MINUTES
from samverkan_desktop.demo.meetings_norrmalm import load_council
from samverkan_desktop.i18n import ngettext
from samverkan_desktop.models import (
    ActionSource,
    ActionStatus,
    AttendanceStatus,
    Group,
    GroupStatus,
    Meeting,
    MeetingStatus,
    MemberRole,
    Organisation,
    Person,
)
from samverkan_desktop.models.meetings import (
    STANDING_ACTIONS,
    STANDING_DONE_NEXT,
    STANDING_ROUND_TABLE,
)
from samverkan_desktop.recurrence import Frequency, Rule, RuleDefaults, parse_phrase
from samverkan_desktop.services import actions, agenda, meeting_rules, meetings
from samverkan_desktop.services.follow_up_periods import last_ended_period
from samverkan_desktop.services.meeting_common import day_start, to_local

DEFAULT_PLAN = Plan(1, dt.time(9, 0), 90, "Karlavägen 104")
# Each group's own minutes of its two latest meetings. The Thursday network's are the city's
# agenda, written by network_week; a group not named here keeps its meetings without minutes
# rather than a filler line repeated under every group.
ALL_MINUTES = {**MINUTES, **MORE_MINUTES}


def _history_from(rule: Rule, today: dt.date) -> dt.date:
    """Where the demo's held meetings begin: the first of January of the year the follow-up
    opens on (services.follow_up_periods), so T1, T2 and VB count the meetings the groups' written
    follow-ups speak of; a group meeting twice a year goes back a year, to have met twice."""
    history = dt.date(last_ended_period(today)[1], 1, 1)
    if rule.frequency is not Frequency.WEEKLY and rule.months and len(rule.months) < 7:
        history = min(history, today - dt.timedelta(days=370))
    return history


def load(session: Session, today: dt.date) -> str:
    load_council(session, today)
    network_week.set_template(session)
    meeting_count = action_count = 0
    for group in session.scalars(select(Group).order_by(Group.id)).all():
        if not group.meeting_frequency or group.status is GroupStatus.ENDED:
            continue
        plan = PLANS.get(group.name, DEFAULT_PLAN)
        defaults = RuleDefaults(plan.weekday, plan.start, plan.minutes)
        rule = parse_phrase(
            group.meeting_frequency, starts_on=today, defaults=defaults, place=plan.place
        )
        first = _history_from(rule, today)
        rule = rule.with_changes(starts_on=max(first, group.starts_on or first))
        result = meeting_rules.set_rule(
            session, group.id, rule, plan.policy, phrase=group.meeting_frequency, today=today
        )
        # set_rule plans from today; the demo's groups have met before: their history, held.
        past_count = meeting_rules.add_past_meetings_as_held(session, group.id, today)
        meeting_count += result.created + past_count
        past_meetings = session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group.id, Meeting.starts_at < day_start(today))
            .order_by(Meeting.starts_at)
        ).all()
        for meeting in past_meetings:
            meeting.status = MeetingStatus.HELD
        past = [m.id for m in past_meetings]
        if not past:
            continue
        if group.name not in ALL_MINUTES:
            continue
        earlier, last = ALL_MINUTES[group.name]
        if len(past) >= 2:
            action_count += _minutes(session, group, past[-2], earlier, today, past[-1])
        action_count += _minutes(session, group, past[-1], last, today, None)
    meeting_count += network_week.load(session, today)  # Friday's summary takes its minutes
    _timed_agendas(session, today)
    session.flush()
    return ", ".join(
        (
            ngettext("{n} meeting", "{n} meetings", meeting_count).format(n=meeting_count),
            ngettext("{n} action", "{n} actions", action_count).format(n=action_count),
        )
    )


# How much of the meeting each standing item takes; an item of the group's own agenda weighs 1.
ITEM_WEIGHTS = {STANDING_ACTIONS: 1.0, STANDING_DONE_NEXT: 2.0, STANDING_ROUND_TABLE: 1.5}


def _timed_agendas(session: Session, today: dt.date) -> None:
    """Each group's next meeting has its agenda planned in minutes, filling the meeting, so the
    agenda tab and the printed notice show when each item begins (the later meetings keep the
    plain agenda, as a coordinator plans the next one)."""
    first = (
        select(Meeting.group_id, func.min(Meeting.starts_at).label("starts_at"))
        .where(Meeting.starts_at >= day_start(today), Meeting.status == MeetingStatus.PLANNED)
        .group_by(Meeting.group_id)
        .subquery()
    )
    coming = session.scalars(
        select(Meeting)
        .join(
            first,
            (Meeting.group_id == first.c.group_id) & (Meeting.starts_at == first.c.starts_at),
        )
        .order_by(Meeting.id)
    ).all()
    for meeting in coming:
        items = list(agenda.prepared_meeting(session, meeting.id).agenda_items)
        length = (meeting.ends_at - meeting.starts_at) // dt.timedelta(minutes=1)
        weights = [ITEM_WEIGHTS.get(item.standing_key or "", 1.0) for item in items]
        for item, minutes in zip(items, _shares(length, weights), strict=True):
            agenda.update_agenda_item(session, item.id, item.title, item.presenter, minutes=minutes)


def _shares(length: int, weights: list[float]) -> list[int]:
    """``length`` minutes shared by ``weights``, in whole five minutes; the last item takes
    what is left ([20, 40, 30] of 90 by 1, 2 and 1.5)."""
    if not weights:
        return []
    total = sum(weights)
    shares = [max(5, 5 * round(length * weight / total / 5)) for weight in weights[:-1]]
    return [*shares, max(5, length - sum(shares))]


def _minutes(
    session: Session,
    group: Group,
    meeting_id: int,
    spec: DemoMinutes,
    today: dt.date,
    following_id: int | None,
) -> int:
    detail = meetings.get_meeting(session, meeting_id)
    texts = {
        STANDING_ACTIONS: (spec.follow_up, None),
        STANDING_DONE_NEXT: (spec.done, spec.next_steps),
        STANDING_ROUND_TABLE: (spec.round_table, None),
    }
    for item in detail.agenda:
        if item.standing_key in texts:
            notes, next_steps = texts[item.standing_key]
            agenda.record_minutes(session, item.id, notes, next_steps)
    for index, invitee in enumerate(detail.invitees):
        status = AttendanceStatus.PRESENT
        if index == len(detail.invitees) - 1 and len(detail.invitees) > 3:
            status = AttendanceStatus.ABSENT if following_id is None else AttendanceStatus.PRESENT
        meetings.set_attendance(session, invitee.id, status)
    secretary = next(
        (
            m.person.name
            for m in group.memberships
            if m.role is MemberRole.SECRETARY and m.left_on is None
        ),
        "Anna Berglund",
    )
    meetings.set_minutes_by(session, meeting_id, secretary)
    for text in spec.decisions:
        agenda.add_decision(session, meeting_id, text)
    day = detail.starts_at.date()
    following_day = (
        to_local(session.get(Meeting, following_id).starts_at).date()  # type: ignore[union-attr]
        if following_id
        else today
    )
    for demo_action in spec.actions:
        _action(session, meeting_id, day, following_day, today, demo_action)
    return len(spec.actions)


def _action(
    session: Session,
    meeting_id: int,
    day: dt.date,
    following_day: dt.date,
    today: dt.date,
    spec: DemoAction,
) -> None:
    due = day + dt.timedelta(days=spec.due_days)
    if spec.outcome == "overdue":
        due = max(day, min(due, today - dt.timedelta(days=4)))
    elif spec.outcome in ("open", "requested", "in_progress"):
        due = max(due, today + dt.timedelta(days=7))
    person = (
        session.scalar(select(Person.id).where(Person.name == spec.person)) if spec.person else None
    )
    organisation = (
        session.scalar(select(Organisation.id).where(Organisation.name == spec.organisation))
        if spec.organisation
        else None
    )
    action_id = actions.create_action(
        session,
        actions.ActionInput(
            spec.title,
            responsible_person_id=person,
            responsible_organisation_id=organisation,
            due_on=due,
            source_type=ActionSource.MEETING,
            source_id=meeting_id,
        ),
    )
    if spec.outcome == "done_next":
        actions.set_action_status(
            session, action_id, ActionStatus.DONE, max(following_day, day), spec.note
        )
    elif spec.outcome == "in_progress":
        actions.set_action_status(
            session, action_id, ActionStatus.IN_PROGRESS, min(following_day, today), spec.note
        )
    elif spec.outcome == "requested":
        actions.set_action_status(session, action_id, ActionStatus.REQUESTED, day)
