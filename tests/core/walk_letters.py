"""A walked walk with one observation for an owner organisation: what a walk's letter is written
from (tests of the letter's text and of its title's and footer's dates)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from samverkan_desktop.db import Database
from samverkan_desktop.services import (
    contacts,
    places,
    walk_editing,
    walk_records,
    walk_rows,
    walk_steps,
)


class WalkedWithObservation(NamedTuple):
    walk_id: int
    observation_id: int
    owner_id: int  # Trafikkontoret, the observation's responsible organisation


def walked_with_observation(db: Database, place_name: str, day: dt.date) -> WalkedWithObservation:
    """A walk at ``place_name`` organised by Anna Berglund, walked on ``day``, with "Mörkt vid
    fontänen" seen at Fontänen for Trafikkontoret to see to."""
    place = db.call(places.create_place, places.PlaceInput(place_name))
    organiser = db.call(contacts.create_person, contacts.PersonInput("Anna Berglund"))
    walk_id = db.call(
        walk_editing.create_walk, walk_rows.WalkInput(place, day, organiser_id=organiser)
    )
    db.call(walk_steps.mark_walked, walk_id, day)
    owner = db.call(contacts.create_organisation, contacts.OrganisationInput("Trafikkontoret"))
    seen = db.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput(
            "Mörkt vid fontänen", location="Fontänen", responsible_organisation_id=owner
        ),
    )
    return WalkedWithObservation(walk_id, seen, owner)
