"""One meeting: add, move, cancel, its invitees and attendance, and everything the meeting
editor and the printouts show (``get_meeting``).

The first time a meeting is opened it gets its own copy of the group's members (as invitees)
and the group's agenda template, so later changes to the group never rewrite an old agenda.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.db import stale_record_error
from samverkan_desktop.enums import ActionSource
from samverkan_desktop.errors import ConflictError, InUseError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AttendanceStatus,
    Group,
    Invitee,
    Meeting,
    MeetingStatus,
    Organisation,
    OrganisationKind,
    Person,
)
from samverkan_desktop.recurrence import holiday_name, iso_week
from samverkan_desktop.services.action_reading import carried_actions, meeting_actions
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.agenda import prepared_meeting
from samverkan_desktop.services.group_standing import standing
from samverkan_desktop.services.meeting_common import (
    check_times,
    get_group,
    get_meeting_model,
    meetings_with_minutes,
    to_local,
)
from samverkan_desktop.services.meeting_group_days import (
    check_attendance,
    check_day,
    check_reinstated,
)
from samverkan_desktop.services.meeting_rows import (
    DecisionRow,
    InviteeRow,
    MeetingDetail,
    MeetingRef,
    agenda_row,
    invitee_order,
)
from samverkan_desktop.services.rule_days import rule_start
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version


@dataclass(frozen=True)
class MeetingInput:
    starts_at: dt.datetime  # aware, or naive Stockholm wall-clock time
    ends_at: dt.datetime
    place: str | None = None
    title: str | None = None
    note: str | None = None
    expected_version: int | None = None  # refuse the update if the meeting changed meanwhile


# --- a meeting's life ---------------------------------------------------------------------------


def add_meeting(session: Session, group_id: int, data: MeetingInput) -> int:
    """A single meeting outside the rule (a workshop, an extra meeting)."""
    group = get_group(session, group_id)
    start, end = check_times(data.starts_at, data.ends_at)
    check_day(group, to_local(start).date())
    meeting = Meeting(
        group_id=group_id,
        starts_at=start,
        ends_at=end,
        place=_place(data.place),
        title=_title(data.title),
        note=clean(data.note),
        status=MeetingStatus.PLANNED,
    )
    session.add(meeting)
    session.flush()
    _followed(session, group_id)
    return meeting.id


def update_meeting(session: Session, meeting_id: int, data: MeetingInput) -> int:
    """Change time, place, title or note. A rule's meeting changed this way becomes an exception
    that later rule changes leave alone. Returns the new version (what an Undo must find)."""
    meeting = get_meeting_model(session, meeting_id)
    check_version(meeting, data.expected_version)
    start, end = check_times(data.starts_at, data.ends_at)
    day = to_local(start).date()
    if day != to_local(meeting.starts_at).date():  # kept on its day, a meeting stays editable
        check_day(meeting.group, day)
    place, title = _place(data.place), _title(data.title)
    changed = (
        to_local(meeting.starts_at) != start
        or to_local(meeting.ends_at) != end
        or meeting.place != place
        or meeting.title != title
    )
    meeting.starts_at, meeting.ends_at = start, end
    meeting.place, meeting.title, meeting.note = place, title, clean(data.note)
    if changed and meeting.from_rule:
        meeting.is_exception = True
    flush_or_conflict(session, _("The meeting could not be saved."))
    if changed:
        _followed(session, meeting.group_id)
    return meeting.version


def move_meeting(
    session: Session,
    meeting_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    expected_version: int | None = None,
) -> int:
    """Another time; ``expected_version``: refused if the meeting changed since it was shown.
    Returns the new version."""
    meeting = get_meeting_model(session, meeting_id)
    return update_meeting(
        session,
        meeting_id,
        MeetingInput(
            starts_at, ends_at, meeting.place, meeting.title, meeting.note, expected_version
        ),
    )


def cancel_meeting(
    session: Session,
    meeting_id: int,
    reason: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Cancel, keeping the reason as the note; returns the new version."""
    meeting = get_meeting_model(session, meeting_id)
    check_version(meeting, expected_version)
    if meeting.status is MeetingStatus.HELD:
        raise ConflictError(_("The meeting has been held and cannot be cancelled."))
    meeting.status = MeetingStatus.CANCELLED
    meeting.is_exception = meeting.from_rule
    if clean(reason):
        meeting.note = clean(reason)
    session.flush()
    _followed(session, meeting.group_id)
    return meeting.version


def not_yet_started(starts_at: dt.datetime, now: dt.datetime | None = None) -> bool:
    """A meeting starting after ``now`` has not taken place: the window asks before marking it
    held (a click meant for last week's meeting, or the coming one held in advance)."""
    return starts_at > (now or clock.now())


def set_meeting_status(
    session: Session,
    meeting_id: int,
    status: MeetingStatus,
    *,
    expected_version: int | None = None,
) -> int:
    """Mark a meeting held, planned again, or cancelled; refused when ``expected_version`` is
    given and the meeting changed since. Returns the new version."""
    if status is MeetingStatus.CANCELLED:
        return cancel_meeting(session, meeting_id, expected_version=expected_version)
    meeting = get_meeting_model(session, meeting_id)
    check_version(meeting, expected_version)
    was_cancelled = meeting.status is MeetingStatus.CANCELLED
    day = to_local(meeting.starts_at).date()
    if status is MeetingStatus.HELD and meeting.status is not MeetingStatus.HELD:
        check_day(meeting.group, day, held=True)
    if was_cancelled and status is not MeetingStatus.CANCELLED:
        check_reinstated(meeting.group, day)
    meeting.status = status
    session.flush()
    if was_cancelled:  # planned again: the groups meeting before it get theirs back
        _followed(session, meeting.group_id)
    return meeting.version


def mark_held(session: Session, meeting_id: int, *, expected_version: int | None = None) -> bool:
    """Mark a planned meeting held, as the editor's "Mark as held" (offered only while the
    meeting is planned). A cancelled meeting is refused: it is reinstated first, so that the
    groups meeting before it get their meetings back. False when it was held already."""
    meeting = get_meeting_model(session, meeting_id)
    if meeting.status is MeetingStatus.CANCELLED:
        raise ConflictError(
            _("The meeting is cancelled and cannot be marked as held; reinstate it first.")
        )
    if meeting.status is MeetingStatus.HELD:
        return False
    set_meeting_status(session, meeting_id, MeetingStatus.HELD, expected_version=expected_version)
    return True


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a single meeting added by mistake; a rule's meeting is cancelled instead."""
    meeting = get_meeting_model(session, meeting_id)
    if meeting.from_rule:
        raise InUseError(
            _("This meeting comes from the group's rule: cancel it instead of deleting it.")
        )
    if meetings_with_minutes(session, [meeting_id]):
        raise InUseError(_("The meeting has minutes and cannot be deleted; cancel it instead."))
    group_id = meeting.group_id
    session.delete(meeting)
    session.flush()
    _followed(session, group_id)


def _followed(session: Session, group_id: int) -> None:
    """The groups meeting before this group's meetings ("inför chefsamråd") follow a change."""
    from samverkan_desktop.services.meeting_rules import follow_group  # it plans with meetings

    follow_group(session, group_id)


def set_minutes_by(session: Session, meeting_id: int, name: str | None) -> None:
    get_meeting_model(session, meeting_id).minutes_by = optional_text(
        name, "minutes_by", _("Minutes taken by"), column_length(Meeting.minutes_by)
    )
    session.flush()


# --- invitees and attendance --------------------------------------------------------------------


def add_invitee(session: Session, meeting_id: int, person_id: int) -> int:
    meeting = prepared_meeting(session, meeting_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_("The person no longer exists."))
    already = _("{person} is already invited.").format(person=person.name)
    if any(i.person_id == person_id for i in meeting.invitees):
        raise ConflictError(already, field="person_id")
    invitee = Invitee(meeting_id=meeting_id, person_id=person_id)
    session.add(invitee)
    # Another desk may invite them between the check and this write: the unique index.
    flush_or_conflict(session, already, "person_id")
    return invitee.id


def remove_invitee(session: Session, invitee_id: int) -> None:
    invitee = _get_invitee(session, invitee_id)
    session.delete(invitee)
    session.flush()


def set_attendance(
    session: Session,
    invitee_id: int,
    status: AttendanceStatus,
    substitute_name: str | None = None,
    *,
    shown: InviteeRow | None = None,
) -> None:
    """Present, absent, or substituted by ``substitute_name`` (required then).

    ``shown``: the invitee as the form showed it (None: no check, e.g. a click in the list).
    When another desk changed the attendance or the substitute's name meanwhile, the save is
    refused (StaleRecordError) instead of writing over theirs."""
    invitee = _get_invitee(session, invitee_id, for_update=shown is not None)
    if shown is not None and (invitee.status, clean(invitee.substitute_name)) != (
        shown.status,
        clean(shown.substitute_name),
    ):
        raise stale_record_error()
    if status is not AttendanceStatus.INVITED:  # unmarking stays possible
        _check_attendance(session, invitee.meeting_id)
    name = clean(substitute_name)
    if status is AttendanceStatus.SUBSTITUTE:
        name = require_text(name, "substitute_name", _("The substitute's name"))
    invitee.status = status
    invitee.substitute_name = name if status is AttendanceStatus.SUBSTITUTE else None
    session.flush()


def _check_attendance(session: Session, meeting_id: int) -> None:
    """Attendance only on a day the group meets. Read as columns: a Meeting loaded here, tied
    to its group, would outlive the call with its invitees as they were (add_invitee's check of
    a person already invited reads that list)."""
    group_id, starts_at = session.execute(
        select(Meeting.group_id, Meeting.starts_at).where(Meeting.id == meeting_id)
    ).one()
    check_attendance(session.get_one(Group, group_id), to_local(starts_at).date())


def _get_invitee(session: Session, invitee_id: int, *, for_update: bool = False) -> Invitee:
    # for_update: PostgreSQL locks the row, so two desks cannot both pass a check on it.
    invitee = session.get(Invitee, invitee_id, with_for_update=for_update or None)
    if invitee is None:
        raise NotFoundError(_("The invitee is no longer on the list."))
    return invitee


def invitee_row(session: Session, invitee_id: int) -> InviteeRow:
    """One invitee as the attendance list shows it, read anew (a form's F5 after another
    desk's change)."""
    return _invitee_row(_get_invitee(session, invitee_id))


def _invitee_row(invitee: Invitee) -> InviteeRow:
    person = invitee.person
    return InviteeRow(
        invitee.id,
        invitee.person_id,
        person.name,
        person.title,
        person.organisation.name if person.organisation else None,
        invitee.status,
        invitee.substitute_name,
    )


# --- the whole meeting ---------------------------------------------------------------------------


def get_meeting(session: Session, meeting_id: int) -> MeetingDetail:
    """Everything about one meeting (prepares it on first look; see the module's note)."""
    return _detail(session, meeting_id, everything=True)


def get_notice(session: Session, meeting_id: int) -> MeetingDetail:
    """What the notice and agenda shows (reports/agenda.py): the meeting, its invitees and
    agenda, and the actions carried from earlier meetings. Its decisions and own actions, the
    neighbouring meetings and whether it has minutes are left empty: the notice never shows
    them, and they were half of its queries."""
    return _detail(session, meeting_id, everything=False)


def _detail(session: Session, meeting_id: int, *, everything: bool) -> MeetingDetail:
    meeting = prepared_meeting(session, meeting_id)
    group = meeting.group
    starts_at, ends_at = to_local(meeting.starts_at), to_local(meeting.ends_at)
    previous = _neighbour(session, meeting, before=True)  # what was closed since is reported
    invitees = session.scalars(
        select(Invitee)
        .where(Invitee.meeting_id == meeting_id)
        .options(selectinload(Invitee.person).selectinload(Person.organisation))
    ).all()
    invitee_rows = sorted((_invitee_row(i) for i in invitees), key=invitee_order)
    agenda = tuple(agenda_row(item, n) for n, item in enumerate(meeting.agenda_items, start=1))
    decisions = (
        tuple(DecisionRow(d.id, d.text, d.agenda_item_id) for d in meeting.decisions)
        if everything
        else ()
    )
    original = to_local(meeting.original_start) if meeting.original_start else None
    # Only a meeting changed by hand can stand elsewhere than its rule put it.
    by_rule = rule_start(session, group.id, original) if original and meeting.is_exception else None
    carried = tuple(
        carried_actions(
            session,
            group.id,
            starts_at.date(),
            exclude_meeting_id=meeting_id,
            previous_day=previous.starts_at.date() if previous else None,
        )
    )
    return MeetingDetail(
        id=meeting.id,
        group_id=group.id,
        group_name=group.name,
        group_type=group.type,
        issuer=_issuer(session, group.convener),
        convener=group.convener.name if group.convener else None,
        title=meeting.title,
        starts_at=starts_at,
        ends_at=ends_at,
        place=meeting.place,
        status=meeting.status,
        from_rule=meeting.from_rule,
        is_exception=meeting.is_exception,
        original_start=original,
        rule_start=by_rule,
        holiday=holiday_name(starts_at.date()),
        week=iso_week(starts_at.date()),
        note=meeting.note,
        minutes_by=meeting.minutes_by,
        invitees=tuple(invitee_rows),
        agenda=agenda,
        decisions=decisions,
        actions=tuple(meeting_actions(session, meeting_id)) if everything else (),
        carried_actions=carried,
        carried_from=_meeting_starts(session, group.id, carried),
        previous_meeting=previous if everything else None,
        next_meeting=_neighbour(session, meeting, before=False) if everything else None,
        has_minutes=everything and bool(meetings_with_minutes(session, [meeting_id])),
        version=meeting.version,
        group_purpose=group.purpose,
        group_goal=group.goal,
        group_after=standing(
            group.status,
            group.starts_on,
            group.term_until,
            group.ended_on,
            starts_at.date() + dt.timedelta(days=1),
        )
        if everything
        else None,
        group_term_until=group.term_until if everything else None,
        group_ended_on=group.ended_on,  # the notice says a meeting after the end cannot be held
        group_starts_on=group.starts_on,
    )


def _meeting_starts(
    session: Session, group_id: int, rows: tuple[ActionRow, ...]
) -> dict[int, dt.datetime]:
    """When the group's meetings the ``rows`` were raised at began, in Stockholm time, by id
    (one raised at another group's meeting is named with that group, as elsewhere)."""
    ids = {r.source_id for r in rows if r.source_type is ActionSource.MEETING and r.source_id}
    if not ids:
        return {}
    query = select(Meeting.id, Meeting.starts_at).where(
        Meeting.id.in_(ids), Meeting.group_id == group_id
    )
    return {meeting_id: to_local(starts) for meeting_id, starts in session.execute(query)}


def _neighbour(session: Session, meeting: Meeting, *, before: bool) -> MeetingRef | None:
    query = select(Meeting).where(
        Meeting.group_id == meeting.group_id,
        Meeting.id != meeting.id,
        Meeting.status != MeetingStatus.CANCELLED,
    )
    if before:
        query = query.where(Meeting.starts_at < meeting.starts_at).order_by(
            Meeting.starts_at.desc()
        )
    else:
        query = query.where(Meeting.starts_at > meeting.starts_at).order_by(Meeting.starts_at)
    found = session.scalars(query.limit(1)).first()
    if found is None:
        return None
    return MeetingRef(found.id, to_local(found.starts_at), to_local(found.ends_at), found.place)


def _issuer(session: Session, convener: Person | None) -> str:
    if convener is not None and convener.organisation is not None:
        return convener.organisation.name
    name = session.scalar(
        select(Organisation.name)
        .where(Organisation.kind == OrganisationKind.DISTRICT)
        .order_by(Organisation.id)
        .limit(1)
    )
    return name or ""


def _place(value: str | None) -> str | None:
    place = clean(value, one_line=True)
    if place is not None and len(place) > 300:
        raise ValidationError(_("The place is too long (at most 300 characters)."), field="place")
    return place


def _title(value: str | None) -> str | None:
    return optional_text(value, "title", _("Heading"), column_length(Meeting.title))
