"""Hjälp → Kortkommandon lists every shortcut by where it works, read from the actions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


def _rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return list(
        zip(
            column_texts(table, "Var"),
            column_texts(table, "Vad"),
            column_texts(table, "Tangenter"),
            strict=True,
        )
    )


def test_the_help_menu_lists_every_areas_shortcuts_and_searches_them(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    seen: dict[str, list[tuple[str, str, str]]] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog) and dialog.windowTitle() == "Kortkommandon"
        seen["all"] = _rows(dialog)
        type_text(qtbot, dialog.search, "ctrl+k")
        seen["found"] = _rows(dialog)
        dialog.accept()

    modals.answer(read)
    help_menu = menu_of(window, -1)
    next(a for a in help_menu.actions() if a.text() == "&Kortkommandon").trigger()
    modals.check()
    rows = seen["all"]
    assert ("Överallt", "Avsluta", "Ctrl+Q") in rows
    assert ("Överallt", "Inställningar…", "Ctrl+,") in rows
    assert ("Grupper och möten", "Ny grupp…", "Ctrl+N") in rows  # an area not opened yet
    assert ("Larm", "Låna ut…", "Ctrl+L") in rows
    assert ("Kontakter", "Kopiera raden", "Ctrl+C") in rows
    # Ctrl+Z does the "Ångra" of the line under a list: listed once, with the lists' keys.
    undo = [row for row in rows if row[1].startswith("Ångra ändringen som just gjordes")]
    assert undo == [
        (
            "I listor",
            "Ångra ändringen som just gjordes (medan raden under listan erbjuder Ångra)",
            "Ctrl+Z",
        )
    ]
    # Searching a key finds every place it works: the contacts and the crisis organisation.
    assert sorted(seen["found"]) == [
        ("Kontakter", "Markera kontrollerad i dag", "Ctrl+K"),
        (
            "Kris och övningar",
            "Kontrollera uppgifterna som inte kontrollerats på 6 månader (krisorganisation)",
            "Ctrl+K",
        ),
    ]
