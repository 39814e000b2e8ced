"""The reception shows which units are due for a function test (the rule in Larm →
Inställningar, 90 days in the demo, where LARM-11 and LARM-12 were missed): on the tile, and
under the prompt once the unit is chosen, in the words of Larm → Enheter ("Dags för
funktionstest sedan …"). A reminder, not a block: the unit is lent all the same. Before, the
reception said nothing of it; the receptionist lent units months past their test."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarms, settings
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext
from ui.widgets.table_model import DUE_SOON_COLOUR


def _due_since(ctx: AppContext, code: str) -> str:
    tested = ctx.call(alarms.find_unit, code).last_tested_on
    assert tested is not None
    return (tested + dt.timedelta(days=90)).isoformat()


def test_a_unit_due_for_a_test_is_marked_and_lent_all_the_same(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    try:
        mark = f"⚠ Dags för funktionstest sedan {_due_since(demo_ctx, 'LARM-11')}"
        marked = [t.code for t in window.tiles.tiles() if "funktionstest" in t.text()]
        assert marked == ["LARM-11", "LARM-12"]
        assert window.tiles.tile("LARM-11").text().splitlines() == [
            "LARM-11",
            "Tillgängligt",
            mark,
        ]
        badge = window.tiles.tile("LARM-11").test_label
        assert badge.isVisible()
        # Amber, not the red of a late unit (LARM-07 is late beside it): its border's colour.
        image = badge.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).name() == DUE_SOON_COLOUR.name()

        enter_at_desk(qtbot, window, "LARM-11")
        assert window.unit is not None and window.unit.code == "LARM-11"
        assert window.test_mark.isVisible()
        assert window.test_mark.text() == (
            f"{mark} – kan lånas ut, men testa det när det kommer tillbaka."
        )

        enter_at_desk(qtbot, window, "lp")  # Lena Persson
        unit = demo_ctx.call(alarms.find_unit, "LARM-11")
        assert unit.status is UnitStatus.ON_LOAN and unit.borrower == "Lena Persson"
        assert "LARM-11 utlånat till Lena Persson" in window.notice.label.text()
        assert not window.test_mark.isVisible()
        # Out, still due: tested when it comes back.
        assert window.tiles.tile("LARM-11").text().splitlines()[-1] == mark

        enter_at_desk(qtbot, window, "LARM-01")  # tested this month
        assert window.unit is not None and window.unit.code == "LARM-01"
        assert not window.test_mark.isVisible()
        assert "funktionstest" not in window.tiles.tile("LARM-01").text()
    finally:
        window.close()


def test_no_mark_without_a_rule(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    demo_ctx.call(settings.set_int, TEST_INTERVAL_SETTING, 0)  # "inget krav"
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    try:
        assert not any("funktionstest" in t.text() for t in window.tiles.tiles())
        enter_at_desk(qtbot, window, "LARM-12")
        assert window.unit is not None and not window.test_mark.isVisible()
    finally:
        window.close()
