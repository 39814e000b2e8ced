"""Where an action's origin opens (``ActionRow.origin``): the Actions area's detail pane makes
its "Ursprung" a link to the walk of the observation, the meeting, the exercise of the lesson
or the fire safety inspection; an origin deleted since is named by its kind alone, no link."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionSource
from samverkan_desktop.models.exercises import ExerciseLesson
from samverkan_desktop.models.walks import Observation
from samverkan_desktop.services import action_reading
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_rows import ActionRow, Origin
from samverkan_desktop.services.crisis_nav import exercise_record, fire_record
from tests.core.database_rules import sql

WALK = "Beskära buskagen längs passagen"
EXERCISE = "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon) i kontinuitetsplanen"


def _rows(db: Database, today: dt.date) -> dict[str, ActionRow]:
    return {r.title: r for r in db.call(action_reading.list_actions, ActionFilter(), today)}


def test_each_origin_opens_the_record_it_lives_in(demo_db: Database, today: dt.date) -> None:
    rows = _rows(demo_db, today)
    walk, exercise = rows[WALK], rows[EXERCISE]
    with demo_db.session() as s:
        walk_id = s.scalar(select(Observation.walk_id).where(Observation.id == walk.source_id))
        lesson = s.get(ExerciseLesson, exercise.source_id)
        assert walk_id is not None and lesson is not None
        exercise_id = lesson.exercise_id
    assert walk.origin == Origin("walks", walk_id)
    assert exercise.origin == Origin("crisis", exercise_record(exercise_id))
    by_kind = {r.source_type: r for r in rows.values()}
    meeting = by_kind[ActionSource.MEETING]
    assert meeting.source_id is not None
    assert meeting.origin == Origin("calendar", meeting.source_id)
    fire = by_kind[ActionSource.FIRE_INSPECTION]
    assert fire.source_id is not None
    assert fire.origin == Origin("crisis", fire_record(fire.source_id))
    # The pane's row is read alone: the same origin.
    assert demo_db.call(action_reading.get_action, walk.id).origin == walk.origin


def test_an_origin_deleted_since_opens_nothing(demo_db: Database, today: dt.date) -> None:
    exercise = _rows(demo_db, today)[EXERCISE]
    assert exercise.source_id is not None
    # Deleted before the service refused it (a lesson with actions is kept now), or by hand.
    sql(demo_db, "DELETE FROM exercise_lessons WHERE id = :i", i=exercise.source_id)
    kept = demo_db.call(action_reading.get_action, exercise.id)
    assert kept.origin is None
    assert kept.source_text == "Övning"
