"""Once the coordinator chose "Börja med en tom databas" the welcome does not come back for that
database: it came back at every start until something was entered in the window. Closed
without an answer it is asked again; a database begun anew (Arkiv → Börja om med en tom
databas…) asks again, which is how the example district stays reachable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.empty import is_empty
from tests.ui.conftest import ModalDriver
from tests.ui.windows import run_app
from ui.first_start import FirstStartDialog
from ui.main_window import MainWindow

WELCOME = "Välkommen till Samverkan"


def _start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, url: str, modals: ModalDriver
) -> list[str]:
    """Start the program on ``url`` (its dialogs answered by ``modals``): the welcome's title
    when it was shown, then "window"."""
    asked = len(modals.seen)
    did: list[str] = []

    def look(window: MainWindow) -> None:
        did.append("window")
        # A database the example is no longer offered on starts from the kept Overview, as
        # any other: the database opens right after the first paint.
        qtbot.waitUntil(lambda: getattr(window.ctx.db, "is_open", True), timeout=20_000)

    assert run_app(monkeypatch, ["main.py", "--db", url], MainWindow, look) == 0
    modals.check()
    return [seen.split(":")[0] for seen in modals.seen[asked:]] + did


def _choose(qtbot: QtBot, answer: str) -> Callable[[QWidget], None]:
    """The welcome answered: "empty" (its button clicked) or "close" (Esc, no answer)."""

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        if answer == "empty":
            qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    return choose


@pytest.mark.usefixtures("app_settings")
def test_started_empty_the_welcome_does_not_come_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modals: ModalDriver
) -> None:
    url = f"sqlite:///{tmp_path / 'samverkan.sqlite3'}"
    modals.answer(_choose(qtbot, "close"))
    assert _start(qtbot, monkeypatch, url, modals) == [WELCOME, "window"]
    modals.answer(_choose(qtbot, "empty"))  # closed unanswered: asked again
    assert _start(qtbot, monkeypatch, url, modals) == [WELCOME, "window"]
    assert _start(qtbot, monkeypatch, url, modals) == ["window"]  # "Börja med en tom databas" kept
    database = open_database(url)
    try:
        assert database.call(is_empty)  # nothing entered: the choice alone is kept
    finally:
        database.dispose()
    # A new database (as after Arkiv → Börja om med en tom databas…) is asked again.
    modals.answer(_choose(qtbot, "empty"))
    assert _start(qtbot, monkeypatch, f"sqlite:///{tmp_path / 'new.sqlite3'}", modals) == [
        WELCOME,
        "window",
    ]
