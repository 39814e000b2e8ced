"""Where actions came from, named as the Actions area names them ("Möte 2026-11-03 09.00,
Platssamverkan Klara", "Trygghetsvandring …", "Övning …", a fire inspection) with the record
each opens, read in batches for many actions at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    ActionSource,
    Exercise,
    ExerciseLesson,
    FireInspection,
    Group,
    Meeting,
    Observation,
    Place,
    Walk,
)
from samverkan_desktop.services.action_rows import (
    Origin,
    exercise_text,
    fire_text,
    meeting_text,
    origin_of,
    walk_text,
)
from samverkan_desktop.services.id_batches import batches

Source = tuple[ActionSource, int | None]  # an action's source_type and source_id


def source_texts(
    session: Session, sources: Iterable[tuple[ActionSource, int | None]], with_time: bool = True
) -> dict[Source, str]:
    """Where actions came from, by (kind, id), as the Actions area's list and detail name it:
    "Möte 2026-11-03 09.00, Platssamverkan Klara" (the list leaves out the time: ``with_time``),
    "Trygghetsvandring 2021-04-20, Tessinparken", "Övning 2021-02-17, Krisledningsövning". A
    source that went away is left out (the caller names the kind alone)."""
    found = found_sources(session, sources, with_time)
    return {source: text for source, (text, _origin) in found.items()}


def found_sources(
    session: Session, sources: Iterable[tuple[ActionSource, int | None]], with_time: bool = True
) -> dict[Source, tuple[str, Origin]]:
    """``source_texts`` with where each opens (its meeting, walk, exercise or inspection). Read
    in batches: a city has more meetings with actions than one SQL IN list may hold."""
    by_kind: dict[ActionSource, set[int]] = {}
    for kind, source_id in sources:
        if source_id is not None:
            by_kind.setdefault(kind, set()).add(source_id)
    found: dict[Source, tuple[str, Origin]] = {}

    def add(kind: ActionSource, source_id: int, text: str, holder_id: int) -> None:
        origin = origin_of(kind, holder_id)
        assert origin is not None  # every kind read here has a record to open
        found[kind, source_id] = (text, origin)

    meetings = by_kind.get(ActionSource.MEETING)
    if meetings:
        for batch in batches(sorted(meetings)):
            query = (
                select(Meeting.id, Meeting.starts_at, Group.name)
                .join(Group, Group.id == Meeting.group_id)
                .where(Meeting.id.in_(batch))
            )
            for meeting_id, starts_at, group in session.execute(query):
                text = meeting_text(starts_at, group, with_time)
                add(ActionSource.MEETING, meeting_id, text, meeting_id)
    observations = by_kind.get(ActionSource.WALK_OBSERVATION)
    if observations:
        for batch in batches(sorted(observations)):
            walk_query = (
                select(Observation.id, Walk.id, Walk.date, Place.name)
                .join(Walk, Walk.id == Observation.walk_id)
                .join(Place, Place.id == Walk.place_id)
                .where(Observation.id.in_(batch))
            )
            for observation_id, walk_id, day, place in session.execute(walk_query):
                add(ActionSource.WALK_OBSERVATION, observation_id, walk_text(day, place), walk_id)
    lessons = by_kind.get(ActionSource.EXERCISE_LESSON)
    if lessons:
        for batch in batches(sorted(lessons)):
            exercise_query = (
                select(ExerciseLesson.id, Exercise.id, Exercise.date, Exercise.year, Exercise.title)
                .join(Exercise, Exercise.id == ExerciseLesson.exercise_id)
                .where(ExerciseLesson.id.in_(batch))
            )
            for lesson_id, exercise_id, held_on, year, title in session.execute(exercise_query):
                text = exercise_text(held_on, year, title)
                add(ActionSource.EXERCISE_LESSON, lesson_id, text, exercise_id)
    inspections = by_kind.get(ActionSource.FIRE_INSPECTION)
    if inspections:
        for batch in batches(sorted(inspections)):
            fire_query = select(
                FireInspection.id, FireInspection.inspected_on, FireInspection.premises
            ).where(FireInspection.id.in_(batch))
            for inspection_id, inspected_on, premises in session.execute(fire_query):
                text = fire_text(inspected_on, premises)
                add(ActionSource.FIRE_INSPECTION, inspection_id, text, inspection_id)
    return found
