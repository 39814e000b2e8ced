"""A folder no file manager could open is named on a line of its own under the sentence, whole
and selectable to copy ("Ingen filhanterare kunde öppna mappen:" / the path): inside the
sentence a long path broke at a "/" mid-way. Säkerhetskopior… → "Öppna mappen" on a machine
without a file manager."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.answers import BoxSaid, read_box
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext


def test_the_folder_not_opened_stands_whole_on_its_own_line(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    folder = backup.folder_for(database)

    def no_file_manager(_url: QUrl) -> bool:
        return False

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", no_file_manager)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    said: list[BoxSaid] = []
    modals.answer(read_box(said, folder))
    click_button(qtbot, dialog, "Öppna mappen")
    modals.check()
    assert said == [
        ("Mappen kan inte öppnas", f"Ingen filhanterare kunde öppna mappen:\n{folder}", True)
    ]
