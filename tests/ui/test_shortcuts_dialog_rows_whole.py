"""Hjälp → Kortkommandon reads every row whole at 1024 × 768 and at 1440 × 900: a long "Vad"
("Ångra ändringen som just gjordes (medan raden under listan erbjuder Ångra)") wraps onto a
second line within its column (rows were cut with "…" at the column's width)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1440, 900)])
def test_the_shortcuts_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, width: int, height: int
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), width, height)
    broken: list[tuple[str, str, int]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        settle(qtbot)
        assert dialog.width() <= width and dialog.height() <= height
        broken.extend(broken_in_cells(dialog.table, ["Var", "Vad", "Tangenter"]))
        dialog.accept()

    modals.answer(read)
    help_menu = menu_of(window, -1)
    next(a for a in help_menu.actions() if a.text() == "&Kortkommandon").trigger()
    modals.check()
    assert broken == []
