"""Larm → Larm → "Låna ut…" on a unit due for its function test says so in the form, in the
reception's words (it may be lent, and is to be tested once back). Before, the reception said
it when the unit was chosen, the coordinator's form lent it without a word."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import settings
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row
from tests.ui.tested_units import unit_last_tested
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext


def _test_lines_in_lend_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, code: str
) -> list[str]:
    area = alarms_area(qtbot, ctx)
    click_row(qtbot, area.units_page.table, code)
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        seen.extend(
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.isVisible() and "funktionstest" in label.text().lower()
        )
        click_button(qtbot, dialog, "Avbryt")  # nothing typed: it closes unasked

    modals.answer(look)
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")
    return seen


def test_a_unit_due_for_a_test_says_so_in_the_lending_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(settings.set_int, TEST_INTERVAL_SETTING, 90)
    unit_last_tested(ctx, "LARM-21", 120)
    due_since = (clock.today() - dt.timedelta(days=30)).isoformat()
    assert _test_lines_in_lend_form(qtbot, ctx, modals, "LARM-21") == [
        f"⚠ Dags för funktionstest sedan {due_since} – kan lånas ut, men testa det när det"
        " kommer tillbaka."
    ]


def test_a_unit_tested_lately_lends_without_the_line(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(settings.set_int, TEST_INTERVAL_SETTING, 90)
    unit_last_tested(ctx, "LARM-22", 10)
    assert _test_lines_in_lend_form(qtbot, ctx, modals, "LARM-22") == []
