"""An exercise planned for a coming day: "Markera som genomförd" is greyed until that day, its
tooltip naming the day and the way forward (change the date if it was held earlier), as a walk's
step; on the day it takes the step. Before, the button was live and a click only brought a
message box with the same words."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from tests.ui.helpers import click_button, show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea

TODAY = dt.date(2026, 12, 2)
EXERCISE_DAY = dt.date(2026, 12, 22)


def test_the_step_waits_for_the_exercises_day(qtbot: QtBot, ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2026, date=EXERCISE_DAY),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1100, 700)
    area.open_exercise(exercise)
    view = area.exercise_view
    assert view is not None
    button = view.next_button
    assert button.text() == "Markera som genomförd"
    assert not button.isEnabled()
    assert button.toolTip() == (
        "”Larmprov” är planerad till 2026-12-22; den kan markeras som genomförd från den dagen. "
        "Om den hölls tidigare, ändra först dess datum."
    )

    monkeypatch.setattr(clock, "today", lambda: EXERCISE_DAY)
    view.show_exercise(exercise)
    assert button.isEnabled() and button.toolTip() == ""
    click_button(qtbot, view, "Markera som genomförd")
    held = ctx.call(exercise_reading.get_exercise, exercise).exercise
    assert held.status is ExerciseStatus.CONDUCTED
