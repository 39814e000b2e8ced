"""Larm → Enheter: a unit due for a function test (the rule in Inställningar, 90 days unless
changed) shows its "Testat" date in the warning colour, can be listed alone ("Dags att testa"),
and says in its detail when the test was due; "inget krav" (0) turns the marks off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.tested_units import unit_last_tested
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.widgets.table_model import DUE_SOON_COLOUR


def _tested_colours(area: AlarmsArea) -> dict[str, bool]:
    model = area.units_page.table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Testat"
    )
    return {
        model.index(r, 0).data(): model.index(r, column).data(Qt.ItemDataRole.ForegroundRole)
        == DUE_SOON_COLOUR  # amber, as the Overview's "soon": a reminder, not late
        for r in range(model.rowCount())
    }


def test_units_due_for_a_test_are_marked_and_listed_alone(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    unit_last_tested(ctx, "LARM-01", 10)
    unit_last_tested(ctx, "LARM-02", 120)
    unit_last_tested(ctx, "LARM-03", None)
    area = AlarmsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    page = area.units_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 3)
    assert _tested_colours(area) == {"LARM-01": False, "LARM-02": True, "LARM-03": True}
    assert column_texts(page.table, "Testat")[2] == "aldrig"
    click_row(qtbot, page.table, "LARM-02")
    tested = page.detail.facts.fact("tested")
    due = clock.today() - dt.timedelta(days=30)
    assert f"Dags för funktionstest sedan {due.isoformat()}" in tested
    click_row(qtbot, page.table, "LARM-01")
    next_test = (clock.today() + dt.timedelta(days=80)).isoformat()
    assert f"Nästa funktionstest senast {next_test}" in page.detail.facts.fact("tested")

    qtbot.mouseClick(page.test_due_check, Qt.MouseButton.LeftButton)
    assert column_texts(page.table, "Kod") == ["LARM-02", "LARM-03"]

    def no_rule(dialog: QWidget) -> None:
        spin = dialog.editors[TEST_INTERVAL_SETTING]  # type: ignore[attr-defined]
        assert isinstance(spin, QSpinBox) and spin.text() == "90 dagar"
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "0")
        assert spin.value() == 0
        click_button(qtbot, dialog, "Spara")

    def shows_no_rule(dialog: QWidget) -> None:
        spin = dialog.editors[TEST_INTERVAL_SETTING]  # type: ignore[attr-defined]
        assert spin.text() == "inget krav"
        click_button(qtbot, dialog, "Avbryt")  # untouched: closes at once

    modals.answer(no_rule, shows_no_rule)
    area.tabs.setCurrentWidget(area.loans_page)
    click_button(qtbot, area.loans_page.toolbar, "Inställningar…")
    click_button(qtbot, area.loans_page.toolbar, "Inställningar…")
    modals.check()
    area.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 0)
    qtbot.mouseClick(page.test_due_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 3)
    assert not any(_tested_colours(area).values())
