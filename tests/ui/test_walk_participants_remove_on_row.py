"""A walk's Planering: the participants' "Ta bort" stands on the line of "Lägg till person…" and
"Lägg till organisation…", inside the list's width (it fell alone onto a second line), while
the route's five buttons keep their one line ("Flytta upp" and "Flytta ned" now ↑ and ↓, their
words in a tooltip, as in the program's other ordered lists). Delete in the participants removes
the one chosen there, as in a group's members."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_route
from tests.ui.clicks import click_tab
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import area_of, keep_shot, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.plan_tab import PlanTab


def _plan_tab(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> PlanTab:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, height)
    window.navigate("walks", tessinparken(ctx))
    view = area_of(window, "walks", WalksArea).view
    click_tab(qtbot, view.tabs, view.plan_tab)
    settle(qtbot)
    keep_shot(view, f"walk-plan-participants-{width}")
    return view.plan_tab


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1440, 900)])
def test_the_participants_remove_button_is_on_their_buttons_line(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    tab = _plan_tab(qtbot, demo_ctx, width, height)
    people = (tab.add_person_button, tab.add_org_button, tab.remove_person_button)
    assert {b.y() for b in people} == {tab.add_person_button.y()}
    assert tab.remove_person_button.text() == "Ta bort"
    assert tab.remove_person_button.geometry().right() <= tab.people.geometry().right()
    route = (
        tab.add_stop_button,
        tab.edit_stop_button,
        tab.up_button,
        tab.down_button,
        tab.remove_stop_button,
    )
    assert {b.y() for b in route} == {tab.add_stop_button.y()}
    assert tab.remove_stop_button.geometry().right() < tab.people.geometry().left()
    assert (tab.up_button.toolTip(), tab.down_button.toolTip()) == ("Flytta upp", "Flytta ned")


def test_delete_in_the_participants_removes_the_one_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    tab = _plan_tab(qtbot, demo_ctx, 1024, 768)
    walk_id = tessinparken(demo_ctx)
    before = demo_ctx.call(walk_route.list_participants, walk_id)
    first = tab.people.item(0)
    qtbot.mouseClick(
        tab.people.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.people.visualItemRect(first).center(),
    )
    chosen = first.text()
    qtbot.keyClick(tab.people, Qt.Key.Key_Delete)
    qtbot.waitUntil(
        lambda: len(demo_ctx.call(walk_route.list_participants, walk_id)) == len(before) - 1
    )
    qtbot.waitUntil(lambda: tab.people.count() == len(before) - 1)
    assert chosen not in [tab.people.item(i).text() for i in range(tab.people.count())]
    assert tab.remove_person_button.toolTip().startswith("Ta bort deltagaren från vandringen (")
