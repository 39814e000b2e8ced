"""A message box answered gives the keyboard back to the list the user was in. After
Kontakter's Excel import the box that reports the rows to look at closed with no window
active (where no window manager hands it back): Ctrl+K on the people list, to go on verifying,
did nothing. Every dialog run once (ui.widgets.one_time_dialog.exec_once) does the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.excel_lists import write_xlsx
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import acknowledge, click_button
from tests.ui.openers import area_in_window
from ui.contacts import list_import
from ui.contacts.area import ContactsArea
from ui.context import AppContext


def test_after_the_imports_message_ctrl_k_on_the_people_list_verifies(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = area.people
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 1)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.waitUntil(table.hasFocus)

    chosen = write_xlsx(tmp_path / "Kontakter 2026.xlsx")
    monkeypatch.setattr(list_import, "choose_list", lambda _parent: chosen)  # the file dialog
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, page, "Importera från Excel")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    modals.check()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    person = page.current_row()
    assert person is not None
    qtbot.keyClick(table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "markerade som kontrollerade" in page.notice.label.text())
    assert page.notice.label.text().startswith(person.name)
