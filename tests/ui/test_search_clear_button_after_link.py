"""An Overview card's link clears the search left typed in its area: the field then shows its
placeholder alone. Before, the clear button ⊗ stayed in the empty field (emptied with its
signals blocked, which Qt's button goes by), a button that did nothing; seen in Åtgärder and
Larm at 1024×768."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.openers import area_in_window, overview_card
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def _clear_button_shown(field: QLineEdit) -> bool:
    return any(button.isVisible() for button in field.findChildren(QToolButton))


def test_the_overdue_actions_link_leaves_no_clear_button_in_the_empty_search(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    type_text(qtbot, area.search, "trafik")  # left typed from an earlier visit
    settle(qtbot)
    assert _clear_button_shown(area.search)
    card = overview_card(qtbot, window, "actions_overdue")
    click_button(qtbot, card, "Öppna i Åtgärder…")
    settle(qtbot)
    assert window.current_area_key() == "actions"
    assert area.search.text() == ""
    assert not _clear_button_shown(area.search)
    type_text(qtbot, area.search, "polis")  # and it comes back with the letters typed
    settle(qtbot)
    assert _clear_button_shown(area.search)


def test_the_units_due_link_leaves_no_clear_button_in_the_empty_search(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    page = area.units_page
    type_text(qtbot, page.search, "Fatima")
    settle(qtbot)
    assert _clear_button_shown(page.search)
    card = overview_card(qtbot, window, "alarm_tests")
    click_button(qtbot, card, "Öppna i Larm…")
    settle(qtbot)
    assert page.search.text() == "" and page.test_due_check.isChecked()
    assert not _clear_button_shown(page.search)
