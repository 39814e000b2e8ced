"""A meeting's agenda by keyboard: Enter on an item opens it (Redigera dagordningspunkt), as a
double-click does and as Enter opens a row in every other list; Delete asks to remove it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
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


def test_delete_on_an_agenda_item_asks_to_remove_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Delete in the agenda asks to remove the item chosen, as "Ta bort…" does (and as Delete
    removes a member in a group's members); "Avbryt" keeps it."""
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    items = editor.agenda_tab.items
    items.setFocus()
    items.setCurrentRow(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is items)
    count = items.count()
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.extend([box.windowTitle(), box.text()])
        click_button(qtbot, box, "Avbryt")

    modals.answer(cancel)
    qtbot.keyClick(items, Qt.Key.Key_Delete)
    modals.check()
    title = editor.agenda_tab.current_item()
    assert title is not None
    assert asked == ["Ta bort dagordningspunkt", f"Ta bort ”{title.title}” från dagordningen?"]
    assert items.count() == count
