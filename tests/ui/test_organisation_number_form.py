"""The organisation form refuses a number that is no organisation number beside its field,
with the other refusals and nothing typed lost; a right one typed without the hyphen is shown
with it. An organisation whose old number was never checked still saves a new phone number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.text_fit import plain
from tests.ui.windows import settle, show_window
from ui.contacts.area import ContactsArea
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def _organisations(qtbot: QtBot, ctx: AppContext) -> ContactsArea:
    area = show_window(qtbot, ContactsArea(ctx), 1024, 700)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    return area


def test_12345_is_refused_beside_the_field_and_a_number_without_hyphen_gets_one(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _organisations(qtbot, demo_ctx)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        type_text(qtbot, dialog.name_edit, "Humlegårdens vänner")
        type_text(qtbot, dialog.number_edit, "12345")
        type_text(qtbot, dialog.phone_edit, "växeln")
        click_button(qtbot, dialog, "Lägg till organisation")
        seen["first"] = (dialog.error_text("org_number"), dialog.error_text("phone"))
        dialog.number_edit.selectAll()
        type_text(qtbot, dialog.number_edit, "8020000151")  # one digit wrong: ...0157 is right
        dialog.phone_edit.selectAll()
        type_text(qtbot, dialog.phone_edit, "08-660 00 00")
        click_button(qtbot, dialog, "Lägg till organisation")
        seen["second"] = dialog.error_text("org_number")
        seen["typed"] = (dialog.name_edit.text(), dialog.number_edit.text())
        dialog.number_edit.selectAll()
        type_text(qtbot, dialog.number_edit, "8020000157")
        click_button(qtbot, dialog, "Lägg till organisation")

    modals.answer(fill)
    qtbot.keyClick(area.organisations.table, Qt.Key.Key_N, CTRL)
    modals.check()
    settle(qtbot)
    assert seen["first"] == (
        "”12345” är inget organisationsnummer; skriv det som 212000-0142.",
        "”växeln” är inte ett telefonnummer.",
    )
    assert str(seen["second"]).startswith("Organisationsnumret ”8020000151” stämmer inte")
    assert seen["typed"] == ("Humlegårdens vänner", "8020000151")
    pane = area.organisations.detail
    assert pane.title.text() == "Humlegårdens vänner"
    assert pane.facts.fact("org_number") == "802000-0157"


def test_an_old_unchecked_number_does_not_stop_a_new_phone_number(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    made = demo_ctx.call(
        contacts.create_organisation, OrganisationInput("Gamla föreningen", org_number=None)
    )
    demo_ctx.call(_write_old_number, made, "12345")
    area = _organisations(qtbot, demo_ctx)
    click_row(qtbot, area.organisations.table, "Gamla föreningen")

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        type_text(qtbot, dialog.phone_edit, "08-123 456")
        click_button(qtbot, dialog, "Spara")

    modals.answer(edit)
    qtbot.keyClick(area.organisations.table, Qt.Key.Key_Return)
    modals.check()
    settle(qtbot)
    pane = area.organisations.detail
    assert (plain(pane.facts.fact("phone")), pane.facts.fact("org_number")) == (
        "08-123 456",
        "12345",
    )


def _write_old_number(session: object, organisation_id: int, number: str) -> None:
    """As a database from before numbers were checked may hold one."""
    from samverkan_desktop.models import Organisation

    session.get(Organisation, organisation_id).org_number = number  # type: ignore[attr-defined]
