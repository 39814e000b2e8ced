"""A cancelled exercise's Övningslogg names the way back the window offers: it said "sätt
tillbaka den till planerad", which nothing in the window is called; Mer ▾ → "Ångra senaste
steget" is, and it makes the exercise planned again."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.clicks import click_tab
from tests.ui.menus import click_in_menu
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_log_line_names_more_and_take_back(qtbot: QtBot, demo_ctx: AppContext) -> None:
    day = clock.today() + dt.timedelta(days=9)
    exercise_id = demo_ctx.call(
        exercises.create_exercise,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    demo_ctx.call(exercises.set_status, exercise_id, ExerciseStatus.CANCELLED)
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    area.open_exercise(exercise_id)
    settle(qtbot)
    view = area.exercise_view
    click_tab(qtbot, view.tabs, view.log_tab)
    line = view.log_tab.not_yet.text()
    assert line.startswith("Övningen är inställd: ingen övningslogg förs för den.")
    assert "Mer ▾ → ”Ångra senaste steget”" in line, line

    offered = click_in_menu(qtbot, view.more_button, "Ångra senaste steget")
    assert "Ångra senaste steget" in offered
    qtbot.waitUntil(
        lambda: (
            demo_ctx.call(exercise_reading.get_exercise, exercise_id).exercise.status
            is ExerciseStatus.PLANNED
        )
    )
