"""Arkiv → Inställningar… (Ctrl+,): the settings every desk shares, in sections, each edited
with the widget its declaration asks for, saved together."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import settings
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import in_settings
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def test_change_settings_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    seen: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog) and dialog.windowTitle() == "Inställningar"
        seen["sections"] = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.text() in ("Möten", "Larm", "Säkerhetskopior")
        ]
        weekday = dialog.editors["meetings.default_weekday"]
        assert isinstance(weekday, QComboBox) and weekday.currentText() == "tisdag"
        weekday.setCurrentIndex(weekday.findText("torsdag"))
        keep = dialog.editors["backups.keep"]
        assert isinstance(keep, QSpinBox) and keep.suffix() == " säkerhetskopior"
        keep.setFocus()
        keep.selectAll()
        qtbot.keyClicks(keep, "30")
        click_button(qtbot, dialog, "Spara")

    in_settings(qtbot, window, modals, edit)
    assert seen["sections"] == ["Möten", "Larm", "Säkerhetskopior"]
    values = ctx.call(settings.current_values)
    assert values["meetings.default_weekday"] == 4  # Thursday
    assert values["backups.keep"] == 30


def test_cancel_keeps_the_settings(qtbot: QtBot, ctx: AppContext, modals: ModalDriver) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)
    before = ctx.call(settings.current_values)

    def change_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        keep = dialog.editors["backups.keep"]
        assert isinstance(keep, QSpinBox)
        keep.setValue(3)
        cancel_typed(qtbot, dialog)

    modals.answer(change_then_cancel)
    window.open_settings()
    modals.check()
    assert ctx.call(settings.current_values) == before


def test_the_reports_signature_is_typed_in_its_own_section(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1280, 800)

    def type_name(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert "Anmälan till nämnden" in [label.text() for label in dialog.findChildren(QLabel)]
        name = dialog.editors["reports.signatory_name"]
        assert isinstance(name, QLineEdit)
        assert name.placeholderText() == "tomt: kontakten i flest grupper"
        name.setFocus()
        qtbot.keyClicks(name, "Linda Wikman")
        click_button(qtbot, dialog, "Spara")

    modals.answer(type_name)
    window.open_settings()
    modals.check()
    values = ctx.call(settings.current_values)
    assert (values["reports.signatory_name"], values["reports.signatory_title"]) == (
        "Linda Wikman",
        "",
    )
