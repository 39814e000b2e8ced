"""Planning an exercise starts from the earlier exercises' lessons ("förra övningens
lärdomar"): the actions they raised that are still open, with the exercise they came from and
who is responsible. Before, nothing was carried over and the checklist point pointed nowhere."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus, ExerciseStatus, ExerciseType
from samverkan_desktop.services import actions, exercise_lessons, exercise_reading, exercises
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.crisis_data import person
from tests.core.exercise_data import HELD_ON, held_exercise

TODAY = dt.date(2026, 12, 1)


def _planned(session, day: dt.date | None) -> int:  # type: ignore[no-untyped-def]
    return exercises.create_exercise(
        session, ExerciseInput("Stabsövning", ExerciseType.SIMULATION, 2026, date=day), today=TODAY
    )


def test_open_actions_of_earlier_exercises_lessons(db: Database) -> None:
    with db.session() as session:
        anna = person(session, "Anna Berglund")
        held, _ids = held_exercise(session)
        for text, action in (
            ("Kontaktlistan var inaktuell", "Uppdatera kontaktlistan"),
            ("Rollerna var otydliga", "Gå igenom rollkorten"),
        ):
            exercise_lessons.add_lesson(
                session,
                held,
                LessonInput(text, action, responsible_person_id=anna, due_on=dt.date(2021, 5, 31)),
                TODAY,
            )
        exercise_lessons.add_lesson(
            session, held, LessonInput("Larmet gick fram", raise_action=False), TODAY
        )
        done = next(
            lesson.action_id
            for lesson in exercise_reading.get_exercise(session, held).lessons
            if lesson.text == "Rollerna var otydliga"
        )
        assert done is not None
        actions.set_action_status(session, done, ActionStatus.DONE, TODAY)
        later, undated = _planned(session, dt.date(2026, 12, 22)), _planned(session, None)
        before = _planned(session, dt.date(2020, 10, 1))

        for planned in (later, undated):
            (earlier,) = exercise_lessons.open_earlier_actions(session, planned, TODAY)
            assert (earlier.exercise_id, earlier.exercise_date, earlier.exercise_title) == (
                held,
                HELD_ON,
                "Larmprov",
            )
            assert (earlier.action.title, earlier.action.responsible) == (
                "Uppdatera kontaktlistan",
                "Anna Berglund",
            )
            assert earlier.action.overdue  # due 2021-05-31
        # Its own lessons are not "earlier", nor those of an exercise held after it.
        assert exercise_lessons.open_earlier_actions(session, held, TODAY) == []
        assert exercise_lessons.open_earlier_actions(session, before, TODAY) == []


def test_the_example_districts_planned_exercise_starts_from_the_rakel_action(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        planned = next(
            r
            for r in exercise_reading.list_exercises(session)
            if r.status is ExerciseStatus.PLANNED and r.date
        )
        earlier = exercise_lessons.open_earlier_actions(session, planned.id)
    assert planned.date is not None
    assert any(
        "RAKEL" in e.action.title and e.exercise_date.year == 2021 and e.action.responsible
        for e in earlier
    )
    assert all(e.action.is_open and e.exercise_date < planned.date for e in earlier)
