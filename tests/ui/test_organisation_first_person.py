"""An organisation with nobody in the register yet offers "Ny person…" under its empty people
list (as every empty register offers its first record): the form opens with the organisation
chosen, and the person saved is among its people. The list only said that nobody was there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import OrganisationKind
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle, show_window
from ui.contacts.area import ContactsArea
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext

FRIENDS = "Humlegårdens vänner"


def test_the_first_person_of_an_organisation_is_added_from_its_pane(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.call(
        contacts.create_organisation, OrganisationInput(FRIENDS, OrganisationKind.ASSOCIATION)
    )
    area = show_window(qtbot, ContactsArea(demo_ctx), 1024, 700)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    page = area.organisations
    click_row(qtbot, page.table, FRIENDS)
    settle(qtbot)
    pane = page.detail
    assert column_texts(pane.people, "Namn") == []
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        seen["organisation"] = dialog.organisation_combo.currentText()
        type_text(qtbot, dialog.name_edit, "Karin Ström")
        click_button(qtbot, dialog, "Lägg till person")

    modals.answer(fill)
    click_button(qtbot, pane, "Ny person…")
    modals.check()
    settle(qtbot)
    assert seen == {"organisation": FRIENDS}
    assert pane.title.text() == FRIENDS
    assert column_texts(pane.people, "Namn") == ["Karin Ström"]
