"""The meetings as an iCalendar file for Outlook and other calendars.

Each group's rule becomes one series (UID ``group-<id>@samverkan``) in Stockholm local time with a
VTIMEZONE; its meetings moved or edited by hand become RECURRENCE-ID overrides, and single
meetings events of their own (``meeting-<id>@samverkan``). Re-importing the file updates the
same entries instead of adding new ones; SEQUENCE counts their changes (exports.ics_sequences).

A cancelled meeting stays in the file, marked STATUS:CANCELLED ("Inställt: …" in its title for
calendars that do not read the status): left out, a calendar that imported it before would go
on showing it. A cancelled occurrence of a series is an override of that occurrence; EXDATEs are
only for the days the rule leaves out (a month filter, a holiday) that never were meetings. The
calendar view's "show cancelled" does not change the file; ``cancelled=False`` (the command
line's ``--without-cancelled``) leaves them out, for a first import into an empty calendar.
A meeting deleted since an earlier export (by hand, with its rule, with its group) goes out
cancelled too, for 400 days after its day (exports.ics_gone); ``cancelled=False`` leaves those
out as well.

Only rules Outlook accepts are written: no month filter on monthly or weekly rules. Chosen months
evenly spread over the year ("juni och december", "mars, juni, september, december") go out as
"every 6 (3) months" from the first of them; other month filters ("ej juli") as the rule without
the filter plus an EXDATE for each meeting it leaves out; even or odd weeks ("tisdagar jämna
veckor") likewise as every week plus an EXDATE for each week left out. Those EXDATEs are listed up
to the planning horizon, so each series ends there (UNTIL): export again later to extend it.
A rule that follows another group's meetings ("inför chefsamråd") has no RRULE: its meetings go
out as events of their own.

Safety walks and exercises go out only when the filter asks for them (``entry_kinds``; the
command line's ``--with walks,exercises``), each an event of its own (``walk-<id>@samverkan``,
``exercise-<id>@samverkan``): from its start to its end (two hours assumed when none is kept),
or the whole day when it has no start; cancelled ones marked as cancelled meetings are;
exercises with a month and no day not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from icalendar import Calendar, Event, Timezone, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.exports.ics_gone import Scope, gone_events, read_known
from samverkan_desktop.exports.ics_sequences import Kept, number_events
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Meeting, MeetingRule, MeetingStatus
from samverkan_desktop.recurrence import (
    TZID,
    Frequency,
    Rule,
    describe,
    nominal_starts,
    until_instant,
)
from samverkan_desktop.services.calendar import CalendarFilter, group_conditions
from samverkan_desktop.services.calendar_entries import (
    ASSUMED_LENGTH,
    CalendarEntry,
    list_entries,
)
from samverkan_desktop.services.meeting_common import rule_of, to_local
from samverkan_desktop.services.meeting_rules import rule_term

UID_DOMAIN = "samverkan"

# Outlook's own definition of Central European time (EU rules since 1996).
VTIMEZONE = f"""BEGIN:VTIMEZONE
TZID:{TZID}
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
"""


@dataclass(frozen=True)
class OutlookSeries:
    """A rule rewritten for Outlook: its pattern, first start, and the dates it must leave out."""

    rrule: str
    first: dt.datetime
    rule: Rule  # the Outlook-compatible rule (months filter removed)


def outlook_rule(rule: Rule, start: dt.date, end: dt.date) -> OutlookSeries | None:
    """The rule without a month filter or even/odd weeks (Outlook has no week numbers), starting
    at its first meeting from ``start``."""
    own = nominal_starts(rule, start, end)
    if not own:
        return None
    first = own[0]
    base = rule.with_changes(months=(), week_parity=None, starts_on=first.date(), exdates=())
    months = rule.months
    if months and rule.frequency is Frequency.MONTHLY and 12 % len(months) == 0:
        step = 12 // len(months)
        if all((months[i] - months[0]) == i * step for i in range(len(months))):
            base = base.with_changes(interval=step)  # evenly spread: every `step` months
    return OutlookSeries(base.to_rrule(), first, base)


def export_ics(
    session: Session,
    group_id: int | None = None,
    filters: CalendarFilter | None = None,
    cancelled: bool = True,
) -> bytes:
    """The meetings of one group (or of all groups) as an .ics file; ``filters``: the groups the
    calendar view shows (its chosen group, group type and priority area), not its "show
    cancelled": cancelled meetings go out marked so unless ``cancelled`` is False (see above)."""
    f = filters or CalendarFilter()
    if group_id is not None:
        f = replace(f, group_ids=(group_id,))
    for wanted in f.group_ids:
        if session.get(Group, wanted) is None:
            raise NotFoundError(_("The group no longer exists."))
    groups = list(session.scalars(select(Group).where(*group_conditions(f)).order_by(Group.name)))
    calendar = Calendar()
    calendar.add("prodid", "-//Samverkan//Samverkan//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    one_group = len(f.group_ids) == 1 and len(groups) == 1
    with_entries = bool(f.entry_kinds) and not f.by_group  # no group's: see services.calendar
    everything = _("Meetings, walks and exercises") if with_entries else _("Meetings")
    calendar.add("x-wr-calname", groups[0].name if one_group else everything)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(Timezone.from_ical(VTIMEZONE))
    stamp = clock.utcnow().replace(microsecond=0)
    events = [e for group in groups for e in _group_events(session, group, stamp, cancelled)]
    if with_entries:
        entries = list_entries(session, None, None, f.entry_kinds, include_cancelled=cancelled)
        events.extend(_entry_event(entry, stamp) for entry in entries)
    known = read_known(session)
    expired: list[str] = []
    # What was deleted since an earlier export, cancelled, and past its days forgotten
    # (exports.ics_gone). Without the cancelled meetings the file cannot tell which are gone.
    if cancelled:
        scope = Scope(
            frozenset(group.id for group in groups),
            deleted_groups=not f.by_group,
            kinds=frozenset(kind.value for kind in f.entry_kinds) if with_entries else frozenset(),
        )
        gone = gone_events(session, known, events, scope, stamp)
        events.extend(gone.events)
        expired = gone.expired
    number_events(session, events, known, expired)
    for event, _kept in events:
        calendar.add_component(event)
    return calendar.to_ical()


def _entry_event(entry: CalendarEntry, stamp: dt.datetime) -> tuple[Event, Kept]:
    """A walk or an exercise: its place, and what it is, its status and purpose (or scenario)
    as the description; a start without an end is said to be assumed."""
    event = Event()
    event.add("uid", f"{entry.kind.value}-{entry.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    # A walk or an exercise (en): "Inställd".
    cancelled = _("Cancelled: {walk_or_exercise}").format(walk_or_exercise=entry.label)
    _add_title(event, entry.label, cancelled if entry.cancelled else None)
    lines = [f"{_(entry.kind.label)} ({_(entry.status)})"]
    if entry.all_day:
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
    else:
        event.add("dtstart", entry.starts_at)
        event.add("dtend", entry.ends_at)
        if entry.end_assumed:
            hours = ASSUMED_LENGTH.total_seconds() / 3600
            lines.append(_("No end time recorded: {hours:g} hours assumed.").format(hours=hours))
    if entry.place:
        event.add("location", entry.place)
    if entry.cancel_reason:
        lines.append(entry.cancel_reason)
    if entry.note:
        lines.append(entry.note)
    event.add("description", "\n".join(lines))
    event.add("last-modified", _utc(entry.changed).replace(microsecond=0))
    return event, Kept(None, cancelled, entry.day)


def _group_events(
    session: Session, group: Group, stamp: dt.datetime, cancelled: bool
) -> list[tuple[Event, Kept]]:
    meetings = list(
        session.scalars(
            select(Meeting).where(Meeting.group_id == group.id).order_by(Meeting.starts_at)
        )
    )
    row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == group.id))
    events: list[tuple[Event, Kept]] = []
    consumed: set[int] = set()
    if row is not None and row.planned_until is not None:
        events.extend(_series(group, row, meetings, consumed, stamp, cancelled))
    for meeting in meetings:
        if meeting.id in consumed:
            continue
        if meeting.status is MeetingStatus.CANCELLED and not cancelled:
            continue
        events.append(_event(group, meeting, f"meeting-{meeting.id}@{UID_DOMAIN}", stamp))
    return events


def _series(
    group: Group,
    row: MeetingRule,
    meetings: list[Meeting],
    consumed: set[int],
    stamp: dt.datetime,
    cancelled: bool,
) -> list[tuple[Event, Kept]]:
    rule = rule_of(row)
    if rule.is_linked:
        return []  # "inför chefsamråd": no RRULE says its days; each meeting is an event
    start, end = rule_term(group, rule, row.planned_until or rule.starts_on)
    # A rule that began before it was entered is planned from that day only: the series starts
    # at its first meeting, not with an EXDATE for every week it was never planned.
    planned = [
        to_local(m.original_start).date() for m in meetings if m.from_rule and m.original_start
    ]
    if planned:
        start = max(start, min(planned))
    series = outlook_rule(rule, start, end)
    if series is None:
        return []
    by_original = {
        to_local(m.original_start): m for m in meetings if m.from_rule and m.original_start
    }
    uid = f"group-{group.id}@{UID_DOMAIN}"
    exdates: list[dt.datetime] = []
    overrides: list[tuple[Event, Kept]] = []
    last_change = row.updated_at
    for nominal in nominal_starts(series.rule, series.first.date(), end):
        meeting = by_original.get(nominal)
        if meeting is not None:
            consumed.add(meeting.id)
        is_cancelled = meeting is not None and meeting.status is MeetingStatus.CANCELLED
        if meeting is None or (is_cancelled and not cancelled):
            exdates.append(nominal)  # left out by the month filter or a holiday: no meeting
            continue
        last_change = max(last_change, meeting.updated_at, key=_utc)
        starts, ends = to_local(meeting.starts_at), to_local(meeting.ends_at)
        if is_cancelled or (starts, ends, meeting.place, meeting.title) != (
            nominal,
            nominal + rule.duration,
            rule.place,
            None,
        ):
            override, kept = _event(group, meeting, uid, stamp)
            override.add("recurrence-id", nominal)
            overrides.append((override, kept))
    master = Event()
    master.add("uid", uid)
    master.add("dtstamp", stamp)
    master.add("summary", group.name)
    master.add("dtstart", series.first)
    master.add("dtend", series.first + rule.duration)
    master.add(
        "rrule",
        vRecur.from_ical(
            series.rrule
            + ";UNTIL="
            + until_instant(end).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        ),
    )
    if exdates:
        master.add("exdate", exdates)
    if rule.place:
        master.add("location", rule.place)
    master.add("description", describe(rule, with_defaults=False))
    master.add("last-modified", _utc(last_change).replace(microsecond=0))
    whole = Kept(group.id, _("Cancelled: {meeting}").format(meeting=group.name), end)
    return [(master, whole), *overrides]


def _event(group: Group, meeting: Meeting, uid: str, stamp: dt.datetime) -> tuple[Event, Kept]:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    title = f"{meeting.title} – {group.name}" if meeting.title else group.name
    cancelled = _("Cancelled: {meeting}").format(meeting=title)  # a meeting (ett): "Inställt"
    _add_title(event, title, cancelled if meeting.status is MeetingStatus.CANCELLED else None)
    event.add("dtstart", to_local(meeting.starts_at))
    event.add("dtend", to_local(meeting.ends_at))
    if meeting.place:
        event.add("location", meeting.place)
    if meeting.note:  # e.g. why it was cancelled
        event.add("description", meeting.note)
    event.add("last-modified", _utc(meeting.updated_at).replace(microsecond=0))
    return event, Kept(group.id, cancelled, to_local(meeting.starts_at).date())


def _add_title(event: Event, title: str, cancelled: str | None) -> None:
    """SUMMARY, and for a cancelled entry (``cancelled``: its title saying so) STATUS too."""
    event.add("summary", cancelled or title)
    if cancelled:
        event.add("status", "CANCELLED")


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
