"""The places register for safety walks and the yearly list of prioritised places."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Group, Observation, Place, PlacePriority, Walk, WalkStatus
from samverkan_desktop.number_range import check_range
from samverkan_desktop.services.text_search import contains
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.services.walk_rows import WALKED_STEPS
from samverkan_desktop.swedish_order import sort_key


@dataclass(frozen=True)
class PlaceRow:
    id: int
    name: str
    area: str | None
    walk_count: int
    last_walked: dt.date | None
    next_walk: dt.date | None
    priority_years: tuple[int, ...]
    # Listed by priority year: what the place lacks that year ("No walk planned"), else None.
    year_gap: str | None = None


@dataclass(frozen=True)
class PriorityRow:
    id: int
    place_id: int
    place: str
    area: str | None
    year: int
    rank: int
    reason: str | None


@dataclass(frozen=True)
class PlaceWalkRow:
    id: int
    date: dt.date
    status: WalkStatus
    observation_count: int


@dataclass(frozen=True)
class PlaceDetail:
    id: int
    name: str
    area: str | None
    description: str | None
    latitude: float | None
    longitude: float | None
    group_ids: tuple[int, ...]
    groups: tuple[str, ...]
    priorities: tuple[PriorityRow, ...]
    walks: tuple[PlaceWalkRow, ...]  # newest first
    version: int

    def to_input(self) -> PlaceInput:
        return PlaceInput(
            name=self.name,
            area=self.area,
            description=self.description,
            latitude=self.latitude,
            longitude=self.longitude,
            group_ids=self.group_ids,
        )


@dataclass(frozen=True)
class PlaceInput:
    name: str
    area: str | None = None
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    group_ids: tuple[int, ...] = field(default_factory=tuple)
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


def year_gap(statuses: Iterable[WalkStatus], year: int, today: dt.date) -> str | None:
    """What a place prioritised in ``year`` lacks, from the statuses of its walks that year:
    None while a walk is planned or made; once the year is over only a walk made counts."""
    if year < today.year:
        return None if any(s in WALKED_STEPS for s in statuses) else _("No walk held")
    return None if any(s is not WalkStatus.CANCELLED for s in statuses) else _("No walk planned")


def _year_statuses(session: Session, year: int) -> dict[int, list[WalkStatus]]:
    """place id -> the statuses of its walks in ``year``"""
    found: dict[int, list[WalkStatus]] = {}
    rows = session.execute(
        select(Walk.place_id, Walk.status).where(extract("year", Walk.date) == year)
    )
    for place_id, status in rows:
        found.setdefault(place_id, []).append(status)
    return found


def list_places(
    session: Session, search: str | None = None, *, priority_year: int | None = None
) -> list[PlaceRow]:
    today = clock.today()
    walked = select(Walk.place_id, Walk.date).where(
        Walk.status.not_in((WalkStatus.PLANNING, WalkStatus.CANCELLED))
    )
    query = select(Place).options(selectinload(Place.priorities)).order_by(Place.id)
    term = clean(search)
    if term:
        query = query.where(
            or_(
                contains(session, Place.name, term),
                contains(session, Place.area, term),
                contains(session, Place.description, term),
            )
        )
    if priority_year is not None:
        query = query.where(Place.priorities.any(PlacePriority.year == priority_year))
    places = sorted(session.scalars(query), key=lambda place: sort_key(place.name))
    counts: dict[int, int] = dict(
        session.execute(select(Walk.place_id, func.count(Walk.id)).group_by(Walk.place_id)).all()
    )
    last: dict[int, dt.date] = {}
    for place_id, date in session.execute(walked):
        if place_id not in last or date > last[place_id]:
            last[place_id] = date
    upcoming: dict[int, dt.date] = dict(
        session.execute(
            select(Walk.place_id, func.min(Walk.date))
            .where(Walk.status == WalkStatus.PLANNING, Walk.date >= today)
            .group_by(Walk.place_id)
        ).all()
    )
    statuses = {} if priority_year is None else _year_statuses(session, priority_year)
    return [
        PlaceRow(
            id=p.id,
            name=p.name,
            area=p.area,
            walk_count=counts.get(p.id, 0),
            last_walked=last.get(p.id),
            next_walk=upcoming.get(p.id),
            priority_years=tuple(sorted((pr.year for pr in p.priorities), reverse=True)),
            year_gap=None
            if priority_year is None
            else year_gap(statuses.get(p.id, ()), priority_year, today),
        )
        for p in places
    ]


def _get_place(session: Session, place_id: int) -> Place:
    return get_or_raise(session, Place, place_id, _("The place no longer exists."))


def _priority_row(priority: PlacePriority) -> PriorityRow:
    return PriorityRow(
        id=priority.id,
        place_id=priority.place_id,
        place=priority.place.name,
        area=priority.place.area,
        year=priority.year,
        rank=priority.rank,
        reason=priority.reason,
    )


def get_place(session: Session, place_id: int) -> PlaceDetail:
    place = _get_place(session, place_id)
    observation_counts = (
        select(Observation.walk_id, func.count(Observation.id).label("n"))
        .group_by(Observation.walk_id)
        .subquery()
    )
    walks = session.execute(
        select(Walk.id, Walk.date, Walk.status, func.coalesce(observation_counts.c.n, 0))
        .outerjoin(observation_counts, observation_counts.c.walk_id == Walk.id)
        .where(Walk.place_id == place_id)
        .order_by(Walk.date.desc(), Walk.id.desc())
    ).all()
    return PlaceDetail(
        id=place.id,
        name=place.name,
        area=place.area,
        description=place.description,
        latitude=place.latitude,
        longitude=place.longitude,
        group_ids=tuple(g.id for g in place.groups),
        groups=tuple(g.name for g in place.groups),
        priorities=tuple(_priority_row(p) for p in sorted(place.priorities, key=lambda p: -p.year)),
        walks=tuple(PlaceWalkRow(w_id, date, status, n) for w_id, date, status, n in walks),
        version=place.version,
    )


def read_coordinate(text: str, field: str) -> float | None:
    """A latitude or longitude as typed (``field`` names which); None when left empty. The
    Swedish decimal comma is read as well as the dot."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        # "nan" or "inf" would pass the range check below.
        message = (
            _("Latitude must be a number such as 59.3293.")
            if field == "latitude"
            else _("Longitude must be a number such as 18.0686.")
        )
        raise ValidationError(message, field=field)
    return value


def _coordinates(data: PlaceInput) -> tuple[float | None, float | None]:
    lat, lon = data.latitude, data.longitude
    if (lat is None) != (lon is None):
        raise ValidationError(
            _("Give both latitude and longitude, or neither."),
            field="latitude" if lat is None else "longitude",
        )
    if lat is not None and not -90 <= lat <= 90:
        raise ValidationError(_("Latitude must be between -90 and 90."), field="latitude")
    if lon is not None and not -180 <= lon <= 180:
        raise ValidationError(_("Longitude must be between -180 and 180."), field="longitude")
    return lat, lon


def _apply(session: Session, place: Place, data: PlaceInput, exclude_id: int | None) -> None:
    name = require_text(data.name, "name", _("Name"))
    duplicate = select(Place.id).where(func.lower(Place.name) == name.lower())
    if exclude_id is not None:
        duplicate = duplicate.where(Place.id != exclude_id)
    if session.scalar(duplicate) is not None:
        raise ConflictError(
            _("There is already a place named “{name}”.").format(name=name), field="name"
        )
    latitude, longitude = _coordinates(data)
    groups = list(session.scalars(select(Group).where(Group.id.in_(data.group_ids))))
    if len(groups) != len(set(data.group_ids)):
        raise ValidationError(_("A chosen group no longer exists."), field="group_ids")
    place.name = name
    place.area = optional_text(data.area, "area", _("Area"), column_length(Place.area))
    place.description = clean(data.description)
    place.latitude = latitude
    place.longitude = longitude
    if place.id is not None and {g.id for g in place.groups} != {g.id for g in groups}:
        # A change of its groups alone is a change of the place too: its version moves, so
        # another desk's form of it is refused (as a group's organisations).
        flag_modified(place, "name")
    place.groups = groups


def create_place(session: Session, data: PlaceInput) -> int:
    place = Place()
    _apply(session, place, data, exclude_id=None)
    session.add(place)
    flush_or_conflict(session, _("There is already a place with that name."), "name")
    return place.id


def update_place(session: Session, place_id: int, data: PlaceInput) -> int:
    """Change the place; returns the new row version."""
    place = _get_place(session, place_id)
    check_version(place, data.expected_version)
    _apply(session, place, data, exclude_id=place_id)
    flush_or_conflict(session, _("There is already a place with that name."), "name")
    return place.version


def check_place_deletable(session: Session, place_id: int) -> None:
    """Refuse, with the reason, to delete a place where walks were planned or made: asked
    before the user is asked to confirm, and again when deleting."""
    place = _get_place(session, place_id)
    walks = session.scalar(select(func.count(Walk.id)).where(Walk.place_id == place_id)) or 0
    if walks:
        raise InUseError(
            ngettext(
                "“{name}” cannot be deleted: {count} walk was planned or made there.",
                "“{name}” cannot be deleted: {count} walks were planned or made there.",
                walks,
            ).format(name=place.name, count=walks)
        )


def delete_place(session: Session, place_id: int) -> None:
    place = _get_place(session, place_id)
    check_place_deletable(session, place_id)
    session.delete(place)
    session.flush()


# --- yearly priorities -------------------------------------------------------------------------


def list_priorities(session: Session, year: int) -> list[PriorityRow]:
    query = (
        select(PlacePriority)
        .join(PlacePriority.place)
        .where(PlacePriority.year == year)
        .order_by(PlacePriority.rank, PlacePriority.id)
    )
    rows = [_priority_row(p) for p in session.scalars(query)]
    return sorted(rows, key=lambda row: (row.rank, sort_key(row.place)))


def priority_years(session: Session) -> list[int]:
    return list(
        session.scalars(select(PlacePriority.year).distinct().order_by(PlacePriority.year.desc()))
    )


def set_priority(
    session: Session, place_id: int, year: int, reason: str | None, rank: int | None = None
) -> int:
    """Prioritise a place for a year (or change its reason/rank); returns the priority's id."""
    _get_place(session, place_id)
    check_range(year, 2000, 2100, name=_("Year"), field="year")
    if rank is not None and rank < 1:
        raise ValidationError(_("The rank must be 1 or more."), field="rank")
    priority = session.scalar(
        select(PlacePriority).where(PlacePriority.place_id == place_id, PlacePriority.year == year)
    )
    if priority is None:
        if rank is None:
            highest = session.scalar(
                select(func.max(PlacePriority.rank)).where(PlacePriority.year == year)
            )
            rank = (highest or 0) + 1
        priority = PlacePriority(place_id=place_id, year=year, rank=rank)
        session.add(priority)
    elif rank is not None:
        priority.rank = rank
    priority.reason = clean(reason)
    flush_or_conflict(session, _("The place is already prioritised that year."), "year")
    return priority.id


def remove_priority(session: Session, priority_id: int) -> None:
    priority = get_or_raise(
        session, PlacePriority, priority_id, _("The priority no longer exists.")
    )
    session.delete(priority)
    session.flush()
