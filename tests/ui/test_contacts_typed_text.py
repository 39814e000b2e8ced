"""What a user pastes or types into a person's one-line fields, as the register keeps it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def _new_person(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, fill: object
) -> ContactsArea:
    area = ContactsArea(demo_ctx)
    show_window(qtbot, area)
    modals.answer(fill)  # type: ignore[arg-type]
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    return area


def test_a_name_pasted_with_a_line_break_is_saved_on_one_line(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        QGuiApplication.clipboard().setText("Greta\nÅberg")  # copied from a two-line address
        dialog.name_edit.setFocus()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_V, CTRL)
        click_button(qtbot, dialog, "Lägg till person")

    area = _new_person(qtbot, demo_ctx, modals, fill)
    names = column_texts(area.people.table, "Namn")
    assert "Greta Åberg" in names
    assert not [name for name in names if "\n" in name]


def test_a_title_longer_than_the_register_keeps_is_explained_beside_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(qtbot, dialog.name_edit, "Greta Åberg")
        qtbot.keyClicks(dialog.title_edit, "x" * 201)
        click_button(qtbot, dialog, "Lägg till person")
        seen["error"] = dialog.error_text("title")
        seen["kept"] = len(dialog.title_edit.text())
        seen["open"] = dialog.isVisible()
        cancel_typed(qtbot, dialog)

    area = _new_person(qtbot, demo_ctx, modals, fill)
    assert seen == {"error": "Befattning får vara högst 200 tecken.", "kept": 201, "open": True}
    assert "Greta Åberg" not in column_texts(area.people.table, "Namn")


def test_a_second_person_of_one_name_is_asked_about_before_saving(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    warnings: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            warnings.append(f"{box.text()} | {box.informativeText()}")
            click_button(qtbot, box, button)

        return press

    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    type_text(qtbot, dialog.name_edit, "  anna  berglund ")
    modals.answer(answer("Ändra namnet"))
    click_button(qtbot, dialog, "Lägg till person")
    modals.check()
    assert dialog.isVisible()
    assert dialog.error_text("name") == "Det finns redan en person som heter ”Anna Berglund”."
    assert [row.name for row in demo_ctx.call(contacts.list_people, "Anna Berglund")] == [
        "Anna Berglund"
    ]
    modals.answer(answer("Spara ändå"))
    click_button(qtbot, dialog, "Lägg till person")
    modals.check()
    assert not dialog.isVisible()
    assert [row.name for row in demo_ctx.call(contacts.list_people, "Anna Berglund")] == [
        "Anna Berglund",
        "anna berglund",  # as typed, spaces tidied
    ]
    assert warnings[0].startswith(
        "Det finns redan en person som heter ”Anna Berglund”. Spara en till ändå? | "
        "Anna Berglund – Trygghets- och säkerhetssamordnare"
    )
    assert len(warnings) == 2
