"""A meeting's notice (what ``services.meetings.get_notice`` returns) read from a current SQLite
database with plain SQL, for ``samverkan print agenda`` and the agenda's PDF in the window
(reports/agenda.py: there on the Session's own connection, a quarter of the printout's time
through the ORM).

Importing SQLAlchemy, declaring the models and configuring their mappers took over a second of
a printout that is otherwise a few tenths. The rows are the services' own dataclasses, their
shown fields derived by the same helpers (services/action_rows.py, services/meeting_rows.py),
and tests/core/test_notice_sqlite.py compares the two readers meeting by meeting. Anything
this reader does not expect gives None and the caller takes the ORM's road, which migrates,
explains errors and prepares a meeting opened for the first time (a write: this reader never
writes).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from samverkan_desktop.enums import (
    ActionSource,
    ActionStatus,
    AttendanceStatus,
    GroupType,
    MeetingStatus,
    OrganisationKind,
)
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.quick_read import open_current
from samverkan_desktop.recurrence import (
    HolidayPolicy,
    Rule,
    holiday_name,
    is_working_day,
    iso_week,
    occurrences,
    shifted_start,
)
from samverkan_desktop.services.action_rows import (
    ActionNoteRow,
    ActionRow,
    exercise_text,
    is_overdue,
    meeting_text,
    responsible_text,
    urgency_order,
    walk_text,
)
from samverkan_desktop.services.meeting_rows import (
    AgendaItemRow,
    InviteeRow,
    MeetingDetail,
    invitee_order,
)

_MEETING = """
SELECT m.id, m.group_id, g.name, g.type, m.title, m.starts_at, m.ends_at, m.place, m.status,
       m.from_rule, m.is_exception, m.original_start, m.note, m.minutes_by, m.version,
       m.prepared, c.id, c.name, co.name, g.purpose, g.goal, g.ended_on, g.starts_on
FROM meetings AS m
JOIN groups AS g ON g.id = m.group_id
LEFT JOIN people AS c ON c.id = g.convener_id
LEFT JOIN organisations AS co ON co.id = c.organisation_id
WHERE m.id = ?
"""
_DISTRICT = "SELECT name FROM organisations WHERE kind = ? ORDER BY id LIMIT 1"
_INVITEES = """
SELECT i.id, i.person_id, p.name, p.title, o.name, i.status, i.substitute_name
FROM meeting_invitees AS i
JOIN people AS p ON p.id = i.person_id
LEFT JOIN organisations AS o ON o.id = p.organisation_id
WHERE i.meeting_id = ?
"""
_AGENDA = """
SELECT id, title, standing_key, presenter, notes, next_steps, minutes
FROM agenda_items WHERE meeting_id = ? ORDER BY position, id
"""
# services.action_reading.carried_actions: the group's actions raised before the meeting's day
# and still open on it or closed since the previous meeting (:closed_since), except those raised
# at this meeting.
_CARRIED = """
WHERE a.group_id = :group AND a.raised_on < :day
  AND (a.closed_on IS NULL OR a.closed_on >= :closed_since)
  AND (a.source_type != :meeting OR a.source_id != :id)
"""
_ACTIONS = f"""
SELECT a.id, a.title, a.description, a.source_type, a.source_id,
       a.responsible_person_id, p.name, po.name, a.responsible_organisation_id, o.name,
       a.raised_on, a.due_on, a.status, a.closed_on, a.priority_area_id, pa.name,
       a.group_id, g.name, a.version, sm.starts_at, sg.name, sw.date, sp.name, se.date, se.year,
       se.title
FROM actions AS a
LEFT JOIN people AS p ON p.id = a.responsible_person_id
LEFT JOIN organisations AS po ON po.id = p.organisation_id
LEFT JOIN organisations AS o ON o.id = a.responsible_organisation_id
LEFT JOIN priority_areas AS pa ON pa.id = a.priority_area_id
LEFT JOIN groups AS g ON g.id = a.group_id
LEFT JOIN meetings AS sm ON a.source_type = :meeting AND sm.id = a.source_id
LEFT JOIN groups AS sg ON sg.id = sm.group_id
LEFT JOIN observations AS so ON a.source_type = :walk AND so.id = a.source_id
LEFT JOIN walks AS sw ON sw.id = so.walk_id
LEFT JOIN places AS sp ON sp.id = sw.place_id
LEFT JOIN exercise_lessons AS sl ON a.source_type = :exercise AND sl.id = a.source_id
LEFT JOIN exercises AS se ON se.id = sl.exercise_id
{_CARRIED}
"""
# services.meetings._neighbour: the group's latest meeting before this one, not cancelled.
_PREVIOUS = """
SELECT starts_at FROM meetings
WHERE group_id = ? AND id != ? AND status != ? AND starts_at < ?
ORDER BY starts_at DESC LIMIT 1
"""
_NOTES = f"""
SELECT n.action_id, n.id, n.noted_on, n.text, n.meeting_id
FROM action_notes AS n
WHERE n.action_id IN (SELECT a.id FROM actions AS a {_CARRIED})
ORDER BY n.noted_on, n.id
"""


def read_notice(url: str, meeting_id: int) -> MeetingDetail | None:
    """The notice of meeting ``meeting_id``, or None when the ORM's road must answer: not a
    current SQLite database, no such meeting (the services word the message), a meeting never
    opened (preparing it writes), or data this reader does not expect."""
    conn = open_current(url)
    if conn is None:
        return None
    try:
        return notice_or_none(conn, meeting_id)
    finally:
        conn.close()


def notice_or_none(conn: sqlite3.Connection, meeting_id: int) -> MeetingDetail | None:
    """``notice`` on a connection to a current database (e.g. a Session's own: the same
    transaction), or None when the ORM's road must answer (see read_notice)."""
    try:
        return notice(conn, meeting_id)
    except (sqlite3.Error, ValueError, KeyError, OverflowError, TypeError):
        return None


def notice(conn: sqlite3.Connection, meeting_id: int) -> MeetingDetail | None:
    row = conn.execute(_MEETING, (meeting_id,)).fetchone()
    if row is None or not row[15]:  # missing, or not prepared
        return None
    (id_, group_id, group_name, group_type, title, starts, ends, place, status) = row[:9]
    from_rule, is_exception, original, note, minutes_by, version = row[9:15]
    convener_id, convener, convener_organisation, purpose, goal, ended_on, starts_on = row[16:]
    starts_at, ends_at = _local(starts), _local(ends)
    own = _local(original) if original is not None else None
    # Only a meeting changed by hand can stand elsewhere than its rule put it.
    by_rule = _rule_start(conn, group_id, own) if own and is_exception else None
    day = starts_at.date()
    if convener_id is not None and convener_organisation is not None:
        issuer = convener_organisation
    else:
        district = conn.execute(_DISTRICT, (OrganisationKind.DISTRICT.value,)).fetchone()
        issuer = (district[0] if district else None) or ""
    return MeetingDetail(
        id=id_,
        group_id=group_id,
        group_name=group_name,
        group_type=GroupType(group_type),
        issuer=issuer,
        convener=convener if convener_id is not None else None,
        title=title,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        status=MeetingStatus(status),
        from_rule=bool(from_rule),
        is_exception=bool(is_exception),
        original_start=own,
        rule_start=by_rule,
        holiday=holiday_name(day),
        week=iso_week(day),
        note=note,
        minutes_by=minutes_by,
        invitees=_invitees(conn, meeting_id),
        agenda=tuple(
            AgendaItemRow(item_id, number, *rest)
            for number, (item_id, *rest) in enumerate(conn.execute(_AGENDA, (meeting_id,)), 1)
        ),
        decisions=(),
        actions=(),
        carried_actions=_carried(
            conn, group_id, day, meeting_id, _closed_since(conn, group_id, meeting_id, starts, day)
        ),
        previous_meeting=None,
        next_meeting=None,
        has_minutes=False,
        version=version,
        group_purpose=purpose,
        group_ended_on=dt.date.fromisoformat(ended_on) if ended_on else None,
        group_starts_on=dt.date.fromisoformat(starts_on) if starts_on else None,
        group_goal=goal,
    )


_RULE = """
SELECT rrule, exdates, starts_on, until, start_time, duration_minutes, place, holiday_policy,
       before_group_id
FROM meeting_rules WHERE group_id = ?
"""


def _rule_start(
    conn: sqlite3.Connection, group_id: int, original: dt.datetime
) -> dt.datetime | None:
    """services.rule_days.rule_start by plain SQL (the day the rule moved it to, off a holiday);
    a linked rule ("inför chefsamråd") reads the other group's meetings: the ORM's road."""
    if is_working_day(original.date()):  # no rule moves a meeting off a working day
        return None
    row = conn.execute(_RULE, (group_id,)).fetchone()
    if row is None:
        return None
    rrule, exdates, starts_on, until, start_time, minutes, place, policy, linked = row
    if linked is not None:
        raise KeyError("linked rule")
    try:
        rule = Rule.from_rrule(
            rrule,
            exdates=tuple(_date(d) for d in exdates.split(",") if d),
            starts_on=_date(starts_on),
            until=_date(until) if until else None,
            start_time=dt.time.fromisoformat(start_time),
            duration_minutes=minutes,
            place=place,
        )
    except DomainError as error:  # a rule the editor would refuse: the ORM's road explains
        raise ValueError(str(error)) from error
    day = original.date()
    return shifted_start(occurrences(rule, day, day, HolidayPolicy(policy)), original)


def _invitees(conn: sqlite3.Connection, meeting_id: int) -> tuple[InviteeRow, ...]:
    rows = [
        InviteeRow(id_, person_id, name, title, organisation, AttendanceStatus(status), substitute)
        for id_, person_id, name, title, organisation, status, substitute in conn.execute(
            _INVITEES, (meeting_id,)
        )
    ]
    return tuple(sorted(rows, key=invitee_order))


def _closed_since(
    conn: sqlite3.Connection, group_id: int, meeting_id: int, starts: str, day: dt.date
) -> dt.date:
    previous = conn.execute(
        _PREVIOUS, (group_id, meeting_id, MeetingStatus.CANCELLED.value, starts)
    ).fetchone()
    if previous is None:
        return day
    return min(day, _local(previous[0]).date() + dt.timedelta(days=1))


def _carried(
    conn: sqlite3.Connection, group_id: int, day: dt.date, meeting_id: int, closed_since: dt.date
) -> tuple[ActionRow, ...]:
    params = {
        "group": group_id,
        "day": day.isoformat(),
        "closed_since": closed_since.isoformat(),
        "meeting": ActionSource.MEETING.value,
        "walk": ActionSource.WALK_OBSERVATION.value,
        "exercise": ActionSource.EXERCISE_LESSON.value,
        "id": meeting_id,
    }
    notes: dict[int, list[ActionNoteRow]] = {}
    for action_id, note_id, noted_on, text, note_meeting in conn.execute(_NOTES, params):
        notes.setdefault(action_id, []).append(
            ActionNoteRow(note_id, _date(noted_on), text, note_meeting)
        )
    rows = [_action(row, notes.get(row[0], ()), day) for row in conn.execute(_ACTIONS, params)]
    return tuple(sorted(rows, key=urgency_order))


def _action(row: Sequence[Any], notes: Sequence[ActionNoteRow], today: dt.date) -> ActionRow:
    (id_, title, description, source, source_id, person_id, person, person_org) = row[:8]
    (organisation_id, organisation, raised, due, status, closed, area_id, area) = row[8:16]
    group_id, group, version, meeting_start, meeting_group = row[16:21]
    walk_day, walk_place, exercise_day, exercise_year, exercise_title = row[21:]
    source_type = ActionSource(source)
    action_status = ActionStatus(status)
    due_on = _date(due) if due is not None else None
    # As services.action_sources.source_texts names them (its inner joins: all parts present).
    if source_type is ActionSource.MEETING and meeting_start is not None:
        source_text = meeting_text(dt.datetime.fromisoformat(meeting_start), meeting_group)
    elif source_type is ActionSource.WALK_OBSERVATION and walk_place is not None:
        source_text = walk_text(_date(walk_day), walk_place)
    elif source_type is ActionSource.EXERCISE_LESSON and exercise_title is not None:
        held_on = _date(exercise_day) if exercise_day is not None else None
        source_text = exercise_text(held_on, exercise_year, exercise_title)
    else:
        source_text = _(source_type.label)
    return ActionRow(
        id=id_,
        title=title,
        description=description,
        source_type=source_type,
        source_id=source_id,
        source_text=source_text,
        responsible_person_id=person_id,
        responsible_person=person,
        responsible_organisation_id=organisation_id,
        responsible_organisation=organisation,
        responsible=responsible_text(person, organisation, person_org),
        raised_on=_date(raised),
        due_on=due_on,
        status=action_status,
        closed_on=_date(closed) if closed is not None else None,
        priority_area_id=area_id,
        priority_area=area,
        group_id=group_id,
        group=group,
        overdue=is_overdue(action_status, due_on, today),
        notes=tuple(notes),
        version=version,
    )


# As SQLAlchemy reads SQLite's text columns: ISO text, a naive date-time being UTC.
def _local(value: str) -> dt.datetime:
    return local(dt.datetime.fromisoformat(value))


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)
