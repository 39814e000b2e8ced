"""A person just added is checked today (the coordinator typed the details): not "aldrig" in
red in the people list, nor on the Overview's card of contacts to verify."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, overview_card
from tests.ui.tables import row_texts
from ui.contacts.area import ContactsArea
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR


def test_a_person_added_today_is_verified_today(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(qtbot, dialog.name_edit, "Greta Åberg")
        click_button(qtbot, dialog, "Lägg till person")

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    today = clock.today().isoformat()
    assert row_texts(area.people.table, "Greta Åberg")["Kontrollerad"] == today
    table = area.people.table
    index = table.model().index(0, list(row_texts(table, "Greta Åberg")).index("Kontrollerad"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) != WARNING_COLOUR
    assert not overview_card(qtbot, window, "contacts_to_verify").section.items
