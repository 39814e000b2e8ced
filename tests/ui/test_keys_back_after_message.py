"""A message box or file dialog answered gives the keyboard back to the list the user was in.
After Kontakter's Excel import the box that reports the rows to look at closed with no window
active (where no window manager hands it back): Ctrl+K on the people list, to go on verifying,
did nothing. The same after the file dialog of "Importera från Excel" was cancelled: Qt's
static file dialogs bypassed ui.widgets.one_time_dialog.exec_once, ui.widgets.file_dialogs
does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.excel_lists import write_xlsx
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.contacts import list_import
from ui.contacts.area import ContactsArea
from ui.contacts.people_page import PeoplePage
from ui.context import AppContext


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> PeoplePage:
    """Kontakter's people list in its window, its first row clicked."""
    window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = area.people.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 1)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.waitUntil(table.hasFocus)
    return area.people


def ctrl_k_verifies(qtbot: QtBot, page: PeoplePage) -> None:
    table = page.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    person = page.current_row()
    assert person is not None
    qtbot.keyClick(table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "markerade som kontrollerade" in page.notice.label.text())
    assert page.notice.label.text().startswith(person.name)


def test_after_the_imports_message_ctrl_k_on_the_people_list_verifies(
    qtbot: QtBot,
    page: PeoplePage,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = write_xlsx(tmp_path / "Kontakter 2026.xlsx")
    monkeypatch.setattr(list_import, "choose_list", lambda _parent: chosen)  # the file dialog
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, page, "Importera från Excel…")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    modals.check()
    ctrl_k_verifies(qtbot, page)


def test_after_the_file_dialog_is_cancelled_ctrl_k_on_the_people_list_verifies(
    qtbot: QtBot, page: PeoplePage, modals: ModalDriver
) -> None:
    titles: list[str] = []

    def cancel(dialog: QWidget) -> None:  # the dialog itself, shown: Esc as a user leaves it
        assert isinstance(dialog, QFileDialog)
        titles.append(dialog.windowTitle())
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    modals.answer(cancel)
    click_button(qtbot, page, "Importera från Excel…")
    qtbot.waitUntil(lambda: titles == ["Importera en kontaktlista"])
    modals.check()
    ctrl_k_verifies(qtbot, page)
