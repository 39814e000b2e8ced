"""A daily backup that fails at start is told in the main window: a notice above the areas with
the reason and the backups folder, no dialog to answer, there until the user closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.answers import answer_initials
from tests.ui.conftest import ModalDriver
from tests.ui.windows import after_a_passing_notice, run_app
from ui.first_start import FirstStartDialog
from ui.main_window import MainWindow
from ui.widgets import notice as notice_module


def _start_empty(qtbot: QtBot) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    return answer


@pytest.mark.usefixtures("app_settings")
def test_a_failed_daily_backup_shows_a_notice_with_the_reason_and_the_folder(
    qtbot: QtBot,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    folder = backup.folder_for(database)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")  # mkdir fails, even as root
    monkeypatch.setattr(notice_module, "VISIBLE_MS", 50)  # a quiet notice would be gone by now
    seen: dict[str, object] = {}

    def the_user_looks_at_the_window(window: MainWindow) -> None:
        qtbot.waitUntil(window.notice.isVisible, timeout=15000)
        after_a_passing_notice(qtbot, monkeypatch, window)  # it stays: a warning does not pass
        seen["visible"] = window.notice.isVisible()
        seen["text"] = window.notice.label.text()
        seen["modal"] = QApplication.activeModalWidget()
        close = window.notice.findChild(QToolButton)
        assert close is not None
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        seen["closed"] = not window.notice.isVisible()

    modals.answer(_start_empty(qtbot))  # the new database is empty: the first-start question
    argv = ["main.py", "--db", sqlite_url]
    assert run_app(monkeypatch, argv, MainWindow, the_user_looks_at_the_window) == 0
    modals.check()
    text = str(seen["text"])
    assert text.startswith("Dagens säkerhetskopia kunde inte tas: Mappen för säkerhetskopior")
    assert "kan inte skapas" in text  # the reason
    assert text.endswith(
        f"Dina uppgifter är sparade; kontrollera ledigt utrymme och behörigheterna i {folder}."
    )
    assert seen["visible"] is True and seen["modal"] is None and seen["closed"] is True
    assert backup.list_backups(database) == []


@pytest.mark.usefixtures("app_settings")
def test_the_reception_desk_shows_a_failed_backup_above_the_desk_and_keeps_it(
    qtbot: QtBot,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
) -> None:
    from ui.reception.window import ReceptionWindow

    database = Path(sqlite_url.removeprefix("sqlite:///"))
    backup.folder_for(database).parent.mkdir(parents=True, exist_ok=True)
    backup.folder_for(database).write_text("a file where the backups folder should be")
    monkeypatch.setattr(notice_module, "VISIBLE_MS", 50)
    seen: dict[str, object] = {}

    def the_receptionist_looks(desk: ReceptionWindow) -> None:
        qtbot.waitUntil(desk.warning.isVisible, timeout=15000)
        desk.notice.show_message("LARM-01 är utlånat till Test Testsson.", "done")  # a lend
        after_a_passing_notice(qtbot, monkeypatch, desk)
        seen["text"] = desk.warning.label.text()
        seen["still"] = desk.warning.isVisible()
        seen["modal"] = QApplication.activeModalWidget()

    # A reception desk is not offered the example district (test_reception_first_start).
    modals.answer(answer_initials(qtbot, "NH"))
    argv = ["main.py", "--db", sqlite_url, "--reception"]
    assert run_app(monkeypatch, argv, ReceptionWindow, the_receptionist_looks) == 0
    modals.check()
    assert str(seen["text"]).startswith("Dagens säkerhetskopia kunde inte tas:")
    assert "en fil med det namnet står i vägen" in str(seen["text"])
    assert seen["still"] is True and seen["modal"] is None
