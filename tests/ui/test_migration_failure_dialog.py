"""At start, a crashed upgrade of the database is a dialog titled so, naming the backup taken
before it; the database's own words wait behind "Detaljer", not in the message. It was "Databasen
är skadad", offering to restore a backup over a sound file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from samverkan_desktop.db import open_database
from tests.core.migration_crash import crash_upgrades, one_version_back
from tests.ui.conftest import ModalDriver
from tests.ui.windows import keep_shot
from ui.app import open_or_explain


def test_a_crashed_upgrade_is_told_with_its_backup_and_details(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    db = open_database(sqlite_url)
    one_version_back(db)
    db.dispose()
    crash_upgrades(monkeypatch)
    shown: list[tuple[str, str, str]] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        qtbot.wait(50)
        keep_shot(box, "migration-failed")
        shown.append((box.windowTitle(), box.text(), box.detailedText()))
        (ok,) = [b for b in box.buttons() if b.text() == "OK"]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    modals.answer(read_and_close)
    assert open_or_explain(sqlite_url) is None
    modals.check()
    (taken,) = backup.list_backups(path)
    ((title, text, details),) = shown
    assert title == "Uppgraderingen av databasen misslyckades"
    assert text.startswith(f"Uppgraderingen av databasen {path.resolve()} ")
    assert str(taken.path) in text
    assert "skadad" not in text and "IntegrityError" not in text
    assert "IntegrityError" in details
