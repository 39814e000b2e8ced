"""The exercise form gives its left column the room: the example's exercise name and the plan it
exercises ("Krisledningsplan Östermalms stadsdelsförvaltning") show whole, as a coordinator
opens the form on a laptop; at 900 px in two equal columns both were cut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def test_the_name_and_the_plan_show_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    row = demo_ctx.call(exercise_reading.list_exercises)[-1]  # the 2021 exercise
    dialog = ExerciseDialog(demo_ctx, demo_ctx.call(exercise_reading.get_exercise, row.id))
    qtbot.addWidget(dialog)
    # Its first size as on a laptop's screen (the test's screen is 800 px wide, and a form
    # opens no wider than its screen).
    dialog.resize(1060, dialog.height())
    dialog.show()
    wait_exposed(qtbot, dialog)
    assert dialog.width() <= 1280 - 40  # a laptop's screen, with the window's frame
    title = dialog.title_edit
    assert title.fontMetrics().horizontalAdvance(title.text()) <= line_edit_text_room(title)
    plan = dialog.plan
    assert plan.currentText() == "Krisledningsplan Östermalms stadsdelsförvaltning"
    arrow = 30  # the drop-down's arrow and margins
    assert plan.fontMetrics().horizontalAdvance(plan.currentText()) + arrow <= plan.width()
    dialog.reject()
