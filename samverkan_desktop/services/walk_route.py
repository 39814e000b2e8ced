"""A walk's route (ordered stops) and its participants (people and organisations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import ConflictError, InUseError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    ChecklistAnswer,
    Observation,
    Organisation,
    Person,
    RouteStop,
    Walk,
    WalkParticipant,
)
from samverkan_desktop.services.validation import (
    clean,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.walk_reading import get_walk_model
from samverkan_desktop.swedish_order import sort_key


@dataclass(frozen=True)
class StopRow:
    id: int
    position: int
    name: str
    description: str | None
    answer_count: int
    observation_count: int

    @property
    def label(self) -> str:
        return f"{self.position}. {self.name}"


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int | None
    organisation_id: int | None
    name: str  # the person's, or the organisation's when it takes part as such
    title: str | None
    organisation: str | None

    @property
    def is_person(self) -> bool:
        return self.person_id is not None


# --- route ----------------------------------------------------------------------------------


def list_stops(session: Session, walk_id: int) -> list[StopRow]:
    return _stop_rows(session, get_walk_model(session, walk_id).stops)


def stop_row(session: Session, stop_id: int) -> StopRow:
    """One stop as the route lists it, read anew (a form's F5 after another desk's change)."""
    return _stop_rows(session, [_get_stop(session, stop_id)])[0]


def _stop_rows(session: Session, stops: Sequence[RouteStop]) -> list[StopRow]:
    ids = [s.id for s in stops]
    answers: dict[int | None, int] = {}
    observations: dict[int | None, int] = {}
    if ids:
        answers = dict(
            session.execute(  # type: ignore[arg-type]
                select(ChecklistAnswer.stop_id, func.count(ChecklistAnswer.id))
                .where(ChecklistAnswer.stop_id.in_(ids))
                .group_by(ChecklistAnswer.stop_id)
            ).all()
        )
        observations = dict(
            session.execute(  # type: ignore[arg-type]
                select(Observation.stop_id, func.count(Observation.id))
                .where(Observation.stop_id.in_(ids))
                .group_by(Observation.stop_id)
            ).all()
        )
    return [
        StopRow(
            s.id,
            s.position,
            s.name,
            s.description,
            answers.get(s.id, 0),
            observations.get(s.id, 0),
        )
        for s in stops
    ]


def _get_stop(session: Session, stop_id: int, *, for_update: bool = False) -> RouteStop:
    # for_update: PostgreSQL locks the row, so two desks cannot both pass a check on it.
    message = _("The stop no longer exists.")
    return get_or_raise(session, RouteStop, stop_id, message, for_update=for_update)


def _stop_name(walk: Walk, name: str, stop_id: int | None = None) -> str:
    """The stop's name as kept; refused when another stop on the route has it (case aside):
    the checklist, the observations and the report tell stops apart by name."""
    cleaned = require_text(name, "name", _("Stop"))
    for other in walk.stops:
        if other.id != stop_id and other.name.casefold() == cleaned.casefold():
            raise ValidationError(
                _("“{name}” is already on the route (stop {number}).").format(
                    name=other.name, number=other.position
                ),
                field="name",
            )
    return cleaned


def add_stop(session: Session, walk_id: int, name: str, description: str | None = None) -> int:
    """Add a stop at the end of the route. Another desk adding a stop to the same walk waits
    for this one, then numbers after it (PostgreSQL; SQLite writes one at a time): both took
    the same next number, and the second desk was told to try again."""
    session.execute(select(Walk.id).where(Walk.id == walk_id).with_for_update())
    walk = get_walk_model(session, walk_id)
    stop = RouteStop(
        position=len(walk.stops) + 1,
        name=_stop_name(walk, name),
        description=clean(description),
    )
    walk.stops.append(stop)
    flush_or_conflict(session, _("The route was changed at the same time; try again."))
    return stop.id


def update_stop(
    session: Session,
    stop_id: int,
    name: str,
    description: str | None,
    *,
    shown: StopRow | None = None,
) -> None:
    """``shown``: the stop as the form showed it (None: no check, e.g. a script). When another
    desk changed its name or what to look at meanwhile, the save is refused (StaleRecordError)
    instead of writing over theirs; its place on the route does not count."""
    stop = _get_stop(session, stop_id, for_update=shown is not None)
    if shown is not None and (stop.name, clean(stop.description)) != (
        shown.name,
        clean(shown.description),
    ):
        raise stale_record_error()
    stop.name = _stop_name(stop.walk, name, stop_id)
    stop.description = clean(description)
    session.flush()


def move_stop(session: Session, stop_id: int, offset: int) -> None:
    """Move a stop earlier (-1) or later (+1) on the route."""
    stop = _get_stop(session, stop_id)
    stops = list(stop.walk.stops)
    index = stops.index(stop)
    target = index + offset
    if offset == 0 or not 0 <= target < len(stops):
        return
    other = stops[target]
    mine, theirs = stop.position, other.position
    # Positions are unique per walk: park one stop beyond the end while swapping.
    stop.position = len(stops) + 1
    session.flush()
    other.position = mine
    session.flush()
    stop.position = theirs
    session.flush()
    session.expire(stop.walk, ["stops"])


def check_stop_removable(session: Session, stop_id: int) -> None:
    """Refuse, with the reason, to remove a stop where answers or observations are recorded:
    asked before the user is asked to confirm, and again when removing."""
    stop = _get_stop(session, stop_id)
    observations = (
        session.scalar(select(func.count(Observation.id)).where(Observation.stop_id == stop_id))
        or 0
    )
    answers = (
        session.scalar(
            select(func.count(ChecklistAnswer.id)).where(ChecklistAnswer.stop_id == stop_id)
        )
        or 0
    )
    if observations or answers:
        raise InUseError(
            _(
                "“{stop}” cannot be removed: {observations} and {answers} are recorded there."
            ).format(
                stop=stop.name,
                observations=ngettext("{n} observation", "{n} observations", observations).format(
                    n=observations
                ),
                answers=ngettext("{n} checklist answer", "{n} checklist answers", answers).format(
                    n=answers
                ),
            )
        )


def remove_stop(session: Session, stop_id: int) -> None:
    """Remove a stop that holds no recorded answers or observations; later stops move up."""
    stop = _get_stop(session, stop_id)
    check_stop_removable(session, stop_id)
    walk = stop.walk
    removed_at = stop.position
    walk.stops.remove(stop)
    session.flush()
    for later in sorted(walk.stops, key=lambda s: s.position):
        if later.position > removed_at:
            later.position -= 1
            session.flush()


# --- participants ---------------------------------------------------------------------------


def list_participants(session: Session, walk_id: int) -> list[ParticipantRow]:
    walk = get_walk_model(session, walk_id)
    rows = []
    for p in walk.participants:
        if p.person is not None:
            org = p.person.organisation
            rows.append(
                ParticipantRow(
                    p.id,
                    p.person_id,
                    org.id if org else None,
                    p.person.name,
                    p.person.title,
                    org.name if org else None,
                )
            )
        elif p.organisation is not None:
            rows.append(
                ParticipantRow(
                    p.id, None, p.organisation_id, p.organisation.name, None, p.organisation.name
                )
            )
    rows.sort(
        key=lambda r: (sort_key(r.organisation or r.name), r.person_id is None, sort_key(r.name))
    )
    return rows


def add_person(session: Session, walk_id: int, person_id: int) -> int:
    walk = get_walk_model(session, walk_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_("The person no longer exists."))
    if any(p.person_id == person_id for p in walk.participants):
        raise ConflictError(_("{name} already takes part in the walk.").format(name=person.name))
    participant = WalkParticipant(person_id=person_id)
    walk.participants.append(participant)
    flush_or_conflict(session, _("The person already takes part in the walk."))
    return participant.id


def add_organisation(session: Session, walk_id: int, organisation_id: int) -> int:
    walk = get_walk_model(session, walk_id)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(_("The organisation no longer exists."))
    if any(p.organisation_id == organisation_id for p in walk.participants):
        raise ConflictError(
            _("{name} already takes part in the walk.").format(name=organisation.name)
        )
    participant = WalkParticipant(organisation_id=organisation_id)
    walk.participants.append(participant)
    flush_or_conflict(session, _("The organisation already takes part in the walk."))
    return participant.id


def remove_participant(session: Session, participant_id: int) -> None:
    participant = get_or_raise(
        session, WalkParticipant, participant_id, _("The participant is no longer on the list.")
    )
    session.delete(participant)
    session.flush()
