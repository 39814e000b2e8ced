"""The window opens where it was left when that is a usable window, else at the usual size: a
window once closed tiny (or saved by another kind of screen) no longer opens as a sliver."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, wait_exposed
from ui.context import AppContext
from ui.main_window import DEFAULT_SIZE, MainWindow


def _shown(qtbot: QtBot, window: MainWindow) -> tuple[int, int]:
    """The window on the screen, laid out (never narrower than its areas need): its size."""
    qtbot.addWidget(window)
    window.show()
    wait_exposed(qtbot, window)
    settle(qtbot)
    return window.width(), window.height()


def _left_at(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> tuple[int, int]:
    """The window made ``width`` × ``height`` and closed, as a user's closing does (which saves
    where it was left): the size it had on the screen."""
    window = MainWindow(ctx, "test.sqlite3")
    window.resize(width, height)
    left = _shown(qtbot, window)
    window.close()
    return left


def _narrowest(qtbot: QtBot, ctx: AppContext) -> int:
    """How narrow the Overview lets the window get today (its heading names the weekday and
    the date: about 785 px on "tisdag 1 december", 798 on "onsdag 2 december")."""
    return _left_at(qtbot, ctx, 1, 560)[0]


def test_a_window_closed_tiny_opens_at_the_usual_size(qtbot: QtBot, ctx: AppContext) -> None:
    narrowest = _narrowest(qtbot, ctx)
    assert _left_at(qtbot, ctx, narrowest, 233) == (narrowest, 233)
    assert _shown(qtbot, MainWindow(ctx, "test.sqlite3")) == DEFAULT_SIZE


def test_a_usable_window_opens_as_it_was_left(qtbot: QtBot, ctx: AppContext) -> None:
    # The Overview keeps the window some 790 px wide at least; the offscreen screen is 800 x 800.
    width = _narrowest(qtbot, ctx)
    assert _left_at(qtbot, ctx, width, 560) == (width, 560)
    assert _shown(qtbot, MainWindow(ctx, "test.sqlite3")) == (width, 560)
