"""The conduct log goes by the program's day (samverkan_desktop.clock), not the machine's: with
the program's day set to an exercise's day, log_refusal still said "övningsloggen förs från den
dagen" because it read the system clock, while the rest of the window called that day today."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import ExerciseLogEntry, ExerciseType
from samverkan_desktop.services import exercise_log, exercises
from samverkan_desktop.services.exercises import ExerciseInput

# Years ahead of any machine running this, so only the program's day can make it "today".
EXERCISE_DAY = dt.date(2031, 3, 12)
PLANNED = (
    "”Larmprov” är planerad till 2031-03-12: övningsloggen förs från den dagen. Om den hålls i "
    "dag, ändra först dess datum."
)


def _set_day(monkeypatch: pytest.MonkeyPatch, day: dt.date, hour: int = 9) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)
    moment = dt.datetime.combine(day, dt.time(hour), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: moment)


def test_on_the_exercise_day_the_log_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    _set_day(monkeypatch, EXERCISE_DAY)
    assert exercise_log.log_refusal("Larmprov", EXERCISE_DAY) is None


def test_the_day_before_it_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _set_day(monkeypatch, EXERCISE_DAY - dt.timedelta(days=1))
    assert exercise_log.log_refusal("Larmprov", EXERCISE_DAY) == PLANNED


def test_a_note_written_on_the_exercise_day_is_stamped_at_the_programs_now(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_day(monkeypatch, EXERCISE_DAY, hour=10)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2031, date=EXERCISE_DAY),
        )
        entry_id = exercise_log.add_typed_entry(session, exercise_id, "Larmet gick ut")
        logged_at = session.get_one(ExerciseLogEntry, entry_id).logged_at
    stamped = logged_at if logged_at.tzinfo else logged_at.replace(tzinfo=dt.UTC)
    assert stamped.astimezone(LOCAL_ZONE) == dt.datetime(2031, 3, 12, 10, tzinfo=LOCAL_ZONE)


def test_a_note_the_day_before_is_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _set_day(monkeypatch, EXERCISE_DAY - dt.timedelta(days=1), hour=23)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2031, date=EXERCISE_DAY),
        )
        with pytest.raises(ValidationError) as raised:
            exercise_log.add_typed_entry(session, exercise_id, "Larmet gick ut")
    assert raised.value.message == PLANNED
