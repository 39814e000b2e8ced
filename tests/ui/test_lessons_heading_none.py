"""An exercise with no lessons learned reads "Lärdomar (0)" over its empty list: it read
"Lärdomar (0, 0 öppna åtgärder)", counting the actions of lessons there are none of."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_no_lessons_reads_lessons_zero(qtbot: QtBot, demo_ctx: AppContext) -> None:
    day = clock.today()
    exercise_id = demo_ctx.call(
        exercises.create_exercise,
        ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    area.open_exercise(exercise_id)
    settle(qtbot)
    view = area.exercise_view
    click_tab(qtbot, view.tabs, view.lessons_tab)
    assert view.lessons_tab.heading.text() == "Lärdomar (0)"
