"""Actions (åtgärder) from every area: who does what by when, dated follow-up notes, and the
lists the Actions area, a meeting's agenda and the Overview show.

Meetings, safety walks and exercises all call ``create_action`` with their ``source_type`` and
``source_id``; ``list_actions(ActionFilter(source_type=..., source_id=...))`` gives them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Action,
    ActionNote,
    ActionSource,
    ActionStatus,
    Exercise,
    ExerciseLesson,
    FireInspection,
    Group,
    Meeting,
    Observation,
    Organisation,
    Person,
    Place,
    PriorityArea,
    Walk,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.services.action_rows import (
    ActionNoteRow,
    ActionRow,
    Origin,
    exercise_text,
    fire_text,
    first_area,
    is_overdue,
    meeting_text,
    origin_of,
    responsible_text,
    urgency_order,
    walk_text,
)
from samverkan_desktop.services.id_batches import batches
from samverkan_desktop.services.meeting_group_days import check_new_action
from samverkan_desktop.services.text_search import any_contains
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import clean, optional_text, require_text
from samverkan_desktop.services.versions import check_version

NOTE_MAX_LENGTH = 4000  # a follow-up note, added alone or with a status change

OPEN_STATUSES = tuple(s for s in ActionStatus if s not in CLOSED_STATUSES)

Source = tuple[ActionSource, int | None]  # an action's source_type and source_id


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


@dataclass(frozen=True)
class ActionFilter:
    open_only: bool = False
    overdue: bool = False
    status: ActionStatus | None = None
    organisation_id: int | None = None  # responsible organisation, or the person's
    person_id: int | None = None
    priority_area_id: int | None = None  # the action's own area, else its group's
    group_id: int | None = None
    source_type: ActionSource | None = None
    source_id: int | None = None
    search: str | None = None


# --- changing actions ----------------------------------------------------------------------------


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
    action = _get_action(session, action_id)
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
    action = _get_action(session, action_id)
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
    _get_action(session, action_id)
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
    action = _get_action(session, action_id)
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


def _get_action(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise NotFoundError(_("The action no longer exists."))
    return action


# --- reading actions -----------------------------------------------------------------------------


def get_action(session: Session, action_id: int, today: dt.date | None = None) -> ActionRow:
    _get_action(session, action_id)
    return _rows(session, select(Action).where(Action.id == action_id), today)[0]


def list_actions(
    session: Session, filters: ActionFilter | None = None, today: dt.date | None = None
) -> list[ActionRow]:
    """Actions sorted with the most urgent first (overdue, then by due date)."""
    today = today or clock.today()
    query = select(Action).where(*filter_conditions(session, filters or ActionFilter(), today))
    return _rows(session, query, today)


def filter_conditions(
    session: Session, f: ActionFilter, today: dt.date
) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter (shared with the Actions area's paged list)."""
    conditions: list[ColumnElement[bool]] = []
    if f.open_only or f.overdue:
        conditions.append(Action.status.in_(OPEN_STATUSES))
    if f.overdue:
        conditions.append(Action.due_on < today)
    if f.status is not None:
        conditions.append(Action.status == f.status)
    if f.organisation_id is not None:
        conditions.append(
            or_(
                Action.responsible_organisation_id == f.organisation_id,
                Action.responsible_person.has(Person.organisation_id == f.organisation_id),
            )
        )
    if f.person_id is not None:
        conditions.append(Action.responsible_person_id == f.person_id)
    if f.priority_area_id is not None:
        conditions.append(
            or_(
                Action.priority_area_id == f.priority_area_id,
                and_(
                    Action.priority_area_id.is_(None),
                    Action.group.has(
                        Group.priority_areas.any(PriorityArea.id == f.priority_area_id)
                    ),
                ),
            )
        )
    if f.group_id is not None:
        conditions.append(Action.group_id == f.group_id)
    if f.source_type is not None:
        conditions.append(Action.source_type == f.source_type)
    if f.source_id is not None:
        conditions.append(Action.source_id == f.source_id)
    term = clean(f.search)
    if term:
        conditions.append(any_contains(session, [Action.title, Action.description], term))
    return conditions


def meeting_actions(session: Session, meeting_id: int) -> list[ActionRow]:
    """The actions raised at one meeting."""
    return list_actions(
        session, ActionFilter(source_type=ActionSource.MEETING, source_id=meeting_id)
    )


def carried_actions(
    session: Session,
    group_id: int,
    meeting_day: dt.date,
    exclude_meeting_id: int | None = None,
    previous_day: dt.date | None = None,
) -> list[ActionRow]:
    """The group's actions raised before ``meeting_day`` and still open on it, or closed since
    the group's previous meeting (``previous_day``): they stand on that meeting's agenda until
    closed, and the closing is reported there, also when it was done while preparing it."""
    closed_since = meeting_day
    if previous_day is not None:
        closed_since = min(meeting_day, previous_day + dt.timedelta(days=1))
    query = select(Action).where(
        Action.group_id == group_id,
        Action.raised_on < meeting_day,
        or_(Action.closed_on.is_(None), Action.closed_on >= closed_since),
    )
    if exclude_meeting_id is not None:
        query = query.where(
            or_(
                Action.source_type != ActionSource.MEETING,
                Action.source_id != exclude_meeting_id,
            )
        )
    return _rows(session, query, meeting_day)


def _rows(session: Session, query: object, today: dt.date | None) -> list[ActionRow]:
    today = today or clock.today()
    actions = list(
        session.scalars(
            query.options(  # type: ignore[attr-defined]
                joinedload(Action.responsible_person).joinedload(Person.organisation),
                joinedload(Action.responsible_organisation),
                joinedload(Action.priority_area),
                joinedload(Action.group).selectinload(Group.priority_areas),
                selectinload(Action.notes),
            )
        ).unique()
    )
    sources = found_sources(session, ((a.source_type, a.source_id) for a in actions))
    rows = [_row(a, sources, today) for a in actions]
    rows.sort(key=urgency_order)
    return rows


def _row(action: Action, sources: dict[Source, tuple[str, Origin]], today: dt.date) -> ActionRow:
    person = action.responsible_person
    organisation = action.responsible_organisation
    responsible = responsible_text(
        person.name if person else None,
        organisation.name if organisation else None,
        person.organisation.name if person and person.organisation else None,
    )
    found = sources.get((action.source_type, action.source_id))
    source_text, origin = found if found else (_(action.source_type.label), None)
    return ActionRow(
        id=action.id,
        title=action.title,
        description=action.description,
        source_type=action.source_type,
        source_id=action.source_id,
        source_text=source_text,
        responsible_person_id=action.responsible_person_id,
        responsible_person=person.name if person else None,
        responsible_organisation_id=action.responsible_organisation_id,
        responsible_organisation=organisation.name if organisation else None,
        responsible=responsible,
        raised_on=action.raised_on,
        due_on=action.due_on,
        status=action.status,
        closed_on=action.closed_on,
        priority_area_id=action.priority_area_id,
        priority_area=action.priority_area.name if action.priority_area else None,
        group_id=action.group_id,
        group=action.group.name if action.group else None,
        overdue=is_overdue(action.status, action.due_on, today),
        notes=tuple(ActionNoteRow(n.id, n.noted_on, n.text, n.meeting_id) for n in action.notes),
        version=action.version,
        group_priority_area=first_area(area.name for area in action.group.priority_areas)
        if action.group
        else None,
        origin=origin,
    )


def source_texts(
    session: Session, sources: Iterable[tuple[ActionSource, int | None]], with_time: bool = True
) -> dict[Source, str]:
    """Where actions came from, by (kind, id), as the Actions area's list and detail name it:
    "Möte 2026-11-03 09.00, Platssamverkan Klara" (the list leaves out the time: ``with_time``),
    "Trygghetsvandring 2021-04-20, Tessinparken", "Övning 2021-02-17, Krisledningsövning". A
    source that went away is left out (the caller names the kind alone)."""
    found = found_sources(session, sources, with_time)
    return {source: text for source, (text, _origin) in found.items()}


def found_sources(
    session: Session, sources: Iterable[tuple[ActionSource, int | None]], with_time: bool = True
) -> dict[Source, tuple[str, Origin]]:
    """``source_texts`` with where each opens (its meeting, walk, exercise or inspection). Read
    in batches: a city has more meetings with actions than one SQL IN list may hold."""
    by_kind: dict[ActionSource, set[int]] = {}
    for kind, source_id in sources:
        if source_id is not None:
            by_kind.setdefault(kind, set()).add(source_id)
    found: dict[Source, tuple[str, Origin]] = {}

    def add(kind: ActionSource, source_id: int, text: str, holder_id: int) -> None:
        origin = origin_of(kind, holder_id)
        assert origin is not None  # every kind read here has a record to open
        found[kind, source_id] = (text, origin)

    meetings = by_kind.get(ActionSource.MEETING)
    if meetings:
        for batch in batches(sorted(meetings)):
            query = (
                select(Meeting.id, Meeting.starts_at, Group.name)
                .join(Group, Group.id == Meeting.group_id)
                .where(Meeting.id.in_(batch))
            )
            for meeting_id, starts_at, group in session.execute(query):
                text = meeting_text(starts_at, group, with_time)
                add(ActionSource.MEETING, meeting_id, text, meeting_id)
    observations = by_kind.get(ActionSource.WALK_OBSERVATION)
    if observations:
        for batch in batches(sorted(observations)):
            walk_query = (
                select(Observation.id, Walk.id, Walk.date, Place.name)
                .join(Walk, Walk.id == Observation.walk_id)
                .join(Place, Place.id == Walk.place_id)
                .where(Observation.id.in_(batch))
            )
            for observation_id, walk_id, day, place in session.execute(walk_query):
                add(ActionSource.WALK_OBSERVATION, observation_id, walk_text(day, place), walk_id)
    lessons = by_kind.get(ActionSource.EXERCISE_LESSON)
    if lessons:
        for batch in batches(sorted(lessons)):
            exercise_query = (
                select(ExerciseLesson.id, Exercise.id, Exercise.date, Exercise.year, Exercise.title)
                .join(Exercise, Exercise.id == ExerciseLesson.exercise_id)
                .where(ExerciseLesson.id.in_(batch))
            )
            for lesson_id, exercise_id, held_on, year, title in session.execute(exercise_query):
                text = exercise_text(held_on, year, title)
                add(ActionSource.EXERCISE_LESSON, lesson_id, text, exercise_id)
    inspections = by_kind.get(ActionSource.FIRE_INSPECTION)
    if inspections:
        for batch in batches(sorted(inspections)):
            fire_query = select(
                FireInspection.id, FireInspection.inspected_on, FireInspection.premises
            ).where(FireInspection.id.in_(batch))
            for inspection_id, inspected_on, premises in session.execute(fire_query):
                text = fire_text(inspected_on, premises)
                add(ActionSource.FIRE_INSPECTION, inspection_id, text, inspection_id)
    return found
