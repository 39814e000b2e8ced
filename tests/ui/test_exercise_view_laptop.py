"""An opened exercise fits a laptop window (1100 x 700): its title and the line under it wrap
instead of pushing the window wider (the IT-attack seminar made it 1442 px wide)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_objectives, exercise_reading
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea

LAPTOP_WIDTH = 1090  # 1366 px at 125 % scaling, less the window's frame


def test_every_demo_exercise_opens_without_widening_the_window(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1100, 700)
    first = demo_ctx.call(exercise_reading.list_exercises)[-1].id
    demo_ctx.call(
        exercise_objectives.add_objective, first, "Alla i krisledningen " * 12
    )  # 252 characters
    for row in demo_ctx.call(exercise_reading.list_exercises):
        area.open_exercise(row.id)
        view = area.exercise_view
        objectives = demo_ctx.call(exercise_reading.get_exercise, row.id).objectives
        if objectives:
            longest = max(objectives, key=lambda o: len(o.text))
            view.evaluation_tab.table.select_id(longest.id)
        for index in range(view.tabs.count()):  # the evaluation names the objective in full
            view.tabs.setCurrentIndex(index)
            settle(qtbot)
            assert window.width() == 1100, (row.title, view.tabs.tabText(index))
            assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, row.title
