"""The window fits a laptop at 125 % scaling (1366 px / 1.25 ≈ 1090 px): no area may force it
wider. The sidebar takes 210 px; each area must make do with what is left, wrapping its
buttons and filters rather than cutting them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import area_of, show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

NARROWEST_AREA = 800  # px of content beside the sidebar


def _window(qtbot: QtBot, ctx: AppContext, key: str) -> MainWindow:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1100, 700)
    window.navigate(key)
    return window


def test_the_crisis_area_and_each_of_its_tabs_fit(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = area_of(_window(qtbot, demo_ctx, "crisis"), "crisis", CrisisArea)
    for index in range(area.tabs.count()):  # the organisation's two button rows wrap
        area.tabs.setCurrentIndex(index)
        page = area.tabs.widget(index)
        assert page is not None and page.minimumSizeHint().width() <= NARROWEST_AREA
    assert area.minimumSizeHint().width() <= NARROWEST_AREA


def test_the_actions_area_fits(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _window(qtbot, demo_ctx, "actions").area("actions")  # its filters on two lines
    assert area.minimumSizeHint().width() <= NARROWEST_AREA


def test_the_walks_list_and_an_open_walk_fit(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from samverkan_desktop.services import walk_reading

    area = area_of(_window(qtbot, demo_ctx, "walks"), "walks", WalksArea)
    assert area.minimumSizeHint().width() <= NARROWEST_AREA  # a long place name is elided
    area.open_walk(demo_ctx.call(walk_reading.list_walks)[0].id)  # its title and button rows wrap
    assert area.minimumSizeHint().width() <= NARROWEST_AREA


LAPTOP_WIDTH = 1090  # 1366 px at 125 % scaling, less the window's frame


def test_the_whole_window_fits_a_laptop_whatever_was_opened(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Each area, and a record opened in those that open one, may not push the window wider:
    the window is as wide as its widest page ever was."""
    from samverkan_desktop.services import crisis_nav, exercise_reading, walk_reading

    window = _window(qtbot, demo_ctx, "overview")
    for key in window.area_keys():
        window.navigate(key)
    area_of(window, "walks", WalksArea).open_walk(demo_ctx.call(walk_reading.list_walks)[0].id)
    exercise = demo_ctx.call(exercise_reading.list_exercises)[0]
    window.area("crisis").show_record(crisis_nav.exercise_record(exercise.id))
    widest = {key: window.area(key).minimumSizeHint().width() for key in window.area_keys()}
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, widest
