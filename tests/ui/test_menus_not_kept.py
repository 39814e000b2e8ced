"""A right-click menu closed again is gone: each right-click on a list made a menu that stayed,
hidden, under the list for the rest of the session (ui/widgets/one_time_dialog.popup_once)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMenu, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.menus import right_click_menu
from tests.ui.openers import area_in_window, calendar_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea


def _menus() -> int:
    return sum(1 for widget in QApplication.allWidgets() if isinstance(widget, QMenu))


def _right_click_first_row(qtbot: QtBot, table: QTableView) -> list[str]:
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    spot = table.visualRect(table.model().index(0, 0)).center()
    return right_click_menu(qtbot, table.viewport(), spot)


def _groups_list(qtbot: QtBot, ctx: AppContext) -> QTableView:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    return area.page.table


def _calendar_list(qtbot: QtBot, ctx: AppContext) -> QTableView:
    _window, area = calendar_window(qtbot, ctx)
    click_button(qtbot, area.page, "Lista")
    settle(qtbot)
    return area.list_view


@pytest.mark.parametrize(
    ("where", "entry"),
    [(_groups_list, "Redigera…"), (_calendar_list, "Öppna mötet")],
    ids=["Grupper och möten", "Kalender, Lista"],
)
def test_a_right_click_menu_closed_is_not_kept(
    qtbot: QtBot,
    demo_ctx: AppContext,
    where,
    entry: str,  # type: ignore[no-untyped-def]
) -> None:
    table = where(qtbot, demo_ctx)
    before = _menus()
    assert entry in _right_click_first_row(qtbot, table)  # offered, then closed
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _menus() == before  # on main: one more hidden menu for every right-click
