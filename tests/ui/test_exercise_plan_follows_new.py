"""Planned in November for February, back at the list: the annual plan below it shows next
year, the new exercise in its February. It stayed on this year, where the exercise was not,
and looked lost. (In December the plan opens on next year already:
test_exercise_plan_opens_on_the_planned_year.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialog import ExerciseDialog

TODAY = dt.date(2026, 11, 20)
TITLE = "Krisledningsövning: värmebölja"


def test_the_plan_shows_the_year_of_the_exercise_just_planned(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1100, 700)
    area.tabs.setCurrentWidget(area.exercises_stack)
    plan = area.exercises_page.plan_view
    assert plan.year.value() == 2026

    def plan_february(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        type_text(qtbot, dialog.title_edit, TITLE)
        dialog.month.setFocus()
        qtbot.keyClicks(dialog.month, "feb")
        click_button(qtbot, dialog, "Planera övning")

    modals.answer(plan_february)
    click_button(qtbot, area.exercises_page, "Ny övning…")
    qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is area.exercise_view)
    click_button(qtbot, area.exercise_view, "← Alla övningar")
    assert plan.year.value() == 2027
    assert TITLE in plan.month_texts()[1]  # februari
