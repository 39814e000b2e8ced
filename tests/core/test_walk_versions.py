"""Two desks save the same walk plan, observation, place, summary, closing meeting or a stop's
checklist answers: the save based on what the form showed before the other desk's is refused and
changes nothing; one based on the record as saved passes and moves its version (both backends).
Without a version (the command line, scripts) a save is not checked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.models import GroupType, WalkStatus
from samverkan_desktop.services import (
    checklists,
    group_editing,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.walk_records import AnswerInput, ObservationInput
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 20)
REFUSED = "Någon annan ändrade posten medan du redigerade den"


@pytest.fixture
def walk(db: Database) -> int:
    """A walk made at Tessinparken with one stop."""
    place = db.call(places.create_place, places.PlaceInput("Tessinparken", area="Gärdet"))
    template = db.call(checklists.default_template_id)
    walk_id = db.call(
        walk_editing.create_walk,
        WalkInput(place, DAY, checklist_template_id=template, purpose="Belysningen"),
    )
    db.call(walk_route.add_stop, walk_id, "Norra entrén")
    db.call(walk_steps.mark_walked, walk_id, DAY)
    return walk_id


def test_a_walk_plan_saved_over_another_desks_is_refused(db: Database, walk: int) -> None:
    shown = db.call(walk_reading.get_walk, walk)
    theirs = dataclasses.replace(
        shown.to_input(), purpose="Belysningen och buskagen", expected_version=shown.version
    )
    assert db.call(walk_editing.update_walk, walk, theirs) == shown.version + 1
    mine = dataclasses.replace(
        shown.to_input(), meeting_point="Vid lekplatsen", expected_version=shown.version
    )
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(walk_editing.update_walk, walk, mine)
    stored = db.call(walk_reading.get_walk, walk)
    assert (stored.purpose, stored.meeting_point) == ("Belysningen och buskagen", None)
    assert stored.version == shown.version + 1
    # Based on the walk as saved now, the same save passes; without a version it is not checked.
    mine = dataclasses.replace(mine, expected_version=stored.version)
    assert db.call(walk_editing.update_walk, walk, mine) == stored.version + 1
    script = dataclasses.replace(mine, purpose="Från kommandoraden", expected_version=None)
    db.call(walk_editing.update_walk, walk, script)
    assert db.call(walk_reading.get_walk, walk).purpose == "Från kommandoraden"


def test_an_observation_saved_over_another_desks_is_refused(db: Database, walk: int) -> None:
    observation = db.call(
        walk_records.add_observation, walk, ObservationInput("Mörk gångväg", location="Vid bron")
    )
    shown = db.call(walk_records.get_observation, observation)
    theirs = dataclasses.replace(
        shown.to_input(), location="Mot Valhallavägen", expected_version=shown.version
    )
    assert db.call(walk_records.update_observation, observation, theirs) == shown.version + 1
    mine = dataclasses.replace(
        shown.to_input(), description="Mörk gångväg, två lampor trasiga", expected_version=1
    )
    assert shown.version == 1
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(walk_records.update_observation, observation, mine)
    stored = db.call(walk_records.get_observation, observation)
    assert (stored.description, stored.location) == ("Mörk gångväg", "Mot Valhallavägen")
    mine = dataclasses.replace(mine, expected_version=stored.version)
    assert db.call(walk_records.update_observation, observation, mine) == stored.version + 1
    assert db.call(walk_records.get_observation, observation).description == mine.description


def test_a_place_saved_over_another_desks_is_refused(db: Database, walk: int) -> None:
    place_id = db.call(walk_reading.get_walk, walk).place_id
    shown = db.call(places.get_place, place_id)
    theirs = dataclasses.replace(
        shown.to_input(), description="Park med lekplats", expected_version=shown.version
    )
    assert db.call(places.update_place, place_id, theirs) == shown.version + 1
    mine = dataclasses.replace(shown.to_input(), area="Norra Gärdet", expected_version=1)
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(places.update_place, place_id, mine)
    stored = db.call(places.get_place, place_id)
    assert (stored.description, stored.area) == ("Park med lekplats", "Gärdet")
    mine = dataclasses.replace(mine, expected_version=stored.version)
    assert db.call(places.update_place, place_id, mine) == stored.version + 1


def test_a_change_of_a_places_groups_alone_moves_its_version(db: Database, walk: int) -> None:
    """Ticking a group writes no column of the place; another desk's form must still be
    refused, else its save would untick the group unseen."""
    group = db.call(
        group_editing.create_group, GroupInput("Trygghetsgruppen Gärdet", GroupType.ARBETSGRUPP)
    )
    place_id = db.call(walk_reading.get_walk, walk).place_id
    shown = db.call(places.get_place, place_id)
    theirs = dataclasses.replace(shown.to_input(), group_ids=(group,), expected_version=1)
    assert db.call(places.update_place, place_id, theirs) == shown.version + 1
    mine = dataclasses.replace(shown.to_input(), area="Norra Gärdet", expected_version=1)
    with pytest.raises(StaleRecordError):
        db.call(places.update_place, place_id, mine)
    assert db.call(places.get_place, place_id).group_ids == (group,)


def test_a_summary_or_closing_meeting_over_another_desks_is_refused(
    db: Database, walk: int
) -> None:
    shown = db.call(walk_reading.get_walk, walk).version
    assert db.call(walk_records.save_summary, walk, "Mörkt vid entrén", shown) == shown + 1
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(walk_records.save_summary, walk, "Tre platser kändes otrygga", shown)
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(walk_steps.record_closing_meeting, walk, DAY, "Fastighetsägaren lagar", shown)
    stored = db.call(walk_reading.get_walk, walk)
    assert (stored.summary, stored.closing_meeting_notes) == ("Mörkt vid entrén", None)
    notes = "Fastighetsägaren lagar lamporna"
    new = db.call(walk_steps.record_closing_meeting, walk, DAY, notes, stored.version)
    assert new == stored.version + 1
    assert db.call(walk_reading.get_walk, walk).closing_meeting_notes == notes


def test_closing_notes_kept_before_the_meeting_leave_it_unrecorded_and_guard_the_walk(
    db: Database, walk: int
) -> None:
    """Notes typed before the closing meeting is recorded are kept without recording it (the
    walk stays walked, no date); saved over another desk's change, they are refused."""
    shown = db.call(walk_reading.get_walk, walk).version
    notes = "Fastighetsägaren lagar lamporna"
    assert db.call(walk_records.save_closing_notes, walk, notes, shown) == shown + 1
    stored = db.call(walk_reading.get_walk, walk)
    assert (stored.closing_meeting_notes, stored.closing_meeting_on) == (notes, None)
    assert stored.status is WalkStatus.WALKED
    with pytest.raises(StaleRecordError, match=REFUSED):
        db.call(walk_records.save_closing_notes, walk, "Polisen kommer", shown)
    assert db.call(walk_reading.get_walk, walk).closing_meeting_notes == notes


def test_a_stops_answers_saved_over_another_desks_are_refused(db: Database, walk: int) -> None:
    """Both desks show the stop's answers; the second to save is refused, naming the stop, and
    the first desk's answers stay. Before, the second replaced them without a word."""
    other = open_database(db.url)
    try:
        sheet = other.call(walk_records.get_checklist, walk)
        stop, lighting = sheet.stops[0].id, sheet.items[0].id
        theirs = sheet.stop_answers(stop).version
        assert db.call(walk_records.get_checklist, walk).stop_answers(stop).version == theirs
        new = other.call(
            walk_records.save_stop_answers, stop, [AnswerInput(lighting, 1, "Två lampor")], theirs
        )
        assert new == theirs + 1
    finally:
        other.dispose()
    mine = [AnswerInput(lighting, 3, "Ljust och fint"), AnswerInput(sheet.items[1].id, 2)]
    with pytest.raises(StaleRecordError) as refused:
        db.call(walk_records.save_stop_answers, stop, mine, theirs)
    assert refused.value.message == (
        "Någon annan sparade svaren för ”1. Norra entrén” medan du skrev, så dina sparades inte."
    )
    stored = db.call(walk_records.get_checklist, walk).stop_answers(stop)
    assert [(a.item_id, a.rating, a.note) for a in stored.answers] == [(lighting, 1, "Två lampor")]
    assert stored.version == new
    # Based on the answers as saved now, the same save passes; without a version it is not
    # checked (the command line), and moves the version all the same.
    assert db.call(walk_records.save_stop_answers, stop, mine, new) == new + 1
    db.call(walk_records.save_stop_answers, stop, [AnswerInput(lighting, 0)])
    stored = db.call(walk_records.get_checklist, walk).stop_answers(stop)
    assert stored.version == new + 2 and stored.answer(lighting).rating == 0  # type: ignore[union-attr]


def test_a_stops_answers_go_by_their_own_version(db: Database, walk: int) -> None:
    """Another stop's answers, the stop renamed or the walk's plan saved meanwhile: nothing of
    these answers changed, and they are saved."""
    second = db.call(walk_route.add_stop, walk, "Södra entrén")
    sheet = db.call(walk_records.get_checklist, walk)
    first, lighting = sheet.stops[0].id, sheet.items[0].id
    shown = sheet.stop_answers(first).version
    db.call(walk_records.save_stop_answers, second, [AnswerInput(lighting, 2)], 1)
    db.call(walk_route.update_stop, first, "Norra entrén vid grinden", None)
    plan = db.call(walk_reading.get_walk, walk)
    plan_input = dataclasses.replace(plan.to_input(), purpose="Belysningen och buskagen")
    db.call(walk_editing.update_walk, walk, plan_input)
    mine = [AnswerInput(lighting, 1, "Mörkt")]
    assert db.call(walk_records.save_stop_answers, first, mine, shown) == shown + 1
