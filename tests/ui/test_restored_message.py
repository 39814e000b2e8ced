"""The message "Säkerhetskopian är återställd" names the backup restored and the file kept of
what it replaced on lines of their own, with that file's folder whole under them, to copy or
open with "Öppna mappen". Before, the kept file's whole path stood inside the sentence and broke
over two lines at a "/" at 1024×768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import show_window
from ui.backups_dialog import BackupsDialog

Said = tuple[list[str], list[str], bool]
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def _read_then_press(qtbot: QtBot, button: str, said: list[Said]):  # type: ignore[no-untyped-def]
    """Read the message box as its lines show it (text, then what stands under it, and whether
    that can be selected to copy) and press ``button``."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        labels = {label.text(): label for label in box.findChildren(QLabel)}
        under = [labels[box.informativeText()]] if box.informativeText() else []
        said.append(
            (
                wrapped_lines(labels[box.text()]),
                [line for label in under for line in wrapped_lines(label)],
                all(bool(label.textInteractionFlags() & SELECTABLE) for label in under),
            )
        )
        click_button(qtbot, box, button)

    return handler


def _restore_the_selected(
    qtbot: QtBot, modals: ModalDriver, database: Path, button: str
) -> tuple[list[Said], list[bool]]:
    """Arkiv → Säkerhetskopior…, "Återställ den valda…", "Återställ och starta om", and the
    message that follows read and answered with ``button``."""
    restarts: list[bool] = []
    dialog = show_window(
        qtbot, BackupsDialog(database, restart_program=lambda: restarts.append(True)), 760, 440
    )
    said: list[Said] = []
    modals.answer(
        _read_then_press(qtbot, "Återställ och starta om", []),
        _read_then_press(qtbot, button, said),
    )
    click_button(qtbot, dialog, "Återställ den valda…")
    modals.check()
    return said, restarts


def test_the_restored_message_names_the_files_and_shows_their_folder_whole(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = backup.sqlite_path(sqlite_url)
    assert database is not None
    saved = backup.take_backup(database, backup.MANUAL)
    opened: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    said, restarts = _restore_the_selected(qtbot, modals, database, "OK")
    (safety,) = [b.path for b in backup.list_backups(database) if b.reason == backup.RESTORE]
    assert said == [
        (
            [
                "Databasen återställdes från:",
                saved.name,
                "",
                "Det den innehöll innan sparas som:",
                safety.name,
            ],
            [f"Mapp: {safety.parent}"],  # one line, not broken at a "/"
            True,
        )
    ]
    assert opened == [] and restarts == [True]


def test_open_the_folder_in_the_restored_message_opens_the_kept_files_folder(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = backup.sqlite_path(sqlite_url)
    assert database is not None
    backup.take_backup(database, backup.MANUAL)
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", open_url)
    _said, restarts = _restore_the_selected(qtbot, modals, database, "Öppna mappen")
    (safety,) = [b.path for b in backup.list_backups(database) if b.reason == backup.RESTORE]
    assert opened == [str(safety.parent)]
    assert restarts == [True]  # and the program starts again on the restored database
