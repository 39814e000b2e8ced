"""A planning-checklist point not done by its date turns the warning colour when that day has
passed while the exercise stays open (the colour was fixed the day the view was built), and
when the exercise is moved earlier so that its date lies behind."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercise_checklist, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.widgets.table_model import WARNING_COLOUR


def _due_colour(area: CrisisArea) -> object:
    table = area.exercise_view.checklist_tab.table
    column = next(
        i
        for i in range(table.model().columnCount())
        if table.model().headerData(i, Qt.Orientation.Horizontal) == "Klart senast"
    )
    brush = table.model().index(0, column).data(Qt.ItemDataRole.ForegroundRole)
    return brush.color() if brush is not None else None


def test_a_point_becomes_late_while_the_exercise_is_open(
    qtbot: QtBot, ctx: AppContext, today: dt.date
) -> None:
    day = today + dt.timedelta(weeks=2)
    exercise = ctx.call(
        exercises.create_exercise,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    ctx.call(
        exercise_checklist.add_checklist_item, exercise, "Skicka kallelsen", 1
    )  # due in a week
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(exercise)
    tab = area.exercise_view.checklist_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    assert _due_colour(area) is None

    # Eight days on, the same view still open: the point is late.
    tab.today = lambda: today + dt.timedelta(days=8)
    tab.table.viewport().update()
    assert _due_colour(area) == WARNING_COLOUR

    # Back to today, and the exercise moved to the day after tomorrow: due five days ago.
    tab.today = lambda: today
    assert _due_colour(area) is None
    moved = today + dt.timedelta(days=2)
    ctx.call(
        exercises.update_exercise,
        exercise,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, moved.year, date=moved),
    )
    ctx.bus.announce("crisis")
    assert _due_colour(area) == WARNING_COLOUR
