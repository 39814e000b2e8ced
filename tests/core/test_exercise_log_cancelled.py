"""A cancelled exercise dated later is told as cancelled, not as "planerad till": the conduct log
refusal said "”Larmprov” är planerad till …" for an exercise the coordinator had cancelled. The
way back it names is the one offered: the exercise window's Mer ▾ → "Ångra senaste steget" (it said
"sätt tillbaka den till planerad", which nothing is called); the command line, which cannot take
a cancelling back, sends the user to that window."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_log, exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)
LATER = dt.date(2026, 12, 9)
CANCELLED = (
    "”Larmprov” är inställd: ingen övningslogg förs för den. Om den hålls ändå, ångra "
    "inställningen med Mer ▾ → ”Ångra senaste steget” och ge den dagen den hålls."
)


def _cancelled(db: Database, day: dt.date, today: dt.date) -> int:
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
            today=today,
        )
        exercises.set_status(session, exercise_id, ExerciseStatus.CANCELLED, today=today)
        return exercise_id


def test_a_note_in_a_cancelled_exercise_dated_later_is_refused_as_cancelled(db: Database) -> None:
    exercise_id = _cancelled(db, LATER, TODAY)
    with db.session() as session:
        with pytest.raises(ValidationError) as raised:
            exercise_log.add_log_entry(
                session, exercise_id, "Larmet gick ut", dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
            )
        assert raised.value.message == CANCELLED
        # The Conduct log tab asks with the exercise row and shows the same line.
        row = exercise_reading.get_exercise(session, exercise_id, TODAY).exercise
        assert exercise_log.log_refusal(row.title, row.date, TODAY, row.status) == CANCELLED


def test_the_command_line_sends_the_user_to_the_window_it_names(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    exercise_id = _cancelled(sqlite_db, today + dt.timedelta(days=8), today)
    args = ("--db", sqlite_db.url, "exercises", "log", str(exercise_id), "Larmet gick ut")
    code, out, err = run_cli(capsys, *args)
    assert (code, out) == (1, "")
    assert "”Larmprov” är inställd: ingen övningslogg förs för den." in err
    assert "i fönstret under Kris och övningar → Övningar" in err
    assert "Mer ▾ → ”Ångra senaste steget”" in err and "sätt tillbaka" not in err
    assert len(err.strip().splitlines()) == 1
