"""Inställningar: a shorter retention period for alarm loans takes the borrowers out of the
loans past it at the next start, which cannot be undone; the form asks first, as "Pseudonymise
old loans…" does. Declined (Enter: the safe default), nothing is saved and the field says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import thousands
from samverkan_desktop.services import alarm_usage, settings
from tests.ui.answers import answer_nested_question
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import in_settings
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog

RETENTION = alarm_usage.RETENTION_SETTING


def _type_months(qtbot: QtBot, dialog: SettingsDialog, months: str) -> None:
    spin = dialog.editors[RETENTION]
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, months)


def test_a_shorter_retention_asks_and_a_no_saves_nothing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    going = demo_ctx.call(alarm_usage.count_loans_to_pseudonymise, retention_months=1).count
    assert going > demo_ctx.call(alarm_usage.count_loans_to_pseudonymise).count == 0
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    questions: list[str] = []
    seen: dict[str, object] = {}

    def shorten(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        _type_months(qtbot, dialog, "1")
        answer_nested_question(questions, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
        click_button(qtbot, dialog, "Spara")
        seen["declined"] = (dialog.isVisible(), dialog.error_text(RETENTION))
        seen["stored"] = demo_ctx.call(settings.current_values)[RETENTION]
        answer_nested_question(
            questions, lambda box: click_button(qtbot, box, "Spara och ta bort låntagarna")
        )
        click_button(qtbot, dialog, "Spara")

    in_settings(qtbot, window, modals, shorten)
    assert questions[0] == (
        f"Vid nästa start tas låntagarna (och anledningarna) bort från {thousands(going)} lån som "
        "lämnades tillbaka för mer än 1 månad sedan. Lånen finns kvar för statistiken. Det går "
        "inte att ångra."
    )
    assert seen == {
        "declined": (True, "Ingenting sparades: lagringstiden är kvar på 24 månader."),
        "stored": 24,
    }
    assert demo_ctx.call(settings.current_values)[RETENTION] == 1


def test_a_longer_retention_is_saved_without_a_question(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)

    def lengthen(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        _type_months(qtbot, dialog, "36")
        click_button(qtbot, dialog, "Spara")

    in_settings(qtbot, window, modals, lengthen)
    assert demo_ctx.call(settings.current_values)[RETENTION] == 36
