"""A daily backup that fails at start is told in the main window: a notice above the areas with
the reason and the backups folder (whole on a line of its own, its middle elided where the line
is too short), no dialog to answer, there until the user closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.conftest import fresh_sqlite_url
from tests.ui.answers import answer_initials
from tests.ui.conftest import ModalDriver
from tests.ui.path_lines import notice_path_lines
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
        seen["lines"] = notice_path_lines(window.notice)
        seen["modal"] = QApplication.activeModalWidget()
        close = window.notice.findChild(QToolButton)
        assert close is not None
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        seen["closed"] = not window.notice.isVisible()

    modals.answer(_start_empty(qtbot))  # the new database is empty: the first-start question
    argv = ["main.py", "--db", sqlite_url]
    assert run_app(monkeypatch, argv, MainWindow, the_user_looks_at_the_window) == 0
    modals.check()
    assert seen["text"] == (
        "Dagens säkerhetskopia kunde inte tas: Mappen för säkerhetskopior kan inte skapas (en "
        "fil med det namnet står i vägen). Dina uppgifter är sparade; kontrollera ledigt "
        "utrymme och behörigheterna i mappen för säkerhetskopior:"
    )
    assert seen["lines"] == [(str(folder), str(folder))]  # whole, on a line of its own
    assert seen["visible"] is True and seen["modal"] is None and seen["closed"] is True
    assert backup.list_backups(database) == []


@pytest.mark.usefixtures("app_settings")
def test_a_folder_too_long_for_the_bar_keeps_its_start_and_name_and_the_whole_in_the_tooltip(
    qtbot: QtBot,
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
) -> None:
    shared = tmp_path / "Delade dokument" / "Östermalms stadsdelsförvaltning"
    deep = shared / "Trygghet och säkerhet" / "Samverkansöverenskommelse 2026–2028" / "Databas"
    deep.mkdir(parents=True)
    sqlite_url = fresh_sqlite_url(sqlite_template, deep)
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    folder = backup.folder_for(database)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    seen: dict[str, object] = {}

    def the_user_looks_at_a_small_screen(window: MainWindow) -> None:
        window.resize(1024, 768)
        qtbot.waitUntil(window.notice.isVisible, timeout=15000)
        qtbot.wait(100)  # laid out at its width
        seen["text"] = window.notice.label.text()
        seen["lines"] = notice_path_lines(window.notice)

    modals.answer(_start_empty(qtbot))
    argv = ["main.py", "--db", sqlite_url]
    assert run_app(monkeypatch, argv, MainWindow, the_user_looks_at_a_small_screen) == 0
    modals.check()
    assert str(seen["text"]).endswith("behörigheterna i mappen för säkerhetskopior:")
    lines = seen["lines"]
    assert isinstance(lines, list) and len(lines) == 1
    shown, tooltip = lines[0]
    assert tooltip == str(folder)
    start, end = shown.split("…")  # one cut, in the middle
    assert str(folder).startswith(start) and len(start) > 10
    assert str(folder).endswith(end) and end.endswith("backups/samverkan.sqlite3")


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
        seen["lines"] = notice_path_lines(desk.warning)
        seen["still"] = desk.warning.isVisible()
        seen["modal"] = QApplication.activeModalWidget()

    # A reception desk is not offered the example district (test_reception_first_start).
    modals.answer(answer_initials(qtbot, "NH"))
    argv = ["main.py", "--db", sqlite_url, "--reception"]
    assert run_app(monkeypatch, argv, ReceptionWindow, the_receptionist_looks) == 0
    modals.check()
    assert str(seen["text"]).startswith("Dagens säkerhetskopia kunde inte tas:")
    assert "en fil med det namnet står i vägen" in str(seen["text"])
    folder = str(backup.folder_for(database))
    assert seen["lines"] == [(folder, folder)]
    assert seen["still"] is True and seen["modal"] is None
