"""A place followed walk to walk: ratings compared, the history, and the Overview section."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.services import (
    checklists,
    overview,
    places,
    walk_editing,
    walk_followup,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.overview import Urgency
from samverkan_desktop.services.walk_records import AnswerInput
from samverkan_desktop.services.walk_rows import WalkInput

FIRST = dt.date(2021, 9, 20)
LATER = dt.date(2022, 3, 14)


def _rate(db: Database, walk_id: int, ratings: dict[str, list[int]]) -> None:
    sheet = db.call(walk_records.get_checklist, walk_id)
    by_code = {i.code: i.id for i in sheet.items}
    for index, stop in enumerate(sheet.stops):
        db.call(
            walk_records.save_stop_answers,
            stop.id,
            [AnswerInput(by_code[code], values[index]) for code, values in ratings.items()],
        )


def test_a_follow_up_walk_compares_its_ratings_with_the_earlier_walk(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    template = db.call(checklists.default_template_id)
    first = db.call(
        walk_editing.create_walk, WalkInput(place, FIRST, checklist_template_id=template)
    )
    db.call(walk_route.add_stop, first, "Norra entrén")
    db.call(walk_route.add_stop, first, "Lekplatsen")
    db.call(walk_steps.mark_walked, first, FIRST)
    _rate(db, first, {"lighting": [0, 1], "feeling": [1, 2]})
    later = db.call(walk_steps.plan_follow_up, first, LATER)
    db.call(walk_steps.mark_walked, later, LATER)
    _rate(db, later, {"lighting": [2, 3], "feeling": [2, 2]})

    result = db.call(walk_followup.compare_ratings, later)
    assert result.earlier is not None and result.earlier.id == first
    by_code = {r.code: r for r in result.ratings}
    assert by_code["lighting"].earlier == 0.5
    assert by_code["lighting"].now == 2.5
    assert by_code["lighting"].change == 2.0
    assert by_code["feeling"].change == 0.5
    assert by_code["vegetation"].change is None

    history = db.call(walk_followup.place_rating_history, place)
    assert [w.id for w in history.walks] == [first, later]
    lighting = next(row for row in history.rows if row[0] == "lighting")
    assert lighting[1] == "Belysning" and lighting[2] == (0.5, 2.5)


def test_without_a_link_the_last_walk_at_the_place_is_compared(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Gyllenstiernsgatan"))
    template = db.call(checklists.default_template_id)
    ids = []
    for day in (FIRST, LATER):
        walk_id = db.call(
            walk_editing.create_walk, WalkInput(place, day, checklist_template_id=template)
        )
        db.call(walk_route.add_stop, walk_id, "Korsningen")
        db.call(walk_steps.mark_walked, walk_id, day)
        ids.append(walk_id)
    _rate(db, ids[0], {"lighting": [1]})
    _rate(db, ids[1], {"lighting": [1]})
    result = db.call(walk_followup.compare_ratings, ids[1])
    assert result.earlier is not None and result.earlier.id == ids[0]
    assert {r.code: r.change for r in result.ratings}["lighting"] == 0.0
    assert db.call(walk_followup.compare_ratings, ids[0]).earlier is None


def test_overview_lists_walks_coming_up_and_those_to_record(db: Database) -> None:
    today = dt.date(2026, 11, 23)
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    soon = db.call(
        walk_editing.create_walk,
        WalkInput(place, today + dt.timedelta(days=10), start_time=dt.time(18, 30)),
    )
    missed = db.call(walk_editing.create_walk, WalkInput(place, today - dt.timedelta(days=3)))
    db.call(walk_editing.create_walk, WalkInput(place, today + dt.timedelta(days=90)))
    no_closing = db.call(walk_editing.create_walk, WalkInput(place, today - dt.timedelta(days=60)))
    db.call(walk_steps.mark_walked, no_closing, today)
    sections = {s.key: s for s in db.call(overview.gather, today)}
    section = sections["walks_coming_up"]
    assert section.area == "walks"
    by_id = {item.record_id: item for item in section.items}
    assert set(by_id) == {soon, missed, no_closing}
    assert by_id[soon].urgency is Urgency.SOON
    assert by_id[soon].title == "Tessinparken"  # under "Trygghetsvandringar …": the place alone
    detail = by_id[soon].detail.replace("\u00a0", " ")  # "kl." held to its time
    assert "kl. 18.30" in detail and "v. 49" in detail
    assert by_id[missed].urgency is Urgency.OVERDUE
    assert "registrera" in by_id[missed].detail
    assert "avslutande mötet" in by_id[no_closing].detail
    # Overdue first.
    assert section.items[-1].record_id == soon
