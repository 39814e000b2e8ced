"""Every register's tool bar stands above its search and filters: on Larm → Larm it was above
the search and on Lån, Låntagare, Personer and Organisationer under it, so the same actions
moved between two tabs of one window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.windows import area_of, settle, show_window
from ui.alarms.area import AlarmsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.list_page import ListPage


def _top(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def _toolbar_over_search(qtbot: QtBot, page: ListPage[Any]) -> None:
    settle(qtbot)
    assert page.toolbar.isVisible() and page.search.isVisible()
    toolbar_bottom = _top(page.toolbar, page) + page.toolbar.height()
    assert toolbar_bottom <= _top(page.search, page), type(page).__name__


def test_the_tool_bar_is_above_the_search_on_every_tab(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate("alarms")
    alarms = area_of(window, "alarms", AlarmsArea)
    alarm_pages: list[ListPage[Any]] = [alarms.units_page, alarms.loans_page, alarms.borrowers_page]
    for page in alarm_pages:
        click_tab(qtbot, alarms.tabs, page)
        _toolbar_over_search(qtbot, page)
    window.navigate("contacts")
    contacts = area_of(window, "contacts", ContactsArea)
    contact_pages: list[ListPage[Any]] = [contacts.people, contacts.organisations]
    for page in contact_pages:
        click_tab(qtbot, contacts.tabs, page)
        _toolbar_over_search(qtbot, page)
