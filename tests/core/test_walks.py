"""Safety walks: places, planning, the method's steps, route and participants (both backends)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import (
    checklists,
    contacts,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.contacts import (
    OrganisationInput,
    PersonInput,
    create_organisation,
    create_person,
)
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 20)


def _place(db: Database, name: str = "Tessinparken") -> int:
    return db.call(places.create_place, places.PlaceInput(name, area="Gärdet"))


def _walk(db: Database, place_id: int, date: dt.date = DAY, **kwargs: object) -> int:
    template = db.call(checklists.default_template_id)
    data = WalkInput(place_id, date, checklist_template_id=template, **kwargs)  # type: ignore[arg-type]
    return db.call(walk_editing.create_walk, data)


def test_a_walk_without_a_place_is_refused_with_a_clear_message(db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        db.call(walk_editing.create_walk, WalkInput(None, DAY))
    assert error.value.field == "place_id"
    assert "plats" in error.value.message
    assert db.call(walk_reading.list_walks) == []


def test_the_default_checklist_is_seeded_with_nine_points(db: Database) -> None:
    template_id = db.call(checklists.default_template_id)
    detail = db.call(checklists.get_template, template_id)
    assert [i.code for i in detail.items] == [
        "lighting",
        "visibility",
        "vegetation",
        "litter",
        "signage",
        "paths",
        "activity",
        "transit_stops",
        "feeling",
    ]
    assert detail.items[0].title == "Belysning"


def test_a_template_change_never_alters_a_recorded_walk(db: Database) -> None:
    place = _place(db)
    walk = _walk(db, place)
    template_id = db.call(checklists.default_template_id)
    template = db.call(checklists.get_template, template_id)
    changed = template.to_input()
    changed = checklists.TemplateInput(
        changed.name,
        changed.description,
        (checklists.ItemInput("lighting", "Ljus och lampor"), *changed.items[1:3]),
    )
    db.call(checklists.update_template, template_id, changed)
    sheet = db.call(walk_records.get_checklist, walk)
    assert len(sheet.items) == 9
    assert sheet.items[0].title == "Belysning"
    # A new walk gets the edited template.
    newer = _walk(db, place, dt.date(2022, 3, 1))
    assert [i.title for i in db.call(walk_records.get_checklist, newer).items] == [
        "Ljus och lampor",
        "Överblick och gömställen",
        "Växtlighet",
    ]


def test_the_checklist_cannot_be_swapped_once_answers_exist(db: Database) -> None:
    place = _place(db)
    walk = _walk(db, place)
    stop = db.call(walk_route.add_stop, walk, "Norra entrén")
    db.call(walk_steps.mark_walked, walk, DAY)
    item = db.call(walk_records.get_checklist, walk).items[0]
    db.call(walk_records.save_stop_answers, stop, [walk_records.AnswerInput(item.id, 2)])
    detail = db.call(walk_reading.get_walk, walk)
    data = detail.to_input()
    with pytest.raises(ConflictError):
        db.call(
            walk_editing.update_walk,
            walk,
            WalkInput(**{**data.__dict__, "checklist_template_id": None}),
        )
    assert len(db.call(walk_records.get_checklist, walk).items) == 9


def test_walks_are_listed_and_filtered_by_year_status_place_and_search(db: Database) -> None:
    park = _place(db, "Tessinparken")
    street = _place(db, "Gyllenstiernsgatan")
    first = _walk(db, park, dt.date(2021, 9, 20), meeting_point="Tessinparkens norra entré")
    _walk(db, street, dt.date(2022, 5, 3))
    db.call(walk_steps.mark_walked, first, dt.date(2021, 9, 21))
    assert [w.place for w in db.call(walk_reading.list_walks)] == [
        "Gyllenstiernsgatan",
        "Tessinparken",
    ]
    assert [w.id for w in db.call(walk_reading.list_walks, year=2021)] == [first]
    assert [w.id for w in db.call(walk_reading.list_walks, status=WalkStatus.WALKED)] == [first]
    assert [w.id for w in db.call(walk_reading.list_walks, place_id=park)] == [first]
    assert [w.id for w in db.call(walk_reading.list_walks, "norra entr")] == [first]
    assert db.call(walk_reading.walk_years) == [2022, 2021]


def test_the_method_steps_run_in_order_and_refuse_skipping(db: Database) -> None:
    place = _place(db)
    walk = _walk(db, place)
    with pytest.raises(ConflictError):
        db.call(walk_steps.record_closing_meeting, walk, DAY, "Notes")
    with pytest.raises(ValidationError, match="2021-09-20"):
        db.call(walk_steps.mark_walked, walk, DAY - dt.timedelta(days=1))
    db.call(walk_steps.mark_walked, walk, DAY)
    with pytest.raises(ValidationError) as error:
        db.call(walk_steps.record_closing_meeting, walk, DAY - dt.timedelta(days=2), None)
    assert error.value.field == "held_on"
    db.call(walk_steps.record_closing_meeting, walk, DAY + dt.timedelta(days=14), "Parkmiljö")
    detail = db.call(walk_reading.get_walk, walk)
    assert detail.status is WalkStatus.CLOSING_MEETING_HELD
    assert detail.closing_meeting_notes == "Parkmiljö"

    follow = db.call(walk_steps.plan_follow_up, walk, dt.date(2022, 3, 10))
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.FOLLOW_UP_PLANNED
    assert db.call(walk_reading.get_walk, follow).follow_up_of.id == walk  # type: ignore[union-attr]
    db.call(walk_steps.mark_walked, follow, dt.date(2022, 3, 10))
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.FOLLOW_UP_DONE


def test_a_follow_up_copies_route_participants_and_checklist(db: Database) -> None:
    place = _place(db)
    walk = _walk(db, place)
    db.call(walk_route.add_stop, walk, "Norra entrén")
    db.call(walk_route.add_stop, walk, "Lekplatsen")
    org = db.call(create_organisation, OrganisationInput("Trafikkontoret"))
    db.call(walk_route.add_organisation, walk, org)
    db.call(walk_steps.mark_walked, walk, DAY)
    with pytest.raises(ValidationError, match="2021-09-20"):
        db.call(walk_steps.plan_follow_up, walk, DAY)
    follow = db.call(walk_steps.plan_follow_up, walk, dt.date(2022, 4, 1))
    assert [s.name for s in db.call(walk_route.list_stops, follow)] == [
        "Norra entrén",
        "Lekplatsen",
    ]
    assert [p.name for p in db.call(walk_route.list_participants, follow)] == ["Trafikkontoret"]
    assert len(db.call(walk_records.get_checklist, follow).items) == 9


def test_a_follow_up_must_be_at_the_same_place_and_later(db: Database) -> None:
    park = _place(db, "Tessinparken")
    street = _place(db, "Gyllenstiernsgatan")
    walk = _walk(db, park)
    with pytest.raises(ValidationError, match="samma plats"):
        _walk(db, street, dt.date(2022, 1, 1), follow_up_of_id=walk)
    with pytest.raises(ValidationError) as error:
        _walk(db, park, DAY, follow_up_of_id=walk)
    assert error.value.field == "date"


def test_cancel_and_step_back(db: Database) -> None:
    walk = _walk(db, _place(db))
    db.call(walk_steps.cancel_walk, walk)
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.CANCELLED
    assert db.call(walk_steps.step_back, walk) is WalkStatus.PLANNING
    db.call(walk_steps.mark_walked, walk, DAY)
    db.call(
        walk_records.add_observation,
        walk,
        walk_records.ObservationInput("Trasig lampa", location="Vid infarten"),
    )
    with pytest.raises(ConflictError):
        db.call(walk_steps.step_back, walk)


def test_a_walk_with_checklist_answers_or_a_summary_is_not_taken_back_to_planning(
    db: Database,
) -> None:
    """Answers and the summary are recorded only once the walk is walked: taken back, the walk
    would be planned with them. Refused as with observations, naming what holds it; emptied,
    the walk goes back."""
    walk = _walk(db, _place(db))
    stops = [db.call(walk_route.add_stop, walk, name) for name in ("Norra entrén", "Lekplatsen")]
    db.call(walk_steps.mark_walked, walk, DAY)
    items = db.call(walk_records.get_checklist, walk).items
    answers = [walk_records.AnswerInput(items[0].id, 2), walk_records.AnswerInput(items[1].id, 1)]
    db.call(walk_records.save_stop_answers, stops[0], answers)
    db.call(walk_records.save_stop_answers, stops[1], answers[:1])
    with pytest.raises(ConflictError) as error:
        db.call(walk_steps.check_step_back, walk)
    assert str(error.value) == (
        "Vandringen har 3 svar i checklistan, så den förblir markerad som genomförd."
    )
    with pytest.raises(ConflictError):
        db.call(walk_steps.step_back, walk)
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.WALKED

    emptied = [walk_records.AnswerInput(a.item_id, None) for a in answers]
    db.call(walk_records.save_stop_answers, stops[0], emptied)
    db.call(walk_records.save_stop_answers, stops[1], emptied[:1])
    db.call(walk_records.save_summary, walk, "Mörkt vid lekplatsen.")
    with pytest.raises(ConflictError) as error:
        db.call(walk_steps.step_back, walk)
    assert str(error.value) == (
        "Vandringen har en skriven sammanfattning, så den förblir markerad som genomförd."
    )
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.WALKED

    db.call(walk_records.save_summary, walk, "  ")
    assert db.call(walk_steps.check_step_back, walk) is WalkStatus.PLANNING
    assert db.call(walk_steps.step_back, walk) is WalkStatus.PLANNING


def test_a_walk_that_was_made_cannot_be_deleted_but_a_planned_one_can(db: Database) -> None:
    place = _place(db)
    made = _walk(db, place)
    db.call(walk_steps.mark_walked, made, DAY)
    # The window asks first (check_*), the deletion refuses on its own too.
    with pytest.raises(InUseError):
        db.call(walk_editing.check_walk_deletable, made)
    with pytest.raises(InUseError):
        db.call(walk_editing.delete_walk, made)
    follow = db.call(walk_steps.plan_follow_up, made, dt.date(2022, 1, 10))
    db.call(walk_editing.check_walk_deletable, follow)
    db.call(walk_editing.delete_walk, follow)
    assert [w.id for w in db.call(walk_reading.list_walks)] == [made]
    # Deleting the only planned follow-up steps the earlier walk back.
    assert db.call(walk_reading.get_walk, made).status is WalkStatus.WALKED
    with pytest.raises(InUseError, match="1 vandring"):
        db.call(places.check_place_deletable, place)
    with pytest.raises(InUseError):
        db.call(places.delete_place, place)


def test_the_date_of_a_walk_already_made_cannot_move_into_the_future(db: Database) -> None:
    walk = _walk(db, _place(db))
    db.call(walk_steps.mark_walked, walk, DAY)
    data = db.call(walk_reading.get_walk, walk).to_input()
    future = clock.today() + dt.timedelta(days=10)
    with pytest.raises(ValidationError) as error:
        db.call(walk_editing.update_walk, walk, WalkInput(**{**data.__dict__, "date": future}))
    assert error.value.field == "date"


def test_route_stops_keep_their_order_when_moved_and_removed(db: Database) -> None:
    walk = _walk(db, _place(db))
    a = db.call(walk_route.add_stop, walk, "A")
    b = db.call(walk_route.add_stop, walk, "B")
    c = db.call(walk_route.add_stop, walk, "C")
    db.call(walk_route.move_stop, c, -1)
    assert [s.label for s in db.call(walk_route.list_stops, walk)] == ["1. A", "2. C", "3. B"]
    db.call(walk_route.check_stop_removable, a)
    db.call(walk_route.remove_stop, a)
    assert [s.label for s in db.call(walk_route.list_stops, walk)] == ["1. C", "2. B"]
    db.call(walk_route.move_stop, b, +1)  # already last: nothing happens
    with pytest.raises(ValidationError):
        db.call(walk_route.add_stop, walk, "  ")


def test_two_stops_on_a_route_never_share_a_name(db: Database) -> None:
    walk = _walk(db, _place(db))
    first = db.call(walk_route.add_stop, walk, "Lekplatsen")
    with pytest.raises(ValidationError, match="”Lekplatsen” finns redan på rutten") as error:
        db.call(walk_route.add_stop, walk, "  lekplatsen ")
    assert error.value.field == "name"
    second = db.call(walk_route.add_stop, walk, "Bollplanen")
    with pytest.raises(ValidationError, match=r"\(stopp 1\)"):
        db.call(walk_route.update_stop, second, "LEKPLATSEN", None)
    db.call(walk_route.update_stop, first, "Lekplatsen", "Sandlådan")  # its own name is fine
    assert [s.name for s in db.call(walk_route.list_stops, walk)] == ["Lekplatsen", "Bollplanen"]


def test_a_stop_with_recorded_findings_cannot_be_removed(db: Database) -> None:
    walk = _walk(db, _place(db))
    stop = db.call(walk_route.add_stop, walk, "Lekplatsen")
    db.call(walk_steps.mark_walked, walk, DAY)
    db.call(
        walk_records.add_observation,
        walk,
        walk_records.ObservationInput("Skymd sikt", stop_id=stop),
    )
    with pytest.raises(InUseError, match="1 iakttagelse"):
        db.call(walk_route.check_stop_removable, stop)
    with pytest.raises(InUseError, match="1 iakttagelse"):
        db.call(walk_route.remove_stop, stop)


def test_participants_are_people_or_organisations_once_each(db: Database) -> None:
    walk = _walk(db, _place(db))
    org = db.call(create_organisation, OrganisationInput("Stockholmshem"))
    person = db.call(create_person, PersonInput("Sara Holm", title="Kommunpolis"))
    db.call(walk_route.add_organisation, walk, org)
    db.call(walk_route.add_person, walk, person)
    with pytest.raises(ConflictError):
        db.call(walk_route.add_person, walk, person)
    with pytest.raises(ConflictError):
        db.call(walk_route.add_organisation, walk, org)
    rows = db.call(walk_route.list_participants, walk)
    assert {r.name for r in rows} == {"Stockholmshem", "Sara Holm"}
    assert db.call(walk_reading.list_walks)[0].participant_count == 2
    db.call(walk_route.remove_participant, rows[0].id)
    assert len(db.call(walk_route.list_participants, walk)) == 1


def test_places_have_priorities_per_year_and_a_history(db: Database) -> None:
    park = _place(db, "Tessinparken")
    street = _place(db, "Gyllenstiernsgatan")
    db.call(places.set_priority, street, 2021, "Otrygghet i lägesbilden")
    db.call(places.set_priority, park, 2021, "Mörka gångvägar")
    assert [p.place for p in db.call(places.list_priorities, 2021)] == [
        "Gyllenstiernsgatan",
        "Tessinparken",
    ]
    db.call(places.set_priority, park, 2021, "Ny motivering")
    reasons = {p.place: p.reason for p in db.call(places.list_priorities, 2021)}
    assert reasons["Tessinparken"] == "Ny motivering"
    with pytest.raises(ValidationError):
        db.call(places.set_priority, park, 1999, None)
    walk = _walk(db, park)
    db.call(walk_steps.mark_walked, walk, DAY)
    detail = db.call(places.get_place, park)
    assert [w.id for w in detail.walks] == [walk]
    rows = {r.name: r for r in db.call(places.list_places)}
    assert rows["Tessinparken"].last_walked == DAY
    assert rows["Tessinparken"].priority_years == (2021,)
    assert [r.name for r in db.call(places.list_places, priority_year=2021)] == [
        "Gyllenstiernsgatan",
        "Tessinparken",
    ]


def test_place_names_are_unique_and_coordinates_come_in_pairs(db: Database) -> None:
    _place(db, "Tessinparken")
    with pytest.raises(ConflictError):
        _place(db, "tessinparken")
    with pytest.raises(ValidationError) as error:
        db.call(places.create_place, places.PlaceInput("Lappis", latitude=59.36))
    assert error.value.field == "longitude"
    with pytest.raises(ValidationError):
        db.call(places.create_place, places.PlaceInput("Lappis", latitude=95, longitude=18))
    ok = db.call(places.create_place, places.PlaceInput("Lappis", latitude=59.366, longitude=18.06))
    assert db.call(places.get_place, ok).latitude == pytest.approx(59.366)


def test_a_new_walks_organiser_is_the_last_one_at_the_place_else_the_last_anywhere(
    demo_db: Database,
) -> None:
    named = {p.name: p.id for p in demo_db.call(places.list_places)}
    people = {p.id: p.name for p in demo_db.call(contacts.list_people)}

    def organiser(place_id: int | None) -> str | None:
        found = demo_db.call(walk_reading.default_organiser_id, place_id)
        return people[found] if found is not None else None

    assert organiser(named["Vasaparken"]) == "Lina Forsberg"  # its walk of 2017
    assert organiser(named["Tessinparken"]) == "Anna Berglund"
    new_place = demo_db.call(places.create_place, places.PlaceInput("Karlaplan"))
    assert organiser(new_place) == "Anna Berglund"  # the demo's latest walk
    assert organiser(None) == "Anna Berglund"


def test_without_any_walk_a_new_walk_has_no_organiser(db: Database) -> None:
    assert db.call(walk_reading.default_organiser_id, None) is None


def test_a_new_walk_can_repeat_the_last_walks_route_and_people(demo_db: Database) -> None:
    today = clock.today()
    named = {p.name: p.id for p in demo_db.call(places.list_places)}
    gardet = named["Gyllenstiernsgatan"]
    last = demo_db.call(walk_reading.last_walked_at, gardet)
    assert last is not None and last.date == dt.date(2021, 5, 18)  # not the planned one
    planned = demo_db.call(walk_reading.planned_at, gardet, today)
    assert planned is not None and planned.date > today
    assert demo_db.call(walk_reading.planned_at, named["Tessinparken"], today) is None

    new = demo_db.call(walk_editing.create_walk, WalkInput(gardet, today), last.id)
    stops = [(s.name, s.description) for s in demo_db.call(walk_route.list_stops, new)]
    assert stops == [(s.name, s.description) for s in demo_db.call(walk_route.list_stops, last.id)]
    assert stops and len(demo_db.call(walk_route.list_participants, new)) == 7
    assert demo_db.call(walk_reading.get_walk, new).meeting_point == (
        "Gyllenstiernsgatan vid Karlavägen"
    )
    alone = demo_db.call(walk_editing.create_walk, WalkInput(gardet, today))
    assert demo_db.call(walk_route.list_stops, alone) == []
    assert demo_db.call(walk_route.list_participants, alone) == []
