"""The time fields that may be left empty (a walk's start, an exercise's start) write the clock as
Swedish does, 18.30, as the rest of the window: they showed "18:30" and asked for "09:30". Both
dialogs read the same way (ui.widgets.time_field.parse_clock): "18.30" and "18:30" are taken."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import exercise_reading, walk_reading
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.time_field import parse_clock


def test_a_walks_and_an_exercises_start_read_as_swedish_writes_the_clock(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walk = next(
        w for w in demo_ctx.call(walk_reading.list_walks) if w.start_time == dt.time(18, 30)
    )
    exercise = next(
        d
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if (d := demo_ctx.call(exercise_reading.get_exercise, r.id)).start_time == dt.time(7, 30)
    )
    walk_dialog = WalkDialog(demo_ctx, walk.id)
    exercise_dialog = ExerciseDialog(demo_ctx, exercise)
    for dialog in (walk_dialog, exercise_dialog):
        qtbot.addWidget(dialog)
    assert walk_dialog.time.text() == "18.30"
    assert exercise_dialog.time.text() == "07.30"
    assert exercise_dialog.time.placeholderText() == "09.00"


@pytest.mark.parametrize("typed", ["18.30", "18:30", " 18.30 "])
def test_either_mark_is_taken(typed: str) -> None:
    assert parse_clock(typed, "start_time") == dt.time(18, 30)


def test_a_wrong_time_is_named_with_an_example_in_swedish() -> None:
    with pytest.raises(ValidationError) as error:
        parse_clock("25.00", "start_time", example="18.30")
    with pytest.raises(ValidationError, match="skriv den till exempel som 18.30"):
        parse_clock("halv sju", "start_time", example="18.30")
    assert str(error.value) == "Ogiltig tid: 25.00 – timmen måste vara 0–23."
    assert error.value.field == "start_time"
    assert parse_clock("  ", "start_time") is None  # left empty: no time
