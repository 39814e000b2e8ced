"""Arkiv → Säkerhetskopior…: the backups an earlier version left in the shared folder (``backups``
beside the database, before each database had a folder of its own there) are listed with their
day like the others, marked "(äldre mapp)", the older folder is named under the database's own,
and "Öppna äldre mappen" opens it ("Öppna mappen" opens the database's own only)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.clicks import click_button
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, show_window
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext


def test_backups_in_the_older_folder_are_listed_marked_and_their_folder_opens(
    qtbot: QtBot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(ctx.db.url)
    assert database is not None
    taken = backup.take_backup(database, backup.MANUAL)
    older = database.parent / "backups"  # where an earlier version put them
    left = older / f"{database.stem}-2026-11-20_081500-daily.sqlite3"
    shutil.copy(taken, left)
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", open_url)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    qtbot.wait(50)
    keep_shot(dialog, "backups-older-folder")
    assert column_texts(dialog.table, "Fil") == [taken.name, f"{left.name} (äldre mapp)"]
    assert column_texts(dialog.table, "Tagen")[1] == "2026-11-20 08.15"
    assert column_texts(dialog.table, "Vecka")[1] == "v. 47"
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Mapp:", str(backup.folder_for(database)), "Äldre mapp:", str(older)} <= texts
    click_button(qtbot, dialog, "Öppna äldre mappen")
    click_button(qtbot, dialog, "Öppna mappen")
    assert opened == [str(older), str(backup.folder_for(database))]


def test_without_older_backups_there_is_no_older_folder_to_open(
    qtbot: QtBot, ctx: AppContext
) -> None:
    database = backup.sqlite_path(ctx.db.url)
    assert database is not None
    backup.take_backup(database, backup.MANUAL)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    assert "Äldre mapp:" not in [label.text() for label in dialog.findChildren(QLabel)]
    assert not dialog.older_button.isVisible()
