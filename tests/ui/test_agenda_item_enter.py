"""A meeting's agenda by keyboard: Enter on an item opens it (Redigera dagordningspunkt), as a
double-click does and as Enter opens a row in every other list; before, only the mouse did."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.dialogs import AgendaItemDialog


def test_enter_on_an_agenda_item_opens_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    items = editor.agenda_tab.items
    items.setFocus()
    items.setCurrentRow(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is items)
    current = items.currentItem()
    assert current is not None
    chosen = current.text()
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        opened.extend([dialog.windowTitle(), dialog.title_edit.text()])
        dialog.reject()

    modals.answer(look)
    qtbot.keyClick(items, Qt.Key.Key_Return)
    modals.check()
    assert opened[0] == "Redigera dagordningspunkt"
    assert opened[1] and opened[1] in chosen  # the item chosen, not another
