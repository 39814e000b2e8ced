"""An exercise planned for a coming day: "Markera som genomförd" is greyed until that day, its
tooltip naming the day and the way forward (change the date if it was held earlier), as a walk's
step; on the day it takes the step. Before, the button was live and a click only brought a
message box with the same words. The reason is also a line under the header, in sight (as the
tooltip only, the greyed button read as dead), gone once the step can be taken."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from tests.ui.clicks import click_button
from tests.ui.windows import keep_shot, show_window
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
        "Övningen kan markeras som genomförd från sin dag, 2026-12-22. "
        "Om den hölls tidigare, ändra först dess datum."
    )
    qtbot.wait(50)
    assert view.step_refusal.isVisible() and view.step_refusal.text() == button.toolTip()
    keep_shot(view, "exercise-step-reason")

    monkeypatch.setattr(clock, "today", lambda: EXERCISE_DAY)
    view.show_exercise(exercise)
    assert button.isEnabled() and button.toolTip() == ""
    assert view.step_refusal.isHidden()
    click_button(qtbot, view, "Markera som genomförd")
    held = ctx.call(exercise_reading.get_exercise, exercise).exercise
    assert held.status is ExerciseStatus.CONDUCTED


def test_on_its_day_the_step_waits_for_the_start_time(
    qtbot: QtBot, ctx: AppContext, monkeypatch
) -> None:
    """At 01.15 the exercise set for 09.00 that day was taken as held without a word. Greyed,
    the tooltip naming the start; the window left open, the button wakes at 09.00."""
    moment = [dt.datetime.combine(EXERCISE_DAY, dt.time(1, 15), LOCAL_ZONE)]
    monkeypatch.setattr(clock, "today", lambda: EXERCISE_DAY)
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Larmprov", ExerciseType.FUNCTIONAL, 2026, date=EXERCISE_DAY, start_time=dt.time(9)
        ),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1100, 700)
    area.open_exercise(exercise)
    view = area.exercise_view
    button = view.next_button
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Övningen kan markeras som genomförd från kl. 09.00 i dag. "
        "Om den började tidigare, ändra först dess starttid."
    )
    assert view.step_refusal.isVisible() and view.step_refusal.text() == button.toolTip()

    moment[0] = dt.datetime.combine(EXERCISE_DAY, dt.time(8, 59, 59), LOCAL_ZONE)
    view.show_exercise(exercise)  # another desk's change: shown again a second before 09.00
    assert not button.isEnabled()
    moment[0] = dt.datetime.combine(EXERCISE_DAY, dt.time(9), LOCAL_ZONE)
    qtbot.waitUntil(button.isEnabled, timeout=3000)
    assert button.toolTip() == "" and view.step_refusal.isHidden()
    click_button(qtbot, view, "Markera som genomförd")
    held = ctx.call(exercise_reading.get_exercise, exercise).exercise
    assert held.status is ExerciseStatus.CONDUCTED
