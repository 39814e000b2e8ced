"""The remedial actions of earlier safety walks, as a report of a period tells them: per place,
those still open at the period's end (today while it runs) and those done within it. The walks
of the period tell their own actions; a 2021 walk's lighting still not fixed in 2026 was told
nowhere in the year's report to the council."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.enums import ActionSource, ActionStatus
from samverkan_desktop.models import Action, Observation, Place, Walk
from samverkan_desktop.swedish_order import sort_key


@dataclass(frozen=True)
class CarriedAtPlace:
    place: str
    open: int  # open on the day counted
    done: int  # done within the period
    first_walked: dt.date  # the earliest walk whose actions are still open there (or done)


def carried_walk_actions(
    session: Session, first: dt.date, last: dt.date, today: dt.date
) -> tuple[CarriedAtPlace, ...]:
    """Per place, the actions of walks before ``first`` still open on the period's last day
    (today while it runs) or done within the period; places with neither left out, by name."""
    counted = min(last, today)
    rows = session.execute(
        select(Place.name, Walk.date, Action.status, Action.closed_on, Action.raised_on)
        .join(Observation, Observation.id == Action.source_id)
        .join(Walk, Walk.id == Observation.walk_id)
        .join(Place, Place.id == Walk.place_id)
        .where(Action.source_type == ActionSource.WALK_OBSERVATION, Walk.date < first)
    ).all()
    found: dict[str, CarriedAtPlace] = {}
    for place, walked, status, closed_on, raised_on in rows:
        # Closed with no day known counts as closed before it was counted.
        is_open = raised_on <= counted and (
            not status.is_closed or (closed_on is not None and closed_on > counted)
        )
        done = status is ActionStatus.DONE and closed_on is not None and first <= closed_on <= last
        if not (is_open or done):
            continue
        before = found.get(place, CarriedAtPlace(place, 0, 0, walked))
        found[place] = CarriedAtPlace(
            place,
            before.open + is_open,
            before.done + done,
            min(before.first_walked, walked),
        )
    return tuple(sorted(found.values(), key=lambda c: sort_key(c.place)))
