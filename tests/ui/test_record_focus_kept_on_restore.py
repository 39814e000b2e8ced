"""A record's focus on its tab's first field is for opening it, not for the window coming back:
a coordinator typing in a later field who minimised the window (or it was covered and shown
again) found the cursor in the tab's first field on restore, and went on typing there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from tests.days import days_ago
from tests.ui.clicks import click_tab
from tests.ui.openers import crisis_tab, open_first_exercise
from ui.context import AppContext


def test_the_field_in_use_keeps_the_focus_when_the_window_is_restored(
    qtbot: QtBot, ctx: AppContext
) -> None:
    day = days_ago(1)
    ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Stabsövning vid strömavbrott",
            ExerciseType.SIMULATION,
            day.year,
            date=day,
            start_time=dt.time(9),
            status=ExerciseStatus.CONDUCTED,
        ),
    )
    window, area = crisis_tab(qtbot, ctx, "exercises_stack", 1024, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = open_first_exercise(qtbot, area)
    click_tab(qtbot, view.tabs, view.log_tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.log_tab.entry)

    in_use = view.log_tab.table
    qtbot.mouseClick(in_use.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is in_use)

    window.showMinimized()
    qtbot.waitUntil(lambda: not view.tabs.isVisible() or window.isMinimized())
    qtbot.wait(50)
    window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(lambda: view.tabs.isVisible())
    qtbot.wait(50)
    assert QApplication.focusWidget() is in_use, type(QApplication.focusWidget()).__name__
