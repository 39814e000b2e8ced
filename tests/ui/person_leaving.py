"""Set-up shared by the tests of a person who left, deleted in Kontakter → Personer
(test_contacts_person_left.py, test_member_leaving_undo.py): the Delete key on their row, each
question answered in turn, and the demo's groups found by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from ui.contacts.area import ContactsArea
from ui.context import AppContext


def delete_person(
    qtbot: QtBot, modals: ModalDriver, area: ContactsArea, name: str, *buttons: str
) -> list[str]:
    """Delete ``name`` with the Delete key, answering the questions asked with ``buttons`` in
    turn ("Ta bort ur gruppen", then "Ta bort"); returns the questions' texts."""
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            click_button(qtbot, box, button)

        return press

    modals.answer(*(answer(button) for button in buttons))
    click_row(qtbot, area.people.table, name)
    area.activateWindow()  # the key goes to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area)
    qtbot.keyClick(area.people.table, Qt.Key.Key_Delete)
    modals.check()
    return asked


def group_id(ctx: AppContext, name: str) -> int:
    return next(g.id for g in ctx.call(groups.list_groups) if g.name == name)
