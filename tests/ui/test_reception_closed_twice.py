"""The reception window closed a second time (closed by the receptionist, then again as the
program ends) lets go of the change bus and the focus signal once: the second close printed
PySide's "Failed to disconnect" warnings, which reached the log of a normal exit."""

from __future__ import annotations

import warnings

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.context import AppContext


def test_a_second_close_says_nothing(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> None:
    window = open_reception(qtbot, ctx, modals)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        window.close()
        # A close event reaching the closed window (the program's exit, the tests' teardown).
        QApplication.sendEvent(window, QCloseEvent())
    assert not [w for w in caught if "disconnect" in str(w.message)], caught
