"""The window opens where it was left when that is a usable window, else at the usual size: a
window once closed tiny (or saved by another kind of screen) no longer opens as a sliver."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import DEFAULT_SIZE, MainWindow


def _saved(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> None:
    window = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.close()  # saves where it was left, as a user's closing does


def test_a_window_closed_tiny_opens_at_the_usual_size(qtbot: QtBot, ctx: AppContext) -> None:
    _saved(qtbot, ctx, 785, 233)
    again = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == DEFAULT_SIZE


def test_a_usable_window_opens_as_it_was_left(qtbot: QtBot, ctx: AppContext) -> None:
    _saved(qtbot, ctx, 760, 560)  # within the offscreen screen (800 x 800)
    again = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)
