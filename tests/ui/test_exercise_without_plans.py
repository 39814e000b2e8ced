"""A new exercise on the first day, before any plan is registered: "Övar planen" offered only
"– ingen –" and said nothing of where the crisis plan it exercises is added. Now a line under
the field says where; once a plan is in, the plan is chosen there and the line is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plans
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialog import ExerciseDialog

NO_PLANS = (
    "Inga planer ännu: krisledningsplanen läggs in under Kris och övningar → Planer → ”Ny plan”."
)


def notes_under_the_plan(dialog: ExerciseDialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("Inga planer")
    ]


def open_new_exercise(qtbot: QtBot, area: CrisisArea, modals: ModalDriver) -> list[str]:
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        seen.extend(notes_under_the_plan(dialog))
        dialog.discard()

    modals.answer(look)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())  # Övningar
    qtbot.mouseClick(area.exercises_page.table._empty.button, Qt.MouseButton.LeftButton)
    modals.check()
    return seen


def test_a_new_exercise_says_where_the_plan_it_exercises_is_added(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea)
    assert open_new_exercise(qtbot, area, modals) == [NO_PLANS]

    ctx.call(
        plans.create_plan, plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
    )
    area.refresh()
    assert open_new_exercise(qtbot, area, modals) == []
