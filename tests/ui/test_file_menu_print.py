"""Arkiv → Skriv ut… prints the shown area's main printout, the entry of its "Skriv ut ▾" that
its Ctrl+P prints (named beside the entry); greyed, saying why, where there is nothing to print.
Before, the menu bar had no printing: each area printed from its own "Skriv ut ▾" alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_sidebar
from tests.ui.menus import menu_of
from tests.ui.openers import area_in_window
from tests.ui.windows import settle, wait_for_preview
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _print_entry(qtbot: QtBot, window: MainWindow) -> QAction:
    """Arkiv opened by a click on the menu bar: its "Skriv ut…" entry as the menu shows it."""
    bar = window.menuBar()
    file_menu = menu_of(window, 0)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    entry = next(a for a in file_menu.actions() if a.text().startswith("Skriv &ut…"))
    file_menu.close()
    return entry


def test_arkiv_prints_the_action_list_in_atgarder(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    settle(qtbot)
    entry = _print_entry(qtbot, window)
    assert entry.isEnabled()
    assert entry.text().split("\t")[1] == "Ctrl+P"  # the key that prints the same
    assert entry.toolTip() == "Åtgärdslista…"
    entry.trigger()
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle().startswith("Åtgärd"), preview.windowTitle()
    preview.close()


def test_arkiv_print_is_greyed_where_there_is_nothing_to_print(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    click_sidebar(qtbot, window, "contacts")
    settle(qtbot)
    entry = _print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Kontakter har inget att skriva ut."
    click_sidebar(qtbot, window, "groups")  # no group chosen: no member list yet
    settle(qtbot)
    entry = _print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == "Välj en grupp för att skriva ut dess medlemslista."


def test_arkiv_print_in_kris_says_where_its_tabs_print(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1024, 768)
    click_sidebar(qtbot, window, "crisis")
    settle(qtbot)
    entry = _print_entry(qtbot, window)
    assert not entry.isEnabled()
    assert entry.toolTip() == (
        "Kris och övningar skriver ut från sina flikar: kontaktlistan under Krisorganisation, "
        "övningsplanen under Övningar."
    )
