"""A unit never function-tested, chosen at the reception, says plainly that it may be lent and
is to be tested when it is back. Before, the line read "Aldrig funktionstestat: testa det nu – det
går att låna ut ändå.": "test it now" and "lend it all the same" pulled against each other."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_unit_never_tested_may_be_lent_and_is_tested_when_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.call(alarms.create_unit, alarms.UnitInput("LARM-30", UnitKind.HOME_VISIT))
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    try:
        assert window.tiles.tile("LARM-30").text().splitlines()[-1] == "⚠ Aldrig funktionstestat"
        enter_at_desk(qtbot, window, "LARM-30")
        assert window.unit is not None and window.unit.code == "LARM-30"
        assert window.test_mark.isVisible()
        assert window.test_mark.text() == (
            "⚠ Aldrig funktionstestat – kan lånas ut, men testa det när det kommer tillbaka."
        )
    finally:
        window.close()
