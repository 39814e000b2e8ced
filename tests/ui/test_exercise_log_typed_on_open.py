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
from tests.ui.helpers import click_tab, keep_shot, type_text
from tests.ui.openers import crisis_tab
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
    table = area.exercises_page.table
    view = area.exercise_view

    def open_from_list() -> None:
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(0, 0)).center(),
        )
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is view)

    open_from_list()  # held: on its evaluation, the log clicked, then back to the list
    click_tab(qtbot, view.tabs, view.log_tab)
    back = next(b for b in view.findChildren(QPushButton) if b.text() == "← Alla övningar")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is not view)

    open_from_list()
    assert view.tabs.currentWidget() is view.log_tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    keep_shot(window, "exercise-log-opened")
    assert focused is view.log_tab.entry, type(focused).__name__
    type_text(qtbot, focused, NOTE)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert [row.text for row in ctx.call(exercise_reading.get_exercise, held).log] == [NOTE]
