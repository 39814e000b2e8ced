"""A walk's plan is refused field by field all at once: with no place, no date, an end before
the start, an organiser no longer in the contacts and residents below nought, only "En
vandring behöver en plats" was said, the date once the place was given, and so on (both
backends)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import FieldErrors, ValidationError
from samverkan_desktop.services import places, walk_editing, walk_reading
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 20)
NOBODY = 987654  # no person has this id


def test_every_field_refused_is_said_at_once(db: Database) -> None:
    data = WalkInput(
        None,
        None,
        start_time=dt.time(19, 0),
        end_time=dt.time(18, 0),
        organiser_id=NOBODY,
        resident_count=-1,
    )
    with pytest.raises(FieldErrors) as refused:
        db.call(walk_editing.create_walk, data)
    fields = [error.field for error in refused.value.errors]
    assert fields == ["place_id", "date", "end_time", "organiser_id", "resident_count"]
    said = refused.value.message  # the command line's one line
    for error in refused.value.errors:
        assert error.message in said
    assert "plats" in said and "datum" in said
    assert db.call(walk_reading.list_walks) == []


def test_an_existing_walk_s_plan_is_refused_all_at_once_too(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken", area="Gärdet"))
    walk = db.call(walk_editing.create_walk, WalkInput(place, DAY))
    shown = db.call(walk_reading.get_walk, walk).to_input()
    wrong = dataclasses.replace(shown, date=None, organiser_id=NOBODY, meeting_point="x" * 500)
    with pytest.raises(FieldErrors) as refused:
        db.call(walk_editing.update_walk, walk, wrong)
    assert [e.field for e in refused.value.errors] == ["date", "meeting_point", "organiser_id"]
    assert db.call(walk_reading.get_walk, walk).date == DAY  # nothing saved


def test_one_field_refused_is_one_refusal(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken", area="Gärdet"))
    with pytest.raises(ValidationError) as refused:
        db.call(walk_editing.create_walk, WalkInput(place, None))
    assert not isinstance(refused.value, FieldErrors)
    assert refused.value.field == "date"
