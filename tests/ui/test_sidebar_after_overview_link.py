"""After an Overview card's link has filtered an area to the card's list ("Öppna i Åtgärder…":
the overdue actions alone), choosing the area in the sidebar shows its own view again, as
Kalender goes back to the calendar from a meeting opened elsewhere: Åtgärder kept showing
"Försenade åtgärder", Larm "Dags att testa" ticked, for good. Filters the user changed after
the link are theirs and stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, click_sidebar
from tests.ui.openers import area_in_window, overview_card
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_atgarder_from_the_sidebar_after_the_overdue_link_shows_the_open_actions(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    assert area.show_filter.currentText() == "Öppna åtgärder"
    card = overview_card(qtbot, window, "actions_overdue")
    click_button(qtbot, card, "Öppna i Åtgärder…")
    settle(qtbot)
    assert area.show_filter.currentText() == "Försenade åtgärder"
    overdue = area.model.rowCount()
    click_sidebar(qtbot, window, "overview")
    click_sidebar(qtbot, window, "actions")
    settle(qtbot)
    assert window.current_area_key() == "actions"
    assert area.show_filter.currentText() == "Öppna åtgärder"
    assert area.model.rowCount() > overdue


def test_larm_from_the_sidebar_after_the_test_link_shows_every_unit(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    page = area.units_page
    every = page.table.model().rowCount()
    card = overview_card(qtbot, window, "alarm_tests")
    click_button(qtbot, card, "Öppna i Larm…")
    settle(qtbot)
    assert page.test_due_check.isChecked()
    assert page.table.model().rowCount() < every
    click_sidebar(qtbot, window, "alarms")  # shown already: chosen again
    settle(qtbot)
    assert not page.test_due_check.isChecked()
    assert page.table.model().rowCount() == every


def test_filters_changed_after_the_link_stay_when_the_area_is_chosen_again(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    page = area.units_page
    card = overview_card(qtbot, window, "alarm_tests")
    click_button(qtbot, card, "Öppna i Larm…")
    settle(qtbot)
    qtbot.mouseClick(page.overdue_check, Qt.MouseButton.LeftButton)  # the user's own
    settle(qtbot)
    assert page.overdue_check.isChecked() and page.test_due_check.isChecked()
    click_sidebar(qtbot, window, "overview")
    click_sidebar(qtbot, window, "alarms")
    settle(qtbot)
    assert page.overdue_check.isChecked() and page.test_due_check.isChecked()
