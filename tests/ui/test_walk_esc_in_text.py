"""Esc inside a text being written does not leave the walk (a coordinator presses it by habit
or to close a completer: she was thrown out of the walk, the text typed left behind); Esc on
the walk's lists still goes back to all walks, as does Esc in a meeting's or an exercise's
view elsewhere than in their texts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStackedWidget
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import tessinparken
from tests.ui.helpers import show_window, type_text
from tests.ui.openers import meeting_editor
from ui.context import AppContext
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
