"""Safety walks: planning, the method's steps and what is shown of a walk.

The method (Brå/Boverket): a planning meeting, the walk, a closing meeting where the owners say
what they will do, and a follow-up walk some months later. ``WalkStatus`` records the step; the
functions below move a walk from one step to the next and refuse a step out of order.

Route and participants: services/walk_route.py. Answers, observations and photos:
services/walk_records.py. Follow-up comparison and the Overview: services/walk_followup.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop.errors import ConflictError, InUseError, ValidationError, refuse_all
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    ChecklistAnswer,
    ChecklistTemplate,
    Group,
    LightCondition,
    Observation,
    Place,
    RouteStop,
    Walk,
    WalkChecklistItem,
    WalkFormat,
    WalkParticipant,
    WalkStatus,
)
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    get_or_raise,
    optional_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.services.walk_plan_checks import plan_refusals

# Steps after which the walk has happened (answers and observations may be recorded).
WALKED_STEPS = frozenset(
    {
        WalkStatus.WALKED,
        WalkStatus.CLOSING_MEETING_HELD,
        WalkStatus.FOLLOW_UP_PLANNED,
        WalkStatus.FOLLOW_UP_DONE,
    }
)
# The method suggests at most about this many people on one walk.
RECOMMENDED_MAX_PEOPLE = 20
# Sunrise and sunset in Stockholm around the middle of each month, local time (summer time
# from April to October): a walk that starts after sunset or before sunrise is walked in the dark.
_STOCKHOLM_DAYLIGHT = {
    1: (dt.time(8, 40), dt.time(15, 5)),
    2: (dt.time(7, 40), dt.time(16, 25)),
    3: (dt.time(6, 20), dt.time(17, 45)),
    4: (dt.time(6, 0), dt.time(20, 0)),
    5: (dt.time(4, 30), dt.time(21, 10)),
    6: (dt.time(3, 35), dt.time(22, 5)),
    7: (dt.time(3, 55), dt.time(21, 50)),
    8: (dt.time(5, 5), dt.time(20, 40)),
    9: (dt.time(6, 25), dt.time(19, 10)),
    10: (dt.time(7, 40), dt.time(17, 35)),
    11: (dt.time(7, 50), dt.time(15, 20)),
    12: (dt.time(8, 40), dt.time(14, 50)),
}


def expected_light(date: dt.date, start: dt.time) -> LightCondition:
    """The light a walk starting then is likely to have (a suggestion for the plan): a
    December walk at 18.30 is in the dark, a June one in daylight."""
    sunrise, sunset = _STOCKHOLM_DAYLIGHT[date.month]
    return LightCondition.DARK if start >= sunset or start < sunrise else LightCondition.DAYLIGHT


# A walk with no time yet: most are walked after dark, to see the lighting as residents do.
DEFAULT_LIGHT = LightCondition.DARK


@dataclass(frozen=True)
class WalkInput:
    place_id: int | None
    date: dt.date | None
    start_time: dt.time | None = None
    light: LightCondition = DEFAULT_LIGHT
    end_time: dt.time | None = None  # None: about two hours assumed (calendar_entries)
    meeting_point: str | None = None
    format: WalkFormat = WalkFormat.ORDINARY
    organiser_id: int | None = None
    resident_count: int = 0
    purpose: str | None = None
    checklist_template_id: int | None = None
    follow_up_of_id: int | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class WalkRow:
    id: int
    place_id: int
    place: str
    area: str | None
    date: dt.date
    start_time: dt.time | None
    light: LightCondition
    format: WalkFormat
    status: WalkStatus
    follow_up_of_id: int | None
    participant_count: int
    resident_count: int
    observation_count: int
    open_actions: int
    end_time: dt.time | None = None
    cancel_reason: str | None = None  # why it was cancelled, when it was


@dataclass(frozen=True)
class WalkBrief:
    id: int
    date: dt.date
    status: WalkStatus


@dataclass(frozen=True)
class WalkDetail:
    id: int
    place_id: int
    place: str
    area: str | None
    date: dt.date
    start_time: dt.time | None
    light: LightCondition
    meeting_point: str | None
    format: WalkFormat
    status: WalkStatus
    organiser_id: int | None
    organiser: str | None
    organiser_title: str | None
    organiser_organisation: str | None
    resident_count: int
    purpose: str | None
    summary: str | None
    closing_meeting_on: dt.date | None
    closing_meeting_notes: str | None
    checklist_template_id: int | None
    checklist_name: str | None
    follow_up_of: WalkBrief | None
    follow_ups: tuple[WalkBrief, ...]
    version: int
    end_time: dt.time | None = None
    cancel_reason: str | None = None
    closing_meeting_draft_on: dt.date | None = None  # written, the meeting not yet recorded

    @property
    def closing_meeting_date(self) -> dt.date | None:
        """The closing meeting's date as the walk shows it: the day it was held, once recorded,
        else the day written for it."""
        return self.closing_meeting_on or self.closing_meeting_draft_on

    @property
    def is_walked(self) -> bool:
        return self.status in WALKED_STEPS

    def to_input(self) -> WalkInput:
        return WalkInput(
            place_id=self.place_id,
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            light=self.light,
            meeting_point=self.meeting_point,
            format=self.format,
            organiser_id=self.organiser_id,
            resident_count=self.resident_count,
            purpose=self.purpose,
            checklist_template_id=self.checklist_template_id,
            follow_up_of_id=self.follow_up_of.id if self.follow_up_of else None,
        )


def status_text(status: WalkStatus, cancel_reason: str | None) -> str:
    """ "Inställd – för få anmälda": a walk's step, and why when it was cancelled with a reason
    (the list, the walk's header, the calendar)."""
    if status is WalkStatus.CANCELLED and cancel_reason:
        return _("{status} – {reason}").format(status=_(status.label), reason=cancel_reason)
    return _(status.label)


def no_report_reason(status: WalkStatus) -> str | None:
    """Why a walk at this step has no report to print, or None: the report tells what was seen
    on the walk. The window greys its "Walk report" with this, the command line refuses."""
    if status is WalkStatus.CANCELLED:
        return _("The walk was cancelled: it has no report.")
    if status not in WALKED_STEPS:
        return _("The walk has not been made yet: its report is printed after the walk.")
    return None


def check_report_printable(session: Session, walk_id: int) -> None:
    """Refuse, with the reason, to print the report of a walk not made."""
    reason = no_report_reason(get_walk_model(session, walk_id).status)
    if reason is not None:
        raise ConflictError(reason)


def get_walk_model(session: Session, walk_id: int) -> Walk:
    return get_or_raise(session, Walk, walk_id, _("The walk no longer exists."))


def list_walks(
    session: Session,
    search: str | None = None,
    *,
    year: int | None = None,
    status: WalkStatus | None = None,
    place_id: int | None = None,
    first: dt.date | None = None,
    last: dt.date | None = None,
    group_id: int | None = None,
    area: str | None = None,
) -> list[WalkRow]:
    """Newest first. ``first``/``last``: walks on those days or between; ``group_id``: at
    places the group works with (as its follow-up counts them); ``area``: at places of that
    area, as stored."""
    query = (
        select(Walk)
        .join(Walk.place)
        .options(joinedload(Walk.place))
        .order_by(Walk.date.desc(), Walk.id.desc())
    )
    term = clean(search)
    if term:
        query = query.where(
            or_(
                contains(session, Place.name, term),
                contains(session, Place.area, term),
                contains(session, Walk.meeting_point, term),
                contains(session, Walk.purpose, term),
            )
        )
    if year is not None:
        query = query.where(extract("year", Walk.date) == year)
    if status is not None:
        query = query.where(Walk.status == status)
    if place_id is not None:
        query = query.where(Walk.place_id == place_id)
    if first is not None:
        query = query.where(Walk.date >= first)
    if last is not None:
        query = query.where(Walk.date <= last)
    if group_id is not None:
        query = query.where(Place.groups.any(Group.id == group_id))
    if area is not None:
        query = query.where(Place.area == area)
    walks = list(session.scalars(query).unique())
    ids = [w.id for w in walks]
    participants = _counts(session, WalkParticipant.walk_id, WalkParticipant.id, ids)
    observations = _counts(session, Observation.walk_id, Observation.id, ids)
    # Here, not at the top: the Overview reads this module at every start, the list only later.
    from samverkan_desktop.services.walk_actions import open_counts_by_walk

    open_actions = open_counts_by_walk(session, ids)
    return [
        WalkRow(
            id=w.id,
            place_id=w.place_id,
            place=w.place.name,
            area=w.place.area,
            date=w.date,
            start_time=w.start_time,
            light=w.light,
            format=w.format,
            status=w.status,
            follow_up_of_id=w.follow_up_of_id,
            participant_count=participants.get(w.id, 0),
            resident_count=w.resident_count,
            observation_count=observations.get(w.id, 0),
            open_actions=open_actions.get(w.id, 0),
            end_time=w.end_time,
            cancel_reason=w.cancel_reason,
        )
        for w in walks
    ]


def _counts(session: Session, key, counted, ids: list[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    if not ids:
        return {}
    rows = session.execute(select(key, func.count(counted)).where(key.in_(ids)).group_by(key))
    return {k: n for k, n in rows}


def walk_years(session: Session) -> list[int]:
    return sorted({d.year for d in session.scalars(select(Walk.date))}, reverse=True)


def _brief(walk: Walk) -> WalkBrief:
    return WalkBrief(walk.id, walk.date, walk.status)


def get_walk(session: Session, walk_id: int) -> WalkDetail:
    walk = get_walk_model(session, walk_id)
    follow_ups = session.scalars(
        select(Walk).where(Walk.follow_up_of_id == walk_id).order_by(Walk.date)
    )
    organiser = walk.organiser
    return WalkDetail(
        id=walk.id,
        place_id=walk.place_id,
        place=walk.place.name,
        area=walk.place.area,
        date=walk.date,
        start_time=walk.start_time,
        light=walk.light,
        meeting_point=walk.meeting_point,
        format=walk.format,
        status=walk.status,
        organiser_id=walk.organiser_id,
        organiser=organiser.name if organiser else None,
        organiser_title=organiser.title if organiser else None,
        organiser_organisation=(
            organiser.organisation.name if organiser and organiser.organisation else None
        ),
        resident_count=walk.resident_count,
        purpose=walk.purpose,
        summary=walk.summary,
        closing_meeting_on=walk.closing_meeting_on,
        closing_meeting_notes=walk.closing_meeting_notes,
        checklist_template_id=walk.checklist_template_id,
        checklist_name=walk.checklist_name,
        follow_up_of=_brief(walk.follow_up_of) if walk.follow_up_of else None,
        follow_ups=tuple(_brief(w) for w in follow_ups),
        version=walk.version,
        end_time=walk.end_time,
        cancel_reason=walk.cancel_reason,
        closing_meeting_draft_on=walk.closing_meeting_draft_on,
    )


# --- planning -------------------------------------------------------------------------------


def _copy_checklist(session: Session, walk: Walk, template_id: int | None) -> None:
    """Give the walk its own copy of the template's points (or none)."""
    if template_id == walk.checklist_template_id and walk.checklist_items:
        return
    if walk.id is not None:
        answered = session.scalar(
            select(func.count(ChecklistAnswer.id))
            .join(ChecklistAnswer.stop)
            .where(RouteStop.walk_id == walk.id)
        )
        if answered:
            raise ConflictError(
                _(
                    "The checklist cannot be changed: answers are already recorded with it. "
                    "The walk keeps the checklist it was walked with."
                ),
                field="checklist_template_id",
            )
    walk.checklist_items.clear()
    session.flush()
    if template_id is None:
        walk.checklist_template_id = None
        walk.checklist_name = None
        return
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise ValidationError(
            _("The chosen checklist no longer exists."), field="checklist_template_id"
        )
    walk.checklist_template_id = template.id
    walk.checklist_name = template.name
    walk.checklist_items.extend(
        WalkChecklistItem(position=i.position, code=i.code, title=i.title, guidance=i.guidance)
        for i in template.items
    )


def _apply(session: Session, walk: Walk, data: WalkInput) -> None:
    refuse_all(plan_refusals(session, walk, data, walk.status in WALKED_STEPS))
    assert data.place_id is not None and data.date is not None  # refused above
    if walk.id is not None and walk.place_id != data.place_id and walk.status in WALKED_STEPS:
        raise ConflictError(
            _("The place of a walk that has been made cannot be changed."), field="place_id"
        )
    walk.place_id = data.place_id
    walk.date = data.date
    walk.start_time = data.start_time
    walk.end_time = data.end_time
    walk.light = data.light
    walk.meeting_point = optional_text(
        data.meeting_point, "meeting_point", _("Meeting point"), column_length(Walk.meeting_point)
    )
    walk.format = data.format
    walk.organiser_id = data.organiser_id
    walk.resident_count = data.resident_count
    walk.purpose = clean(data.purpose)
    walk.follow_up_of_id = data.follow_up_of_id
    _copy_checklist(session, walk, data.checklist_template_id)


def default_organiser_id(session: Session, place_id: int | None) -> int | None:
    """Who organises a new walk unless chosen otherwise: the organiser of the last walk at the
    place, else of the last walk anywhere (the same coordinator, year after year), else nobody.
    Without one no letter can go to the owners, and nobody noticed until the letters."""
    query = (
        select(Walk.organiser_id)
        .where(Walk.organiser_id.is_not(None))
        .order_by(Walk.date.desc(), Walk.id.desc())
        .limit(1)
    )
    if place_id is not None:
        at_place = session.scalar(query.where(Walk.place_id == place_id))
        if at_place is not None:
            return at_place
    return session.scalar(query)


def last_walked_at(session: Session, place_id: int | None) -> WalkBrief | None:
    """The walk made last at the place: a new walk there may repeat its route and people."""
    if place_id is None:
        return None
    walk = session.scalar(
        select(Walk)
        .where(Walk.place_id == place_id, Walk.status.in_(WALKED_STEPS))
        .order_by(Walk.date.desc(), Walk.id.desc())
        .limit(1)
    )
    return _brief(walk) if walk is not None else None


def planned_at(session: Session, place_id: int | None, today: dt.date) -> WalkBrief | None:
    """The first walk at the place already planned for today or later: planning another there
    is most likely planning it twice."""
    if place_id is None:
        return None
    walk = session.scalar(
        select(Walk)
        .where(Walk.place_id == place_id, Walk.status == WalkStatus.PLANNING, Walk.date >= today)
        .order_by(Walk.date, Walk.id)
        .limit(1)
    )
    return _brief(walk) if walk is not None else None


def copy_route_and_people(session: Session, source: Walk, target: Walk) -> None:
    """Walk ``target`` as ``source`` was walked: its stops, the people and organisations
    invited, and its meeting point unless ``target`` has one."""
    target.stops.extend(
        RouteStop(position=s.position, name=s.name, description=s.description) for s in source.stops
    )
    target.participants.extend(
        WalkParticipant(person_id=p.person_id, organisation_id=p.organisation_id)
        for p in source.participants
    )
    if not target.meeting_point:
        target.meeting_point = source.meeting_point
    session.flush()


def create_walk(session: Session, data: WalkInput, copy_from_id: int | None = None) -> int:
    """Plan a walk; ``copy_from_id``: with that walk's route, participants and meeting point."""
    walk = Walk(status=WalkStatus.PLANNING, checklist_items=[])
    _apply(session, walk, data)
    session.add(walk)
    session.flush()
    if copy_from_id is not None:
        source = get_or_raise(session, Walk, copy_from_id, _("The earlier walk no longer exists."))
        copy_route_and_people(session, source, walk)
    if walk.follow_up_of_id is not None:
        _mark_follow_up_planned(session, walk.follow_up_of_id)
    return walk.id


def plan_check(session: Session, walk_id: int | None, data: WalkInput) -> list[ValidationError]:
    """What saving ``data`` as the plan of walk ``walk_id`` (None: a new walk) refuses, saving
    nothing: the form says it together with what it could not read of its own fields."""
    walk = Walk(status=WalkStatus.PLANNING) if walk_id is None else session.get(Walk, walk_id)
    if walk is None:
        return []  # gone: the save says so
    return plan_refusals(session, walk, data, walk.status in WALKED_STEPS)


def update_walk(session: Session, walk_id: int, data: WalkInput) -> int:
    """Change the walk's plan; returns the new row version."""
    walk = get_walk_model(session, walk_id)
    check_version(walk, data.expected_version)
    _apply(session, walk, data)
    session.flush()
    return walk.version


def check_walk_deletable(session: Session, walk_id: int) -> None:
    """Refuse, with the reason, to delete a walk that was made: asked before the user is asked
    to confirm, and again when deleting."""
    walk = get_walk_model(session, walk_id)
    if walk.status in WALKED_STEPS or walk.observations:
        raise InUseError(
            _(
                "The walk at {place} on {date} has been made and recorded; it cannot be deleted."
            ).format(place=walk.place.name, date=walk.date.isoformat())
        )


def delete_walk(session: Session, walk_id: int) -> None:
    """Delete a walk planned by mistake. A walk that was made is history and stays."""
    walk = get_walk_model(session, walk_id)
    check_walk_deletable(session, walk_id)
    earlier = walk.follow_up_of
    session.delete(walk)
    session.flush()
    if earlier is not None and earlier.status is WalkStatus.FOLLOW_UP_PLANNED:
        others = session.scalar(
            select(func.count(Walk.id)).where(
                Walk.follow_up_of_id == earlier.id, Walk.status != WalkStatus.CANCELLED
            )
        )
        if not others:
            earlier.status = (
                WalkStatus.CLOSING_MEETING_HELD
                if earlier.closing_meeting_on is not None
                else WalkStatus.WALKED
            )
            session.flush()


def _mark_follow_up_planned(session: Session, earlier_id: int) -> None:
    earlier = session.get(Walk, earlier_id)
    if earlier is not None and earlier.status in (
        WalkStatus.WALKED,
        WalkStatus.CLOSING_MEETING_HELD,
    ):
        earlier.status = WalkStatus.FOLLOW_UP_PLANNED
        session.flush()
