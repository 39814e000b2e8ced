"""A held exercise's start moved past the present on its own day: "Edit" accepted 10.00 for a
simulation held since 08.00 at 09.30, so a held exercise started in the future, which "mark as
held" refuses. On both databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput

DAY = dt.date(2026, 12, 29)


def _edit(
    exercise_id: int,
    start: dt.time,
    day: dt.date = DAY,
    status: ExerciseStatus = ExerciseStatus.CONDUCTED,
) -> ExerciseInput:
    return ExerciseInput(
        "Stabsövning el",
        ExerciseType.SIMULATION,
        day.year,
        date=day,
        start_time=start,
        status=status,
    )


@pytest.fixture
def half_past_nine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: DAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 29, 9, 30))


@pytest.mark.usefixtures("half_past_nine")
def test_a_held_exercise_cannot_be_moved_to_start_later_today(db: Database) -> None:
    with db.session() as session:
        held = exercises.create_exercise(session, _edit(0, dt.time(8)))
    with pytest.raises(ValidationError) as refused, db.session() as session:
        exercises.update_exercise(session, held, _edit(held, dt.time(10)))
    assert refused.value.field == "start_time"
    assert refused.value.message == (
        "”Stabsövning el” är markerad som genomförd, så dess starttid i dag kan inte vara "
        "senare än nu (09.30). Ska den hållas igen, ta först tillbaka steget."
    )
    with db.session() as session:
        assert exercise_reading.load(session, held).start_time == dt.time(8)
        exercises.update_exercise(session, held, _edit(held, dt.time(9, 15)))  # before now: fine
        # Taken back to planned, it may start later: it is not held.
        exercises.update_exercise(
            session, held, _edit(held, dt.time(10), status=ExerciseStatus.PLANNED)
        )
        assert exercise_reading.load(session, held).start_time == dt.time(10)


@pytest.mark.usefixtures("half_past_nine")
def test_a_held_exercise_moved_to_today_cannot_start_after_now(db: Database) -> None:
    with db.session() as session:
        held = exercises.create_exercise(
            session, _edit(0, dt.time(10), day=DAY - dt.timedelta(days=1))
        )
    with (
        pytest.raises(ValidationError, match="starttid i dag kan inte vara senare"),
        db.session() as session,
    ):
        exercises.update_exercise(session, held, _edit(held, dt.time(10)))


def test_an_unchanged_start_is_kept_when_other_fields_are_saved(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held at 10.00 and saved then; the clock says 09.30 later (a desk's clock set back): its
    notes are still saved, the time not being what was changed."""
    monkeypatch.setattr(clock, "today", lambda: DAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 29, 10, 5))
    with db.session() as session:
        held = exercises.create_exercise(session, _edit(0, dt.time(10)))
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 29, 9, 30))
    with db.session() as session:
        exercises.update_exercise(session, held, replace(_edit(held, dt.time(10)), notes="Ok"))
        assert exercise_reading.load(session, held).notes == "Ok"
