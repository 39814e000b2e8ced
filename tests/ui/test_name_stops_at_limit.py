"""A name is typed up to the 200 characters every register's name may have, and no further:
the limit was only told on saving ("Namn får vara högst 200 tecken."), after the whole name
had been typed. The group form and the other forms' name rows stop there alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import cancel_typed
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

LONG = "Arbetsgrupp " + "a" * 240


def test_a_new_groups_name_stops_at_200_characters(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    seen: dict[str, object] = {}

    def type_long_name(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        qtbot.keyClicks(dialog.name_edit, LONG)
        seen["typed"] = dialog.name_edit.text()
        cancel_typed(qtbot, dialog)

    modals.answer(type_long_name)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen["typed"] == LONG[:200]


def test_a_persons_name_stops_at_200_characters_too(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    qtbot.keyClicks(dialog.name_edit, LONG)
    assert dialog.name_edit.text() == LONG[:200]
