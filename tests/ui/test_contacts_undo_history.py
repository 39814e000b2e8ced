"""An organisation deleted and brought back with Ctrl+Z keeps its History: Historik after the
undo lists the earlier change, the deletion and the restore (it began at the undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.test_undo_key import _ctrl_z as ctrl_z
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.widgets.history import HistoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def test_history_after_undo_lists_the_earlier_change(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    org = ctx.call(contacts.create_organisation, OrganisationInput("Humlegårdens vänner"))
    ctx.call(
        contacts.update_organisation,
        org,
        OrganisationInput("Humlegårdens vänner", phone="08-660 00 00"),
    )
    area = show_window(qtbot, ContactsArea(ctx))
    area.refresh()
    area.tabs.setCurrentWidget(area.organisations)
    page = area.organisations

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click_button(qtbot, box, "Ta bort")

    modals.answer(agree)
    click_row(qtbot, page.table, "Humlegårdens vänner")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    modals.check()
    assert "Humlegårdens vänner" not in column_texts(page.table, "Namn")
    page.table.setFocus()
    ctrl_z(qtbot, area)
    row = page.current_row()
    assert row is not None and row.name == "Humlegårdens vänner"

    seen: dict[str, object] = {}

    def read_history(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.entries.model()
        seen["entries"] = [model.index(r, 2).data() for r in range(model.rowCount())]
        for _step in range(2):  # down to the change made before the deletion
            qtbot.keyClick(dialog.entries, Qt.Key.Key_Down)
        seen["fields"] = dialog.field_texts()
        click_button(qtbot, dialog, "Stäng")

    modals.answer(read_history)
    qtbot.waitUntil(page.history_action.isEnabled)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL)
    modals.check()
    assert seen["entries"] == ["Återställd", "Borttagen", "Ändrad", "Skapad"]  # newest first
    assert seen["fields"] == [("Telefon", "", "08-660 00 00")]
