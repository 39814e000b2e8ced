"""Esc inside a text being written does not leave the walk (a coordinator presses it by habit
or to close a completer: she was thrown out of the walk, the text typed left behind); Esc on
the walk's lists still goes back to all walks. The meeting editor and an exercise share the
guard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import type_text
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window, meeting_editor
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

TYPED = " Belysningen vid tunneln ska ses över."


def _area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks", tessinparken(ctx))
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    return area


def test_esc_in_the_summary_and_the_closing_notes_stays_in_the_walk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _area(qtbot, demo_ctx)
    view = area.view
    tab = view.closing_tab
    view.tabs.setCurrentWidget(tab)
    for field in (tab.summary, tab.notes):
        qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, field, TYPED)
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert area.stack.currentWidget() is area.view
        assert view.tabs.currentWidget() is tab
        assert field.hasFocus() and field.toPlainText().endswith(TYPED)

    # On the walk's lists Esc still goes back to all walks.
    view.tabs.setCurrentWidget(view.observations_tab)
    table = view.observations_tab.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert area.stack.currentWidget() is area.tabs


def test_esc_closes_the_date_popup_and_stays_in_the_walk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _area(qtbot, demo_ctx)
    view = area.view
    date = view.closing_tab.held_on
    view.tabs.setCurrentWidget(view.closing_tab)
    arrow = QPoint(date.width() - 8, date.height() // 2)
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=arrow)  # the calendar drops down
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert area.stack.currentWidget() is area.view
    assert view.tabs.currentWidget() is view.closing_tab


def test_esc_in_a_meetings_note_stays_in_the_meeting(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="details_tab")
    area = editor.parentWidget()
    assert isinstance(area, QStackedWidget)
    field = editor.details_tab.note_edit
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert area.currentWidget() is editor
    assert field.toPlainText().endswith(TYPED)


def test_esc_in_an_exercises_assessment_stays_in_the_exercise(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    evaluated = demo_ctx.call(exercise_reading.list_exercises)[-1]
    area.open_exercise(evaluated.id)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.evaluation_tab)
    field = view.evaluation_tab.assessment.text
    assert field.isEnabled()
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert area.exercises_stack.currentWidget() is view
    assert TYPED in field.toPlainText()
