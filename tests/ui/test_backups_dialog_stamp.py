"""Arkiv → Säkerhetskopior… writes when a backup was taken as the clock read then, "14.05": the
stamp in its file name is local time and is not moved as if it were UTC."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.backups_dialog import BackupsDialog


def test_a_summer_backup_shows_the_time_in_its_name(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "samverkan.sqlite3"
    database.write_bytes(b"")
    folder = backup.folder_for(database)
    folder.mkdir(parents=True)
    (folder / "samverkan-2026-07-01_140559-manual.sqlite3").write_bytes(b"")
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    assert column_texts(dialog.table, "Tagen") == ["2026-07-01 14.05"]
    assert column_texts(dialog.table, "Vecka") == ["v. 27"]
