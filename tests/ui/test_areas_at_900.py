"""A window 900 px wide stays 900 px wide whichever area, tab or record is opened: Kalender's
row of buttons (and its meeting editor's attendance buttons, in the same stack), and Larm →
Lån's filters on one line, held it wider, and the window grew by itself (to 969 px after
Kris och övningar once, the width of the widest page it had shown)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_sidebar, click_tab
from tests.ui.openers import open_first_exercise, open_meeting
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow

WIDTH = 900


def _stays(qtbot: QtBot, window: MainWindow, seen: str) -> None:
    settle(qtbot)
    assert (window.width(), seen) == (WIDTH, seen)


def _each_tab(qtbot: QtBot, window: MainWindow, tabs: QTabWidget, name: str) -> None:
    for index in range(tabs.count()):
        page = tabs.widget(index)
        assert page is not None
        click_tab(qtbot, tabs, page)
        _stays(qtbot, window, f"{name} → {tabs.tabText(index)}")


def test_the_window_stays_900_px_wide_in_every_area(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), WIDTH, 700)
    _stays(qtbot, window, "overview")
    for key, title in window.area_titles():
        click_sidebar(qtbot, window, key)
        _stays(qtbot, window, title)
        tabs = getattr(window.area(key), "tabs", None)
        if isinstance(tabs, QTabWidget):
            _each_tab(qtbot, window, tabs, title)
    calendar = area_of(window, "calendar", CalendarArea)
    click_sidebar(qtbot, window, "calendar")
    editor = open_meeting(qtbot, calendar)
    _each_tab(qtbot, window, editor.tabs, "a meeting")
    crisis = area_of(window, "crisis", CrisisArea)
    click_sidebar(qtbot, window, "crisis")
    click_tab(qtbot, crisis.tabs, crisis.exercises_stack)
    exercise = open_first_exercise(qtbot, crisis)
    _stays(qtbot, window, "an exercise")
    if isinstance(tabs := getattr(exercise, "tabs", None), QTabWidget):
        _each_tab(qtbot, window, tabs, "an exercise")
