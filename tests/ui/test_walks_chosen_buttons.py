"""Buttons for a chosen row wait for the choice: 'Ta bort prioritering' beside a place, and the
route's 'Redigera…', 'Flytta upp/ned', 'Ta bort' and the participants' 'Ta bort' were enabled
with nothing chosen and did nothing when clicked. Removing a priority (its reason from the
situation picture goes with it) asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.services import places
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import gyllenstiernsgatan_follow_up
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def _click_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_priority_is_removed_once_chosen_and_after_a_question(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.tabs.setCurrentWidget(area.places_page)
    page = area.places_page
    table = page.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    place = page.current_row()
    assert place is not None and place.name == "Gyllenstiernsgatan"
    pane = page.detail
    assert pane.priorities.count() == 2
    assert not pane.remove.isEnabled()  # which one? none chosen yet

    _click_row(qtbot, pane.priorities, 1)
    assert pane.remove.isEnabled()
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    modals.answer(answer)
    qtbot.mouseClick(pane.remove, Qt.MouseButton.LeftButton)
    modals.check()
    assert asked and asked[0].startswith("Ta bort prioriteringen ”2021: ")
    assert "för Gyllenstiernsgatan?" in asked[0]
    years = [p.year for p in demo_ctx.call(places.get_place, place.id).priorities]
    assert years == [clock.today().year]  # the demo's follow-up priority, this year


def test_route_and_participant_buttons_wait_for_a_choice(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(gyllenstiernsgatan_follow_up(demo_ctx))  # the planned one
    tab = area.view.plan_tab
    stop_buttons = (tab.edit_stop_button, tab.up_button, tab.down_button, tab.remove_stop_button)
    assert tab.stops.count() == 4 and tab.stops.currentItem() is None
    assert not any(button.isEnabled() for button in stop_buttons)
    assert not tab.remove_person_button.isEnabled()
    _click_row(qtbot, tab.stops, 1)
    assert all(button.isEnabled() for button in stop_buttons)
    _click_row(qtbot, tab.people, 0)
    assert tab.remove_person_button.isEnabled()


def test_following_up_an_action_names_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    from ui.walks.observation_dialogs import ActionFollowUpDialog

    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(2)  # Tessinparken: the lighting along the middle path, two actions
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    table = tab.table
    row = next(i for i, r in enumerate(table.rows()) if "belysningsstolpar" in r.description)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.proxy.index(row, 0)).center(),
    )
    assert tab.actions_list.count() == 2
    named: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionFollowUpDialog)
        named.append(dialog.about.text())
        dialog.reject()

    modals.answer(read)
    actions = tab.actions_list
    qtbot.mouseClick(
        actions.viewport(),
        Qt.MouseButton.LeftButton,
        pos=actions.visualItemRect(actions.item(1)).center(),
    )
    qtbot.mouseClick(tab.follow_button, Qt.MouseButton.LeftButton)
    modals.check()
    action = actions.item(1).data(Qt.ItemDataRole.UserRole)
    assert named == [
        "Utreda ny belysning med högre armaturer längs mittstråket — Trafikkontoret, "
        f"klart senast {date_with_week(action.due_on)}"
    ]
