"""What a user pastes or types into a person's one-line fields, as the register keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import cancel_typed, click_button, column_texts, show_window, type_text
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
