"""A walk's light follows its date and hour in Stockholm: the plan suggests it, and a follow-up
months later gets the light of its own date (a May walk at 18.00 is light, its November
follow-up at the same hour dark; it was printed 'I dagsljus')."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import LightCondition, WalkStatus
from samverkan_desktop.services import places, walk_editing, walk_reading, walk_steps
from samverkan_desktop.services.walk_rows import WalkInput, expected_light

DARK, DAYLIGHT = LightCondition.DARK, LightCondition.DAYLIGHT


@pytest.mark.parametrize(
    ("date", "start", "light"),
    [
        (dt.date(2026, 12, 10), dt.time(18, 30), DARK),
        (dt.date(2026, 12, 10), dt.time(13, 0), DAYLIGHT),
        (dt.date(2026, 6, 10), dt.time(18, 30), DAYLIGHT),
        (dt.date(2026, 6, 10), dt.time(22, 30), DARK),
        (dt.date(2021, 9, 23), dt.time(19, 30), DARK),
        (dt.date(2026, 2, 3), dt.time(7, 0), DARK),
    ],
)
def test_expected_light(date: dt.date, start: dt.time, light: LightCondition) -> None:
    assert expected_light(date, start) is light


def test_a_follow_up_months_later_gets_the_light_of_its_date(sqlite_db: Database) -> None:
    db = sqlite_db
    place = db.call(places.create_place, places.PlaceInput("Gyllenstiernsgatan"))
    first = db.call(
        walk_editing.create_walk,
        WalkInput(place, dt.date(2021, 5, 18), start_time=dt.time(18, 0), light=DAYLIGHT),
    )
    db.call(walk_steps.mark_walked, first, dt.date(2021, 5, 18))
    db.call(walk_steps.record_closing_meeting, first, dt.date(2021, 6, 1), None)
    november = db.call(walk_steps.plan_follow_up, first, dt.date(2021, 11, 18))
    walk = db.call(walk_reading.get_walk, november)
    assert (walk.start_time, walk.light) == (dt.time(18, 0), DARK)
    assert db.call(walk_reading.get_walk, first).status is WalkStatus.FOLLOW_UP_PLANNED
