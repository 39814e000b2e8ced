"""Use cases of the meeting editor that change several things at once, each in one unit of work:
a meeting's details with who took the minutes, everyone present, and an action with its status
and a follow-up note. A refused part leaves everything as it was."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionStatus, AttendanceStatus
from samverkan_desktop.services import action_reading, actions, meetings
from samverkan_desktop.services.actions import ActionInput, input_of
from samverkan_desktop.services.meetings import MeetingInput
from samverkan_desktop.services.validation import clean


def save_details(
    session: Session, meeting_id: int, data: MeetingInput, minutes_by: str | None
) -> None:
    meetings.update_meeting(session, meeting_id, data)
    meetings.set_minutes_by(session, meeting_id, minutes_by)


def mark_all_present(session: Session, meeting_id: int) -> int:
    """Everyone not yet marked is present; returns how many were marked."""
    detail = meetings.get_meeting(session, meeting_id)
    unmarked = [i for i in detail.invitees if i.status is AttendanceStatus.INVITED]
    for invitee in unmarked:
        meetings.set_attendance(session, invitee.id, AttendanceStatus.PRESENT)
    return len(unmarked)


def note_day(meeting_day: dt.date, today: dt.date | None = None) -> dt.date:
    """Notes written at a meeting carry the meeting's day (today for a meeting ahead)."""
    return min(meeting_day, today or clock.today())


def save_meeting_action(
    session: Session,
    action_id: int | None,
    data: ActionInput,
    status: ActionStatus,
    note: str | None,
    meeting_id: int,
    on: dt.date,
) -> int:
    """Create or update an action, set its status and add a follow-up note made at the meeting."""
    if action_id is None:
        action_id = actions.create_action(session, data, today=on)
        if clean(note):
            actions.add_action_note(session, action_id, note or "", on=on, meeting_id=meeting_id)
        current = ActionStatus.OPEN
    else:
        current = action_reading.get_action(session, action_id).status
        # A due date moved later is written into the note (update_action).
        actions.update_action(session, action_id, data, note=note, on=on, meeting_id=meeting_id)
    if status is not current:
        raised = action_reading.get_action(session, action_id).raised_on
        actions.set_action_status(session, action_id, status, on=max(on, raised))
    return action_id


def postpone_action(
    session: Session,
    action_id: int,
    due_on: dt.date | None,
    note: str | None,
    meeting_id: int | None,
    on: dt.date,
    expected_version: int | None = None,
) -> None:
    """Move an open action's due date later at a meeting (``samverkan actions postpone``: at
    none): the follow-up note says so ("Nytt klart senast … (var …).", with ``note`` after
    it), as when the form's date is changed."""
    action = action_reading.get_action(session, action_id)
    if not action.is_open:  # the meeting's Postpone… is greyed for it
        raise ValidationError(
            _("Only an open action can be postponed; this one is {status}.").format(
                status=_(action.status.label).lower()
            ),
            field="status",
        )
    if due_on is None:
        raise ValidationError(_("Give the new due date."), field="due_on")
    if action.due_on is not None and due_on <= action.due_on:
        raise ValidationError(
            _("Postponed means later than the due date now ({date}).").format(
                date=action.due_on.isoformat()
            ),
            field="due_on",
        )
    data = replace(input_of(action, expected_version), due_on=due_on)
    actions.update_action(session, action_id, data, note=note, on=on, meeting_id=meeting_id)
