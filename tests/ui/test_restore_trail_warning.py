"""A restore the backup's audit trail could not note is said in the window's own message
"Säkerhetskopian är återställd", the one the coordinator reads before the program starts
again, under a warning's icon (before, the window only logged it), the database's path on a
line of its own, whole and selectable (inside the sentence it broke at a "/")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from samverkan_desktop.errors import DatabaseCorruptError
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.path_lines import path_on_its_own_line
from tests.ui.windows import show_window
from ui.backups import recover_damaged
from ui.backups_dialog import BackupsDialog

NOT_NOTED = "Men återställningen kunde inte skrivas in i ändringsloggen (read only) för databasen:"


def _backup_refusing_trail(url: str) -> tuple[Path, Path]:
    """The database at ``url`` and a backup of it whose audit trail refuses every new row (the
    restore's entry included)."""
    database = backup.sqlite_path(url)
    assert database is not None
    saved = backup.take_backup(database, backup.MANUAL)
    with sqlite3.connect(saved) as conn:
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'read only'); END"
        )
    conn.close()
    return database, saved


def _press(
    text: str, read: list[QMessageBox], path: Path | None = None, whole: list[bool] | None = None
):  # type: ignore[no-untyped-def]
    """``whole``: whether the box shows ``path`` whole on a line of its own."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        read.append(box)
        if path is not None and whole is not None:
            whole.append(path_on_its_own_line(box, path))
        (button,) = [b for b in box.buttons() if b.text().replace("&", "").startswith(text)]
        button.click()

    return handler


def _said(box: QMessageBox) -> tuple[str, str, QMessageBox.Icon]:
    return box.windowTitle(), box.text(), box.icon()


def test_the_restored_message_says_the_trail_could_not_note_it(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    database, saved = _backup_refusing_trail(sqlite_url)
    restarts: list[bool] = []
    dialog = show_window(
        qtbot, BackupsDialog(database, restart_program=lambda: restarts.append(True)), 760, 440
    )
    read: list[QMessageBox] = []
    whole: list[bool] = []
    modals.answer(_press("Återställ och starta om", []), _press("OK", read, database, whole))
    click_button(qtbot, dialog, "Återställ den valda…")
    modals.check()
    (safety,) = [b.path for b in backup.list_backups(database) if b.reason == backup.RESTORE]
    assert [_said(box) for box in read] == [
        (
            "Säkerhetskopian är återställd",
            f"Databasen återställdes från:\n{saved.name}\n\n"
            f"Det den innehöll innan sparas som:\n{safety.name}\n\n"
            f"{NOT_NOTED}\n{database}",
            QMessageBox.Icon.Warning,
        )
    ]
    assert whole == [True]
    assert restarts == [True]  # restored all the same, and started again


def test_a_damaged_database_restored_at_start_says_it_too(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    database, saved = _backup_refusing_trail(sqlite_url)
    read: list[QMessageBox] = []
    whole: list[bool] = []
    modals.answer(
        _press("Återställ senaste säkerhetskopian", []), _press("OK", read, database, whole)
    )
    db = recover_damaged(sqlite_url, DatabaseCorruptError("Databasen är skadad."))
    modals.check()
    assert db is not None
    db.dispose()
    [(title, text, icon)] = [_said(box) for box in read]
    assert (title, icon) == ("Säkerhetskopian är återställd", QMessageBox.Icon.Warning)
    assert text.startswith(f"Databasen återställdes från säkerhetskopian:\n{saved.name}\n\n")
    assert text.endswith(f"\n\n{NOT_NOTED}\n{database}")
    assert whole == [True]
