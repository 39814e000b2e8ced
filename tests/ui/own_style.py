"""The program started as a user starts it, in its own style (ui.fonts.RoomyStyle and the app's
style sheet, installed by ``ui.app.run``: labels taller than in Qt's plain style the other UI
tests run in), its window at a given size: for what must fit on a laptop's screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import answer_initials, run_app, settle
from ui.fonts import RoomyStyle
from ui.main_window import MainWindow
from ui.reception.window import ReceptionWindow


def look_at_size(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    size: tuple[int, int],
    look: Callable[[MainWindow], None],
) -> None:
    """``main.py --db url``, its window ``size`` (the window's inside, as on the screen), then
    ``look`` at it. Needs the ``app_settings`` fixture (the program's settings of the test)."""

    def at_size(window: MainWindow) -> None:
        assert isinstance(QApplication.style(), RoomyStyle)  # the style users see
        window.showNormal()
        window.resize(*size)
        settle(qtbot)
        look(window)

    assert run_app(monkeypatch, ["main.py", "--db", url], MainWindow, at_size) == 0


def look_at_reception(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
    url: str,
    size: tuple[int, int],
    look: Callable[[ReceptionWindow], None],
) -> None:
    """``main.py --db url --reception``, "who is at the desk?" answered (NH), the window
    ``size``, then ``look`` at it. Needs the ``app_settings`` fixture."""

    def at_size(desk: ReceptionWindow) -> None:
        assert isinstance(QApplication.style(), RoomyStyle)  # the style users see
        qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)
        desk.showNormal()
        desk.resize(*size)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        look(desk)

    modals.answer(answer_initials(qtbot, "NH"))
    argv = ["main.py", "--db", url, "--reception"]
    assert run_app(monkeypatch, argv, ReceptionWindow, at_size) == 0
    modals.check()
