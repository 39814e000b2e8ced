"""The program started as a user starts it, in its own style (ui.fonts.RoomyStyle and the app's
style sheet, installed by ``ui.app.run``: labels taller than in Qt's plain style the other UI
tests run in), its window at a given size: for what must fit on a laptop's screen. A test asks
for the fixture ``look_at_demo`` (``look_at_demo_desk`` for the reception) and calls it with the
size and its look."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_initials
from tests.ui.windows import run_app, settle
from ui.fonts import RoomyStyle
from ui.main_window import MainWindow
from ui.reception.window import ReceptionWindow

if TYPE_CHECKING:  # tests/ui/conftest.py imports this module for its fixtures
    from tests.ui.conftest import ModalDriver

T = TypeVar("T")
W_co = TypeVar("W_co", MainWindow, ReceptionWindow, covariant=True)


class LookAt(Protocol[W_co]):
    """The ``look_at_demo`` fixtures: the program started on the test's copy of the example
    district (``sqlite_url``), its window ``size``, then ``look``; returns what ``look`` saw."""

    def __call__(self, size: tuple[int, int], look: Callable[[W_co], T]) -> T: ...


def look_at_size(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    size: tuple[int, int],
    look: Callable[[MainWindow], T],
) -> T:
    """``main.py --db url``, its window ``size`` (the window's inside, as on the screen), then
    ``look`` at it; returns what ``look`` returns (read once the window is gone). Needs the
    ``app_settings`` fixture (the program's settings of the test)."""
    seen: list[T] = []

    def at_size(window: MainWindow) -> None:
        assert isinstance(QApplication.style(), RoomyStyle)  # the style users see
        window.showNormal()
        window.resize(*size)
        settle(qtbot)
        seen.append(look(window))

    assert run_app(monkeypatch, ["main.py", "--db", url], MainWindow, at_size) == 0
    return seen[0]


def look_at_reception(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
    url: str,
    size: tuple[int, int],
    look: Callable[[ReceptionWindow], T],
) -> T:
    """``main.py --db url --reception``, "who is at the desk?" answered (NH), the window
    ``size``, then ``look`` at it; returns what ``look`` returns. Needs the ``app_settings``
    fixture."""
    seen: list[T] = []

    def at_size(desk: ReceptionWindow) -> None:
        assert isinstance(QApplication.style(), RoomyStyle)  # the style users see
        qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)
        desk.showNormal()
        desk.resize(*size)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        seen.append(look(desk))

    modals.answer(answer_initials(qtbot, "NH"))
    argv = ["main.py", "--db", url, "--reception"]
    assert run_app(monkeypatch, argv, ReceptionWindow, at_size) == 0
    modals.check()
    return seen[0]


@pytest.fixture
def look_at_demo(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_url: str,
    app_settings: object,  # the settings the program keeps: a file of the test's own
) -> LookAt[MainWindow]:
    """``look_at_size`` on today's example district, copied to ``sqlite_url`` before the test
    starts (``demo_url``: a test asking for ``sqlite_url`` too can add to it first). Every call
    starts the program again on the same database."""

    def look_at(size: tuple[int, int], look: Callable[[MainWindow], T]) -> T:
        return look_at_size(qtbot, monkeypatch, demo_url, size, look)

    return look_at


@pytest.fixture
def look_at_demo_desk(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
    demo_url: str,
    app_settings: object,
) -> LookAt[ReceptionWindow]:
    """``look_at_reception`` on today's example district, as ``look_at_demo``."""

    def look_at(size: tuple[int, int], look: Callable[[ReceptionWindow], T]) -> T:
        return look_at_reception(qtbot, monkeypatch, modals, demo_url, size, look)

    return look_at
