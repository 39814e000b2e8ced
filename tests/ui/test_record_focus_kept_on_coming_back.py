"""A record come back to from the side bar keeps the field the user was in: another area shown
and the walk's area again put the cursor in the tab's first field (record_header's focus for a
record opened), and the note being typed went on in the wrong field. A record opened from the
list, or another record shown, still starts in its first field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_tab, type_text
from tests.ui.demo_walks import gyllenstiernsgatan_2021, tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.record_header import first_field

TYPED = " vid cykelstället"


def _side_bar_to(qtbot: QtBot, window: MainWindow, key: str) -> None:
    bar = window.sidebar
    row = window.area_keys().index(key)
    qtbot.mouseClick(
        bar.viewport(), Qt.MouseButton.LeftButton, pos=bar.visualItemRect(bar.item(row)).center()
    )
    qtbot.waitUntil(lambda: window.current_area_key() == key)


def _away_and_back(qtbot: QtBot, window: MainWindow, key: str) -> None:
    _side_bar_to(qtbot, window, "overview")
    _side_bar_to(qtbot, window, key)
    qtbot.wait(50)  # the focus is given on the Show, and Qt's own moves are posted


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_a_walks_checklist_note_keeps_the_focus_over_the_side_bar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigate("walks", tessinparken(demo_ctx))
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    view = area.view
    click_tab(qtbot, view.tabs, view.checklist_tab)
    note = view.checklist_tab.rows[2].note
    assert first_field(view.checklist_tab) is not note  # a later field than the first
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(note.hasFocus)
    type_text(qtbot, note, "Mörkt")

    _away_and_back(qtbot, window, "walks")
    assert area.stack.currentWidget() is view
    assert _focused() is note, type(_focused()).__name__
    type_text(qtbot, note, TYPED)
    assert note.text().endswith("Mörkt" + TYPED)

    # Back to the list and opened again: the tab's first field, as for a record opened.
    back = view.findChild(QPushButton, "backButton")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.tabs)
    area.open_current()
    qtbot.waitUntil(lambda: area.stack.currentWidget() is view)
    qtbot.waitUntil(lambda: _focused() is first_field(view.tabs.currentWidget()))


def test_another_walk_opened_from_another_area_starts_in_its_first_field(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The walk shown in the area is not the one opened (an Overview entry): the field in use
    on the other walk is no place to type in the new one, on the same tab."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    view = area.view
    other = gyllenstiernsgatan_2021(demo_ctx)
    window.navigate("walks", other)  # left on its checklist: opened again there
    click_tab(qtbot, view.tabs, view.checklist_tab)
    window.navigate("walks", tessinparken(demo_ctx))
    click_tab(qtbot, view.tabs, view.checklist_tab)
    note = view.checklist_tab.rows[2].note
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(note.hasFocus)

    _side_bar_to(qtbot, window, "overview")
    window.navigate("walks", other)
    assert view.walk is not None and view.walk.id == other
    assert view.tabs.currentWidget() is view.checklist_tab
    first = first_field(view.checklist_tab)
    assert first is not note
    qtbot.waitUntil(lambda: _focused() is first)


def test_the_exercise_logs_list_keeps_the_focus_over_the_side_bar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigate("crisis")
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    area.open_exercise(demo_ctx.call(exercise_reading.list_exercises)[-1].id)
    view = area.exercise_view
    click_tab(qtbot, view.tabs, view.log_tab)
    qtbot.waitUntil(lambda: _focused() is view.log_tab.entry)
    in_use = view.log_tab.table
    qtbot.mouseClick(in_use.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _focused() is in_use)

    _away_and_back(qtbot, window, "crisis")
    assert area.exercises_stack.currentWidget() is view
    assert _focused() is in_use, type(_focused()).__name__
