"""Enter in a new record's first field saves the form, as its button says: a newcomer types the
name and presses Enter. Before, Enter in "Ny person" clicked its "I dag" button (the date of the
last check filled in, nothing saved) and in "Ny grupp" its "Överenskommelser…" (the agreements
window opened over the group typed): Qt makes the first button in a form the default when the
form has none registered, and these two were not kept out of that."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts, groups
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.contacts.area import ContactsArea
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog


def test_enter_in_a_new_persons_name_adds_the_person(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # Ctrl+N needs it
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(qtbot, dialog.name_edit, "Greta Åberg")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["still open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.discard()

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen == {"still open": False}
    assert [p.name for p in ctx.call(contacts.list_people)] == ["Greta Åberg"]


def test_enter_in_a_new_groups_name_creates_the_group(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, "Trygghetsrådet")

        def close_another() -> None:  # the agreements window, were it opened: said, closed
            other = QApplication.activeModalWidget()
            if other is not None and other is not dialog:
                seen["opened"] = other.windowTitle()
                other.close()

        QTimer.singleShot(300, dialog, close_another)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        seen["still open"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.discard()

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen == {"still open": False}
    assert [name for _id, name in ctx.call(groups.group_names)] == ["Trygghetsrådet"]
