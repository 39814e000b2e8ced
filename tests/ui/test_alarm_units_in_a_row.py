"""The reception's first alarm units, registered one after another: after LARM-01 the form
offers LARM-02 with the same kind and make, so six units from one box are six clicks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import Database
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import column_texts
from ui.alarms.unit_dialog import UnitDialog
from ui.context import AppContext

MAKE = "Doro Secure 580"


def test_six_units_from_one_box_are_the_first_typed_and_five_offered(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    page = alarms_area(qtbot, ctx).units_page
    offered: list[tuple[str, str, UnitKind]] = []

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        assert dialog.code_edit.text() == ""  # nothing to go by yet
        qtbot.keyClicks(dialog.code_edit, "larm-01")
        dialog.kind_combo.set_value(UnitKind.HOME_LOAN)
        qtbot.keyClicks(dialog.make_edit, MAKE)
        click_button(qtbot, dialog, "Lägg till larm")

    def next_one(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        offered.append(
            (dialog.code_edit.selectedText(), dialog.make_edit.text(), dialog.kind_combo.value())
        )
        click_button(qtbot, dialog, "Lägg till larm")

    modals.answer(first, *[next_one] * 5)
    for _unit in range(6):
        click_button(qtbot, page.toolbar, "Nytt larm…")
    modals.check()
    assert [code for code, _make, _kind in offered] == [f"LARM-0{n}" for n in range(2, 7)]
    assert {(make, kind) for _code, make, kind in offered} == {(MAKE, UnitKind.HOME_LOAN)}
    assert sorted(column_texts(page.table, "Kod")) == [f"LARM-0{n}" for n in range(1, 7)]


def test_a_code_typed_over_the_offered_one_replaces_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-09", UnitKind.HOME_VISIT))
    page = alarms_area(qtbot, ctx).units_page

    def typed(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        assert dialog.code_edit.selectedText() == "LARM-10"
        qtbot.keyClicks(dialog.code_edit, "HEM-1")
        click_button(qtbot, dialog, "Lägg till larm")

    modals.answer(typed)
    click_button(qtbot, page.toolbar, "Nytt larm…")
    modals.check()
    assert sorted(column_texts(page.table, "Kod")) == ["HEM-1", "LARM-09"]


def test_the_offered_code_skips_one_taken_however_written(sqlite_db: Database) -> None:
    for code in ("LARM-1", "LARM-03", "LARM-02"):
        sqlite_db.call(alarms.create_unit, alarms.UnitInput(code, UnitKind.HOME_VISIT))
    offered = sqlite_db.call(alarms.suggested_unit)
    assert offered is not None and offered.code == "LARM-04"
