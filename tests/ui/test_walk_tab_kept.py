"""Coming back to a walk returns to the tab the coordinator was working in, from the list or from
another area, for the session: it always opened on the current step's tab. When the walk's step
moved meanwhile, the new step's tab is the one it opens on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_steps
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import gyllenstiernsgatan_2021, tessinparken
from tests.ui.windows import area_of, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def _walks(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, WalksArea]:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    window.navigate("walks")
    return window, area_of(window, "walks", WalksArea)


def _open_from_list(qtbot: QtBot, area: WalksArea, walk_id: int) -> None:
    """Back to the list ("← Alla vandringar"), the walk chosen, Enter."""
    view = area.view
    qtbot.mouseClick(
        view.findChild(type(view.next_button), "backButton"), Qt.MouseButton.LeftButton
    )
    assert area.stack.currentWidget() is area.tabs
    page = area.walks_page
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))  # every year
    settle(qtbot)
    page.select_id(walk_id)
    chosen = page.current_row()
    assert chosen is not None and chosen.id == walk_id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is view)
    assert view.walk is not None and view.walk.id == walk_id


def test_a_walk_opened_again_is_on_the_tab_it_was_left_on(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held, other = tessinparken(demo_ctx), gyllenstiernsgatan_2021(demo_ctx)
    window, area = _walks(qtbot, demo_ctx)
    view = area.view
    window.navigate("walks", held)
    assert view.tabs.currentWidget() is view.followup_tab  # its step's tab, the first time
    click_tab(qtbot, view.tabs, view.observations_tab)

    _open_from_list(qtbot, area, other)
    click_tab(qtbot, view.tabs, view.checklist_tab)
    _open_from_list(qtbot, area, held)
    assert view.tabs.currentWidget() is view.observations_tab

    # To Åtgärder and back to the other walk, as an action's "Ursprung" link opens it.
    window.navigate("actions")
    window.navigate("walks", other)
    assert view.tabs.currentWidget() is view.checklist_tab


def test_a_walk_whose_step_moved_meanwhile_opens_on_the_new_step(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    held, other = tessinparken(demo_ctx), gyllenstiernsgatan_2021(demo_ctx)
    window, area = _walks(qtbot, demo_ctx)
    view = area.view
    window.navigate("walks", held)
    click_tab(qtbot, view.tabs, view.observations_tab)
    _open_from_list(qtbot, area, other)

    # Another desk takes the closing meeting back: the walk is on "3 Registrera" again.
    demo_ctx.call(walk_steps.step_back, held)
    demo_ctx.bus.announce("walks")
    _open_from_list(qtbot, area, held)
    assert view.tabs.currentWidget() is view.checklist_tab
