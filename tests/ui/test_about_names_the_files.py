"""Hjälp ▸ Om Samverkan names the database and the log file: what support asks first, and the
file an unexpected error's message points to."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import log_file
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu, menu_of
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow


def test_about_names_the_database_and_the_log_file(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    location = "/srv/samverkan/samverkan.sqlite3"
    window = show_window(qtbot, MainWindow(ctx, location), 1024, 768)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.windowTitle() == "Om Samverkan"
        seen.append(box.text())
        click_button(qtbot, box, "OK")

    modals.answer(read)
    choose_in_menu(menu_of(window, -1), "&Om Samverkan")
    modals.check()
    assert seen[0].endswith(f"\n\nDatabas: {location}\nLoggfil: {log_file()}")
