"""Migration 0048 gives each stop a version for its checklist answers: down to 0047 the column
goes and the answers stay; up again every stop, also one written meanwhile as an older program
would have, starts at 1, and a save of its answers goes against it (refused once another desk's
moved it). SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.services import (
    checklists,
    places,
    walk_editing,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.walk_records import AnswerInput
from samverkan_desktop.services.walk_rows import WalkInput
from tests.core.database_rules import rows, sql
from tests.core.migration_steps import migrate, revision

BEFORE = "0047_audit_restore"
DAY = dt.date(2021, 9, 20)


def _stop_columns(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("route_stops")}


def test_stops_answers_get_a_version_from_1_and_keep_their_answers(db: Database) -> None:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    template = db.call(checklists.default_template_id)
    walk = db.call(walk_editing.create_walk, WalkInput(place, DAY, checklist_template_id=template))
    north = db.call(walk_route.add_stop, walk, "Norra entrén")
    db.call(walk_steps.mark_walked, walk, DAY)
    lighting = db.call(walk_records.get_checklist, walk).items[0].id
    db.call(walk_records.save_stop_answers, north, [AnswerInput(lighting, 1, "Två lampor")])

    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert "answers_version" not in _stop_columns(db)
    assert rows(db, "SELECT rating, note FROM checklist_answers") == [
        {"rating": 1, "note": "Två lampor"}
    ]
    sql(
        db,
        "INSERT INTO route_stops (walk_id, position, name) VALUES (:walk, 2, 'Södra entrén')",
        walk=walk,
    )

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert rows(db, "SELECT name, answers_version FROM route_stops ORDER BY position") == [
        {"name": "Norra entrén", "answers_version": 1},
        {"name": "Södra entrén", "answers_version": 1},
    ]
    sheet = db.call(walk_records.get_checklist, walk)
    south = sheet.stops[1].id
    assert sheet.stop_answers(south).version == 1
    assert db.call(walk_records.save_stop_answers, south, [AnswerInput(lighting, 2)], 1) == 2
    with pytest.raises(StaleRecordError):
        db.call(walk_records.save_stop_answers, south, [AnswerInput(lighting, 0)], 1)
    assert db.call(walk_records.get_checklist, walk).answer(south, lighting).rating == 2  # type: ignore[union-attr]
    assert sheet.answer(north, lighting).note == "Två lampor"  # type: ignore[union-attr]
