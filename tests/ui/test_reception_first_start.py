"""A reception desk started on an empty database (the coordinator has not begun yet) is not
offered the example district: the welcome's default button, Enter, filled the district's real,
shared register with the invented Östermalm, its units and staff. The coordinator's window
still offers it (tests/ui/test_shell.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.empty import is_empty
from tests.ui.windows import run_app
from ui.first_start import FirstStartDialog
from ui.reception.window import ReceptionWindow


@pytest.mark.usefixtures("app_settings")
def test_a_reception_desk_on_an_empty_database_offers_no_example(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'samverkan.sqlite3'}"
    open_database(url).dispose()  # new and empty, as the coordinator's first start left it
    offered: list[str] = []

    def close_welcome() -> None:  # were it asked: said, and closed (the test must not hang)
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstStartDialog):
            offered.append(dialog.windowTitle())
            dialog.reject()

    watch = QTimer()
    watch.timeout.connect(close_welcome)
    watch.start(20)
    seen: list[str] = []
    try:
        argv = ["main.py", "--db", url, "--reception"]
        assert (
            run_app(monkeypatch, argv, ReceptionWindow, lambda w: seen.append(w.prompt.text())) == 0
        )
    finally:
        watch.stop()
    assert offered == []
    assert seen == [
        "Inga larm är registrerade ännu. Samordnaren lägger in dem i fönstret under "
        "Larm → ”Nytt larm” (F11 lämnar receptionsläget)."
    ]
    database = open_database(url)
    try:
        assert database.call(is_empty)
    finally:
        database.dispose()
