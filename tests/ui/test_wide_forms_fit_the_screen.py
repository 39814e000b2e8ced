"""The widest forms open within the screen: at 1024 × 768 "Ny grupp" (1100 px) opened with its
"Ny person…" buttons and "Avbryt" off the screen's right edge, "Ny övning" (1060 px) with its
scenario cut (seen under Xvfb). Their first size is now at most the screen's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog


def test_a_new_group_opens_within_the_screen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, int] = {}  # how much wider than the screen

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        screen = dialog.screen().availableGeometry()
        seen["width"] = dialog.width() - screen.width()
        dialog.discard()

    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen["width"] <= 0, seen  # was 1100 px on the test's 800 px screen: 300
