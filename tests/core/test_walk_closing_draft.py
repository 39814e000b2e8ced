"""The closing meeting's date written before the meeting is recorded is kept with its notes
(both backends): the walk stays walked, not recorded as having held its meeting; recording the
meeting makes the date the day held; a draft saved over another desk's change is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import (
    checklists,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_steps,
)
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 20)
AGREED = dt.date(2021, 10, 5)


@pytest.fixture
def walk(db: Database) -> int:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken", area="Gärdet"))
    template = db.call(checklists.default_template_id)
    walk_id = db.call(
        walk_editing.create_walk, WalkInput(place, DAY, checklist_template_id=template)
    )
    db.call(walk_steps.mark_walked, walk_id, DAY)
    return walk_id


def test_the_date_written_is_kept_without_recording_the_meeting(db: Database, walk: int) -> None:
    shown = db.call(walk_reading.get_walk, walk)
    db.call(walk_records.save_closing_draft, walk, AGREED, "Trafikkontoret kommer", shown.version)
    stored = db.call(walk_reading.get_walk, walk)
    assert stored.closing_meeting_date == AGREED
    assert stored.closing_meeting_notes == "Trafikkontoret kommer"
    assert (stored.status, stored.closing_meeting_on) == (WalkStatus.WALKED, None)

    db.call(walk_steps.record_closing_meeting, walk, AGREED, "Trafikkontoret kom")
    held = db.call(walk_reading.get_walk, walk)
    assert (held.status, held.closing_meeting_on) == (WalkStatus.CLOSING_MEETING_HELD, AGREED)
    assert held.closing_meeting_draft_on is None


def test_a_draft_over_another_desks_change_is_refused(db: Database, walk: int) -> None:
    shown = db.call(walk_reading.get_walk, walk)
    db.call(walk_records.save_summary, walk, "Mörkt vid entrén.", shown.version)
    with pytest.raises(StaleRecordError):
        db.call(walk_records.save_closing_draft, walk, AGREED, "Polisen", shown.version)
    stored = db.call(walk_reading.get_walk, walk)
    assert (stored.closing_meeting_date, stored.closing_meeting_notes) == (None, None)


def test_a_closing_meeting_on_a_day_to_come_is_not_recorded_as_held(
    db: Database, walk: int
) -> None:
    with pytest.raises(ValidationError) as refused:
        db.call(walk_steps.record_closing_meeting, walk, AGREED, "Planerat", today=DAY)
    assert refused.value.field == "held_on"
    assert db.call(walk_reading.get_walk, walk).closing_meeting_on is None
