"""A window 900 px wide stays 900 px wide whichever area, tab or record is opened: Kalender's
row of buttons (and its meeting editor's attendance buttons, in the same stack), and Larm →
Lån's filters on one line, held it wider, and the window grew by itself (to 969 px after
Kris och övningar once, the width of the widest page it had shown; to 958 px on a walk's
Uppföljning, its titles on one line; to 916 px with a walk chosen in the list). A walk's five
tabs stay in sight, the widest on two lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_sidebar, click_tab
from tests.ui.openers import open_first_exercise, open_meeting
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.walk_view import WalkView
from ui.widgets.fitting_tabs import FittingTabBar

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


def _opened_walk(qtbot: QtBot, window: MainWindow) -> WalkView:
    """Tessinparken's walk (its closing meeting held: it opens on Uppföljning, every tab
    filled) opened as a coordinator opens it: Trygghetsvandringar → Vandringar, its row
    clicked (its summary beside the list made the window 916 px wide) and Enter pressed."""
    click_sidebar(qtbot, window, "walks")
    area = area_of(window, "walks", WalksArea)
    click_tab(qtbot, area.tabs, area.walks_page)
    table = area.walks_page.table
    places = column_texts(table, "Plats")
    click_row(qtbot, table, column_texts(table, "Datum")[places.index("Tessinparken")])
    _stays(qtbot, window, "a walk chosen in the list")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.view)
    return area.view


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
    walk = _opened_walk(qtbot, window)
    _stays(qtbot, window, "a walk")
    _each_tab(qtbot, window, walk.tabs, "a walk")


def test_a_walks_tabs_are_all_in_sight(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """At 900 px the row has 57 px too few for the five tabs: Qt scrolled it, Uppföljning
    (or Planering) behind its arrows; now "Sammanfattning och avslutande möte" alone goes
    on two lines, as a meeting's widest tab does (ui/widgets/fitting_tabs.py), nothing cut."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), WIDTH, 700)
    walk = _opened_walk(qtbot, window)
    settle(qtbot)
    bar = walk.tabs.tabBar()
    assert isinstance(bar, FittingTabBar)
    texts = [walk.tabs.tabText(i) for i in range(walk.tabs.count())]
    hidden = [t for i, t in enumerate(texts) if not bar.rect().contains(bar.tabRect(i))]
    assert hidden == []
    shown = [bar.shown_text(i) for i in range(bar.count())]
    assert [text.replace("\n", " ") for text in shown] == texts  # nothing cut nor shortened
    assert [text for text in shown if "\n" in text] == ["Sammanfattning och\navslutande möte"]
    assert all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() for i in range(bar.count()))
