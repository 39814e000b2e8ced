"""Inställningar: fewer backups to keep deletes the older ones at the next backup, for good;
the form asks first when there are more than the new number. Declined (Enter: the safe
default), nothing is saved and the field says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup
from samverkan_desktop.services import settings
from tests.ui.answers import answer_nested_question
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import in_settings
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def _five_backups(ctx: AppContext) -> list[Path]:
    database = backup.sqlite_path(ctx.db.url)
    assert database is not None
    return [
        backup.take_backup(database, backup.MANUAL, now=dt.datetime(2026, 11, day, 8, 0))
        for day in range(1, 6)
    ]


def _type_keep(qtbot: QtBot, dialog: SettingsDialog, number: str) -> None:
    spin = dialog.editors[backup.KEEP_SETTING]
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, number)


def test_keeping_fewer_backups_asks_and_a_no_saves_nothing(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    taken = _five_backups(ctx)
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)
    questions: list[str] = []
    seen: dict[str, object] = {}

    def keep_two(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        _type_keep(qtbot, dialog, "2")
        answer_nested_question(questions, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
        click_button(qtbot, dialog, "Spara")
        seen["declined"] = (dialog.isVisible(), dialog.error_text(backup.KEEP_SETTING))
        seen["stored"] = ctx.call(settings.current_values)[backup.KEEP_SETTING]
        answer_nested_question(
            questions, lambda box: click_button(qtbot, box, "Spara och ta bort säkerhetskopior")
        )
        click_button(qtbot, dialog, "Spara")

    in_settings(qtbot, window, modals, keep_two)
    assert questions[0] == (
        "Vid nästa säkerhetskopiering tas de 3 äldsta säkerhetskopiorna bort (den nyaste av dem "
        "tagen 2026-11-03 08.00). Det går inte att ångra."
    )
    assert seen == {
        "declined": (True, "Ingenting sparades: 14 säkerhetskopior sparas fortfarande."),
        "stored": 14,
    }
    assert ctx.call(settings.current_values)[backup.KEEP_SETTING] == 2
    assert all(path.exists() for path in taken)  # deleted at the next backup, not now


def test_fewer_but_still_all_of_them_is_saved_without_a_question(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _five_backups(ctx)
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)

    def keep_five(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        _type_keep(qtbot, dialog, "5")
        click_button(qtbot, dialog, "Spara")

    in_settings(qtbot, window, modals, keep_five)
    assert ctx.call(settings.current_values)[backup.KEEP_SETTING] == 5
