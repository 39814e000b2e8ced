"""Reading safety walks: the list, one walk's detail, the years walked, and what the planning
form suggests for a new walk at a place (its organiser, the walk made last there, a walk already
planned there).

Planning, changing and deleting a walk: services/walk_editing.py. Route and participants:
services/walk_route.py. Answers, observations and photos: services/walk_records.py. Follow-up
comparison: services/walk_followup.py.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session, joinedload

from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Observation, Place, Walk, WalkParticipant, WalkStatus
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import clean, get_or_raise
from samverkan_desktop.services.walk_rows import (
    WALKED_STEPS,
    WalkBrief,
    WalkDetail,
    WalkRow,
    no_report_reason,
)


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


# --- for planning a new walk ----------------------------------------------------------------


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
