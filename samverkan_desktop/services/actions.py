"""Actions (åtgärder) from every area: who does what by when, dated follow-up notes, and the
lists the Actions area, a meeting's agenda and the Overview show.
Meetings, safety walks and exercises all call ``create_action`` with their ``source_type`` and
``source_id``; ``action_reading.list_actions(ActionFilter(source_type=..., source_id=...))`` gives
them back.

This module changes actions. Reading them is in ``action_reading``, the filters in
``action_filter``, the sources' names in ``action_sources``, the rows in ``action_rows``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Action,
    ActionNote,
    ActionSource,
    ActionStatus,
    ExerciseLesson,
    Group,
    Meeting,
    Organisation,
    Person,
    PriorityArea,
)
from samverkan_desktop.services.action_reading import (
    action_or_raise,
)
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.meeting_group_days import check_new_action
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import clean, optional_text, require_text
from samverkan_desktop.services.versions import check_version

NOTE_MAX_LENGTH = 4000  # a follow-up note, added alone or with a status change


@dataclass(frozen=True)
class ActionInput:
    title: str
    responsible_person_id: int | None = None
    responsible_organisation_id: int | None = None
    due_on: dt.date | None = None
    description: str | None = None
    priority_area_id: int | None = None
    group_id: int | None = None  # None: the source meeting's group, if any
    source_type: ActionSource = ActionSource.OTHER
    source_id: int | None = None
    raised_on: dt.date | None = None  # None: today (or the source meeting's day)
    expected_version: int | None = None  # refuse the update if the action changed meanwhile


def create_action(session: Session, data: ActionInput, today: dt.date | None = None) -> int:
    action = Action(status=ActionStatus.OPEN)
    _apply(session, action, data, today or clock.today())
    session.add(action)
    session.flush()
    return action.id


def update_action(
    session: Session,
    action_id: int,
    data: ActionInput,
    *,
    note: str | None = None,
    on: dt.date | None = None,
    meeting_id: int | None = None,
) -> int:
    """Save the form, with a follow-up ``note`` noted ``on`` (today), possibly at a meeting;
    returns the action's new version (what an Undo must find). A due date moved later is
    written in the note: the minutes and the next agenda show only the latest note, and with
    the new date alone nobody saw that the action had slipped."""
    action = action_or_raise(session, action_id)
    check_version(action, data.expected_version)
    old_due = action.due_on
    _apply(session, action, data, action.raised_on)
    text = " ".join(t for t in (postponed_text(old_due, action.due_on), clean(note)) if t)
    if text:
        add_action_note(session, action_id, text, on=on, meeting_id=meeting_id)
    session.flush()
    return action.version


def input_of(action: ActionRow, version: int | None = None) -> ActionInput:
    """The action as it is now, for an undo that puts it back when the action is still at
    ``version`` (refused if another desk saved it after this desk's change), or for a change
    of one field."""
    return ActionInput(
        title=action.title,
        responsible_person_id=action.responsible_person_id,
        responsible_organisation_id=action.responsible_organisation_id,
        due_on=action.due_on,
        description=action.description,
        priority_area_id=action.priority_area_id,
        group_id=action.group_id,
        source_type=action.source_type,
        source_id=action.source_id,
        raised_on=action.raised_on,
        expected_version=version,
    )


def restore_action(
    session: Session, action_id: int, data: ActionInput, added_note_ids: Iterable[int] = ()
) -> int:
    """Undo a save: the action as it was (``data``, refused if changed since), without the
    notes that save wrote (a postponement's "Nytt klart senast …" would outlive its date)."""
    version = update_action(session, action_id, data)
    for note_id in added_note_ids:
        delete_action_note(session, note_id)
    return version


def postponed_text(old: dt.date | None, new: dt.date | None) -> str | None:
    """ "Nytt klart senast 2027-02-19 (var 2027-01-02)." when the due date moved later."""
    if old is None or new is None or new <= old:
        return None
    return _("New due date {new} (was {old}).").format(new=new.isoformat(), old=old.isoformat())


def set_action_status(
    session: Session,
    action_id: int,
    status: ActionStatus,
    on: dt.date | None = None,
    note: str | None = None,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Change the status; done or rejected closes the action on ``on`` (today), with an
    optional ``note`` of that day. Refused when ``expected_version`` is given and the action
    changed since; returns the new version."""
    action = action_or_raise(session, action_id)
    check_version(action, expected_version)
    # The limit of a note added alone: the form's field ("text") named.
    text = optional_text(note, "text", _("The note"), NOTE_MAX_LENGTH, multi_line=True)
    today = today or clock.today()
    on = on or today
    if on > today:  # "closed 2027-05-01" went into the letter to the owner
        raise ValidationError(
            _("The date cannot be later than today ({date}).").format(date=today.isoformat()),
            field="closed_on",
        )
    if status.is_closed:
        if on < action.raised_on:
            raise ValidationError(
                _("An action cannot be closed before it was raised ({date}).").format(
                    date=action.raised_on.isoformat()
                ),
                field="closed_on",
            )
        action.closed_on = action.closed_on if action.status.is_closed else on
    else:
        action.closed_on = None
    action.status = status
    if text is not None:
        session.add(ActionNote(action_id=action_id, noted_on=on, text=text))
    session.flush()
    return action.version


def add_action_note(
    session: Session,
    action_id: int,
    text: str,
    on: dt.date | None = None,
    meeting_id: int | None = None,
) -> int:
    """A dated follow-up note, possibly recorded at a meeting."""
    action_or_raise(session, action_id)
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        raise NotFoundError(_("There is no meeting with number {id}.").format(id=meeting_id))
    note = ActionNote(
        action_id=action_id,
        noted_on=on or clock.today(),
        text=require_text(text, "text", _("The note"), NOTE_MAX_LENGTH, multi_line=True),
        meeting_id=meeting_id,
    )
    session.add(note)
    session.flush()
    return note.id


def delete_action_note(session: Session, note_id: int) -> None:
    note = session.get(ActionNote, note_id)
    if note is None:
        raise NotFoundError(_("The note no longer exists."))
    session.delete(note)
    session.flush()


def delete_action(session: Session, action_id: int) -> None:
    action = action_or_raise(session, action_id)
    unlink(session, ExerciseLesson.action_id, action.id)  # the lesson stays, its action gone
    session.delete(action)
    session.flush()


def _apply(session: Session, action: Action, data: ActionInput, today: dt.date) -> None:
    title = require_text(data.title, "title", _("What is to be done"), 300)
    if data.responsible_person_id is None and data.responsible_organisation_id is None:
        raise ValidationError(
            _("Say who is responsible: a person, an organisation or both."), field="responsible"
        )
    if data.responsible_person_id is not None and not session.get(
        Person, data.responsible_person_id
    ):
        raise ValidationError(_("The person no longer exists."), field="responsible")
    if data.responsible_organisation_id is not None and not session.get(
        Organisation, data.responsible_organisation_id
    ):
        raise ValidationError(_("The organisation no longer exists."), field="responsible")
    if data.priority_area_id is not None and not session.get(PriorityArea, data.priority_area_id):
        raise ValidationError(_("Unknown priority area."), field="priority_area_id")
    group_id, raised_on = data.group_id, data.raised_on
    if data.source_type is not ActionSource.OTHER and data.source_id is None:
        raise ValidationError(_("The action's source is missing."), field="source_id")
    if data.source_type is ActionSource.MEETING:
        meeting = session.get(Meeting, data.source_id)
        if meeting is None:
            raise NotFoundError(
                _("There is no meeting with number {id}.").format(id=data.source_id)
            )
        if (action.source_type, action.source_id) != (ActionSource.MEETING, meeting.id):
            # Newly raised at it; one raised there before stays and saves.
            check_new_action(meeting.group, _meeting_day(meeting))
        group_id = group_id or meeting.group_id
        raised_on = raised_on or _meeting_day(meeting)
    if group_id is not None and session.get(Group, group_id) is None:
        raise ValidationError(_("The group no longer exists."), field="group_id")
    raised_on = raised_on or action.raised_on or today
    if data.due_on is not None and data.due_on < raised_on:
        raise ValidationError(
            _("The due date cannot be before the action was raised ({date}).").format(
                date=raised_on.isoformat()
            ),
            field="due_on",
        )
    action.title = title
    action.description = clean(data.description)
    action.responsible_person_id = data.responsible_person_id
    action.responsible_organisation_id = data.responsible_organisation_id
    action.due_on = data.due_on
    action.priority_area_id = data.priority_area_id
    action.group_id = group_id
    action.source_type = data.source_type
    action.source_id = data.source_id if data.source_type is not ActionSource.OTHER else None
    action.raised_on = raised_on


def _meeting_day(meeting: Meeting) -> dt.date:
    from samverkan_desktop.services.meeting_common import to_local

    return to_local(meeting.starts_at).date()
