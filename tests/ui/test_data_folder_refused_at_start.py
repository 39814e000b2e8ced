"""The window's start without a folder of its own says so in a box, not a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.core.test_data_folder_refused import blocked_home, refusal
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from ui import app as app_module

__all__ = ["blocked_home"]  # the fixture, used here


def test_the_window_says_which_folder_and_ends(
    qtbot: QtBot, blocked_home: Path, modals: ModalDriver
) -> None:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(qtbot, box, "OK")

    modals.answer(read)
    assert app_module.run(["main.py"]) == 1
    modals.check()
    assert seen == [refusal(blocked_home)]
