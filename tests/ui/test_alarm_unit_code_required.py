"""A new alarm unit saved without its code is refused in the app's usual words for an empty
required field ("… måste fyllas i."), beside the code."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from ui.alarms.unit_dialog import UnitDialog
from ui.context import AppContext


def test_a_unit_without_a_code_says_the_code_must_be_filled_in(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    page = alarms_area(qtbot, ctx).units_page
    seen: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        qtbot.keyClicks(dialog.serial_edit, "M2-2026-0001")
        click_button(qtbot, dialog, "Lägg till larm")
        seen.append(dialog.error_text("code"))
        dialog.discard()

    modals.answer(add)
    click_button(qtbot, page.toolbar, "Nytt larm…")
    modals.check()
    assert seen == ["Koden måste fyllas i."]
