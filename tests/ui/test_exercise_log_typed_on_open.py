"""An exercise opened again on its Övningslogg tab (the tab it was left on) put the focus on the
log's list, the first thing Tab stops at on the tab: the coordinator's note, typed at once as
during an exercise, went nowhere and its Enter opened the list's note. The log's note field
takes the focus: typed and entered without a click, the note is logged."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from tests.days import days_ago
from tests.ui.clicks import click_tab, type_text
from tests.ui.openers import crisis_tab, open_first_exercise
from tests.ui.windows import keep_shot
from ui.context import AppContext

NOTE = "Räddningstjänsten på plats"


def test_an_exercise_opened_on_its_log_takes_a_note_without_a_click(
    qtbot: QtBot, ctx: AppContext
) -> None:
    day = days_ago(1)
    held = ctx.call(
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
    view = open_first_exercise(
        qtbot, area
    )  # held: on its evaluation, the log clicked, then back to the list
    click_tab(qtbot, view.tabs, view.log_tab)
    back = next(b for b in view.findChildren(QPushButton) if b.text() == "← Alla övningar")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is not view)

    open_first_exercise(qtbot, area)
    assert view.tabs.currentWidget() is view.log_tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    keep_shot(window, "exercise-log-opened")
    assert focused is view.log_tab.entry, type(focused).__name__
    type_text(qtbot, focused, NOTE)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert [row.text for row in ctx.call(exercise_reading.get_exercise, held).log] == [NOTE]
