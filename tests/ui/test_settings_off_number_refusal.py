"""The function-test interval's refusal beside its field names the range the setting has, 0 for
no requirement included, as the command line does ("0–365 (0 för inget krav)"): it said "Ange
1–365 dagar (inte 400)", as if 0 (shown "inget krav") could not be typed, which it can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import settings
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from tests.ui.conftest import ModalDriver
from tests.ui.openers import in_settings
from tests.ui.windows import keep_shot, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def _type(qtbot: QtBot, spin: QSpinBox, typed: str) -> None:
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, typed)


def test_the_refusal_names_0_as_no_requirement_and_0_is_saved(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    seen: dict[str, object] = {}

    def type_400_then_0(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        spin = dialog.editors[TEST_INTERVAL_SETTING]
        assert isinstance(spin, QSpinBox)
        _type(qtbot, spin, "400")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        qtbot.wait(50)
        keep_shot(dialog, "settings-test-interval-400")
        seen["refused"] = (
            dialog.isVisible(),
            spin.text(),
            dialog.error_text(TEST_INTERVAL_SETTING),
        )
        _type(qtbot, spin, "0")
        seen["zero"] = spin.text()
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        seen["saved"] = not dialog.isVisible()

    in_settings(qtbot, window, modals, type_400_then_0)
    assert seen == {
        "refused": (True, "400 dagar", "Ange 0–365 dagar, 0 för inget krav (inte 400)."),
        "zero": "0 dagar",  # "inget krav" once it is left
        "saved": True,
    }
    assert ctx.call(settings.get_int, TEST_INTERVAL_SETTING) == 0
