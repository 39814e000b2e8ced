"""A cancelled exercise dated later is told as cancelled, not as "planerad till": the conduct log
refusal said "”Larmprov” är planerad till …" for an exercise the coordinator had cancelled."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_log, exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput

TODAY = dt.date(2026, 12, 1)
LATER = dt.date(2026, 12, 9)
CANCELLED = (
    "”Larmprov” är inställd: ingen övningslogg förs för den. Om den hålls ändå, sätt tillbaka den "
    "till planerad och ge den dagen den hålls."
)


def test_a_note_in_a_cancelled_exercise_dated_later_is_refused_as_cancelled(db: Database) -> None:
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, TODAY.year, date=LATER),
            today=TODAY,
        )
        exercises.set_status(session, exercise_id, ExerciseStatus.CANCELLED, today=TODAY)
        with pytest.raises(ValidationError) as raised:
            exercise_log.add_log_entry(
                session, exercise_id, "Larmet gick ut", dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
            )
        assert raised.value.message == CANCELLED
        # The Conduct log tab asks with the exercise row and shows the same line.
        row = exercise_reading.get_exercise(session, exercise_id, TODAY).exercise
        assert exercise_log.log_refusal(row.title, row.date, TODAY, row.status) == CANCELLED
