"""A person's or an organisation's form refuses every field it gets wrong at once, each under
its own field: a wrong phone number and a wrong e-mail took two rounds, the e-mail said only
once the phone number had been put right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_person_with_a_wrong_phone_and_e_mail_hears_of_both_at_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, ContactsArea(demo_ctx))
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(qtbot, dialog.name_edit, "Zlatan Qvist")
        type_text(qtbot, dialog.phone_edit, "ring mig")
        type_text(qtbot, dialog.email_edit, "zlatan@")
        click_button(qtbot, dialog, "Lägg till person")
        seen.update({field: dialog.error_text(field) for field in ("phone", "email")})
        cancel_typed(qtbot, dialog)

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert seen == {
        "phone": "”ring mig” är inte ett telefonnummer.",
        "email": "”zlatan@” är inte en e-postadress.",
    }


def test_an_organisation_without_a_name_and_a_wrong_phone_hears_of_both_at_once(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, OrganisationDialog(demo_ctx), 560, 500)
    type_text(qtbot, dialog.phone_edit, "växeln")
    click_button(qtbot, dialog, "Lägg till organisation")
    assert dialog.isVisible()
    assert dialog.error_text("name") == "Namn måste fyllas i."
    assert dialog.error_text("phone") == "”växeln” är inte ett telefonnummer."
