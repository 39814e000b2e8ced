"""A walk's Planering: the participants' "Ta bort" stands on the line of "Lägg till person…" and
"Lägg till organisation…", inside the list's width (it fell alone onto a second line), while
the route's five buttons keep their one line ("Flytta upp" and "Flytta ned" now ↑ and ↓, their
words in a tooltip, as in the program's other ordered lists). Delete in the participants removes
the one chosen there, asking first as the route's Delete and a group's members do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.list_choice import click_item, item_texts
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
    assert tab.remove_person_button.text() == "Ta bort…"  # it asks first
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


def test_delete_in_the_participants_asks_then_removes_the_one_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """One Delete took a named person off the walk with no question and nothing to undo; the
    route's stop, an exercise's participant and a group's member are asked about first."""
    tab = _plan_tab(qtbot, demo_ctx, 1024, 768)
    shown = item_texts(tab.people)
    row = next(i for i, text in enumerate(shown) if text.startswith("Oskar Lund,"))
    click_item(qtbot, tab.people, row)
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            assert box.defaultButton().text() == "Avbryt"  # the safe choice
            click_button(qtbot, box, button)

        return handler

    modals.answer(answer("Avbryt"))
    qtbot.keyClick(tab.people, Qt.Key.Key_Delete)
    settle(qtbot)
    modals.check()
    assert asked == ["Ta bort ”Oskar Lund” från vandringen?"]
    assert item_texts(tab.people) == shown

    modals.answer(answer("Ta bort"))
    qtbot.mouseClick(tab.remove_person_button, Qt.MouseButton.LeftButton)  # the row's "Ta bort"
    qtbot.waitUntil(lambda: tab.people.count() == len(shown) - 1)
    modals.check()
    assert asked[1:] == ["Ta bort ”Oskar Lund” från vandringen?"]
    assert not any(text.startswith("Oskar Lund,") for text in item_texts(tab.people))
    assert tab.isVisible()  # the walk's own Delete ("Ta bort vandringen…") was not reached
    assert tab.remove_person_button.toolTip().startswith("Ta bort deltagaren från vandringen (")
