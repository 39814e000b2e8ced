"""Arkiv → Säkerhetskopior… → Återställ, and Arkiv → Börja om med en tom databas…, with text
typed in the window and not saved: it is settled before the database is replaced, as on
closing the window. A follow-up note typed in Åtgärder is asked about first; "Stanna kvar"
keeps it and restores nothing, "Lägg till anteckningen nu" adds it to the database that the
restore then puts away in its safety backup. Before, the database was replaced first and the
question came only as the program restarted (the new one already started beside it), the
note no longer addable to an action of the database now restored."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from tests.ui.answers import STAY, answer_close_question
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.openers import first_action
from tests.ui.windows import area_of, show_window
from ui.actions.area import ActionsArea
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.main_window import MainWindow

NOTE = "Ringde parkenheten, svar på fredag"
ADD = "Lägg till anteckningen nu"
Handler = Callable[[QWidget], None]


def _press(qtbot: QtBot, text: str) -> Handler:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click_button(qtbot, box, text)

    return handler


def _database(ctx: AppContext) -> Path:
    database = backup.sqlite_path(ctx.db.url)
    assert database is not None
    return database


def _typed(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, list[bool]]:
    """The window on Åtgärder, a note typed for its first action and not added; a backup taken
    by hand to restore; the restarts noted instead of done."""
    backup.take_backup(_database(ctx), backup.MANUAL)
    restarts: list[bool] = []
    monkeypatch.setattr("ui.backups_dialog.restart", lambda: restarts.append(True))
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    area = first_action(qtbot, window)
    qtbot.mouseClick(area.detail.note_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, area.detail.note_edit, NOTE)
    return window, restarts


def _menu_entry(window: MainWindow, text: str) -> None:
    entry = next(a for a in menu_of(window, 0).actions() if a.text() == text)
    entry.trigger()


def _in_turn(*answers: Handler) -> None:
    """Answer the message boxes asked one after another from within a modal driver's handler
    (its poll, running, does not see them), each with the next of ``answers``."""
    answered: list[QWidget] = []

    def poll(tries: int = 1500) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box not in answered:
            answered.append(box)
            answers[len(answered) - 1](box)
            if len(answered) == len(answers):
                return
        if tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)


def _restore_in(qtbot: QtBot, *answers: Handler) -> Handler:
    """Answer the Backups dialog: "Återställ den valda…" (the backup by hand), its questions
    answered in turn by ``answers``; the dialog closed if it is still open."""

    def handler(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        _in_turn(*answers)
        click_button(qtbot, dialog, "Återställ den valda…")
        if dialog.isVisible():
            click_button(qtbot, dialog, "Stäng")

    return handler


def _discard_on_closing(qtbot: QtBot, modals: ModalDriver, window: MainWindow) -> None:
    """The note still typed, discarded as the window closes (the test's end)."""
    modals.answer(answer_close_question(qtbot, "Kasta anteckningen", []))
    window.close()
    modals.check()


def _notes_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as con:
        return [row[0] for row in con.execute("SELECT text FROM action_notes")]


def test_staying_for_a_note_typed_restores_nothing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, restarts = _typed(qtbot, demo_ctx, monkeypatch)
    seen: list[str] = []
    restore = _press(qtbot, "Återställ och starta om")
    modals.answer(_restore_in(qtbot, restore, answer_close_question(qtbot, STAY, seen)))
    _menu_entry(window, "&Säkerhetskopior…")
    modals.check()
    assert len(seen) == 1 and f"”{NOTE}”" in seen[0]
    assert restarts == []
    assert [b.reason for b in backup.list_backups(_database(demo_ctx))] == [backup.MANUAL]
    area = area_of(window, "actions", ActionsArea)
    assert window.current_area_key() == "actions"
    assert area.detail.note_edit.text() == NOTE
    _discard_on_closing(qtbot, modals, window)


def test_a_note_added_before_the_restore_is_in_its_safety_backup(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, restarts = _typed(qtbot, demo_ctx, monkeypatch)
    seen: list[str] = []
    answers = (
        _press(qtbot, "Återställ och starta om"),
        answer_close_question(qtbot, ADD, seen),
        _press(qtbot, "OK"),  # "Databasen återställdes från: …"
    )
    modals.answer(_restore_in(qtbot, *answers))
    _menu_entry(window, "&Säkerhetskopior…")
    modals.check()
    assert restarts == [True]
    database = _database(demo_ctx)
    [safety] = [b.path for b in backup.list_backups(database) if b.reason == backup.RESTORE]
    assert NOTE in _notes_in(safety)  # what the restore replaced, the note with it
    assert NOTE not in _notes_in(database)  # the restored database: from before the note


def test_starting_over_settles_a_note_typed_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, restarts = _typed(qtbot, demo_ctx, monkeypatch)
    seen: list[str] = []
    modals.answer(_press(qtbot, "Börja om"), answer_close_question(qtbot, STAY, seen))
    _menu_entry(window, "Börja om med en tom databas…")
    modals.check()
    assert len(seen) == 1 and f"”{NOTE}”" in seen[0]
    assert restarts == [] and _database(demo_ctx).exists()
    _discard_on_closing(qtbot, modals, window)
