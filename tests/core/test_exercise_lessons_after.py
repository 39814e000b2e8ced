"""Lessons learned come from the evaluation after the exercise: while it is only planned, or was
cancelled, a lesson is refused with a Swedish line saying why and raises no action. The conduct
log is written during the exercise, before it is marked as held: a planned exercise takes notes
from its day on, not before (the note would land in an exercise not under way)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import (
    action_filter,
    action_reading,
    exercise_lessons,
    exercise_log,
    exercise_reading,
    exercises,
)
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.crisis_data import person

TODAY = dt.date(2026, 12, 1)


def _planned(session, day: dt.date | None) -> int:  # type: ignore[no-untyped-def]
    return exercises.create_exercise(
        session,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, TODAY.year, date=day),
        today=TODAY,
    )


def _lesson(session) -> LessonInput:  # type: ignore[no-untyped-def]
    return LessonInput(
        "Kontaktlistan var inaktuell",
        "Uppdatera kontaktlistan",
        responsible_person_id=person(session, "Karin Ek"),
    )


def _open_actions(session) -> int:  # type: ignore[no-untyped-def]
    return len(action_reading.list_actions(session, action_filter.ActionFilter(), TODAY))


def test_a_lesson_waits_until_the_exercise_is_conducted(db: Database) -> None:
    with db.session() as session:
        exercise_id = _planned(session, TODAY - dt.timedelta(days=1))  # held, not yet marked
        before = _open_actions(session)
        with pytest.raises(ValidationError) as raised:
            exercise_lessons.add_lesson(session, exercise_id, _lesson(session), TODAY)
        assert raised.value.message == (
            # "genomförd" once (it ended "…, när den har markerats som genomförd.")
            "Övningen är ännu inte markerad som genomförd: lärdomar dras vid utvärderingen "
            "efter övningen, när den är det."
        )
        assert exercise_reading.get_exercise(session, exercise_id, TODAY).lessons == ()
        assert _open_actions(session) == before  # no action raised either

        exercises.set_status(session, exercise_id, ExerciseStatus.CONDUCTED, TODAY)
        lesson = exercise_lessons.add_lesson(session, exercise_id, _lesson(session), TODAY)
        assert _open_actions(session) == before + 1

        # Taken back to planned (marked held by mistake): the lesson stays and can be edited.
        exercises.set_status(session, exercise_id, ExerciseStatus.PLANNED, TODAY)
        exercise_lessons.update_lesson(session, lesson, "Kontaktlistan var ett år gammal")
        stored = exercise_reading.get_exercise(session, exercise_id, TODAY).lessons
        assert [row.text for row in stored] == ["Kontaktlistan var ett år gammal"]


def test_a_cancelled_exercise_has_no_lessons_to_learn(db: Database) -> None:
    with db.session() as session:
        exercise_id = _planned(session, TODAY + dt.timedelta(days=20))
        exercises.set_status(session, exercise_id, ExerciseStatus.CANCELLED, TODAY)
        with pytest.raises(ValidationError) as raised:
            exercise_lessons.add_lesson(session, exercise_id, _lesson(session), TODAY)
        assert raised.value.message == (
            "Övningen är inställd: det finns ingen genomförd övning att dra lärdomar av."
        )


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def test_the_conduct_log_is_written_from_the_exercise_day(db: Database) -> None:
    with db.session() as session:
        exercise_id = _planned(session, TODAY)
        with pytest.raises(ValidationError) as raised:
            exercise_log.add_log_entry(
                session, exercise_id, "Larmet gick ut", _at(TODAY - dt.timedelta(days=1), 9)
            )
        assert raised.value.message == (
            "”Larmprov” är planerad till 2026-12-01: övningsloggen förs från den dagen. "
            "Om den hålls i dag, ändra först dess datum."
        )
        # On the day, still planned (it is marked as held afterwards): the notes go in.
        exercise_log.add_log_entry(session, exercise_id, "Larmet gick ut", _at(TODAY, 8))
        exercise_log.add_log_entry(session, exercise_id, "Alla svarade", _at(TODAY, 9))
        # 23:30 UTC on the eve is already the day in Stockholm.
        exercise_log.add_log_entry(
            session, exercise_id, "Stabsläge", _at(TODAY - dt.timedelta(days=1), 23)
        )
        log = exercise_reading.get_exercise(session, exercise_id, TODAY).log
        assert [entry.text for entry in log] == ["Stabsläge", "Larmet gick ut", "Alla svarade"]


def test_an_exercise_without_a_date_takes_notes(db: Database) -> None:
    with db.session() as session:
        exercise_id = _planned(session, None)
        exercise_log.add_log_entry(session, exercise_id, "Larmet gick ut", _at(TODAY, 8))
        assert len(exercise_reading.get_exercise(session, exercise_id, TODAY).log) == 1
