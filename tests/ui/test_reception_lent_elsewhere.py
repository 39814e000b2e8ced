"""A unit lent at another desk while the reception had it chosen: Enter's refusal says who has
it, the tile stops saying "Tillgängligt" and the field waits for another unit (before, the unit
stayed chosen and every Enter met the same refusal beside a tile still saying available)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarm_loans, alarms, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import type_text
from tests.ui.openers import open_reception
from ui.alarms.common import STATUS_PALETTES
from ui.context import AppContext


def test_a_unit_lent_at_another_desk_is_no_longer_offered(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    type_text(qtbot, window.input, "LARM-03")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    type_text(qtbot, window.input, "lp")

    sofia = next(p.id for p in demo_ctx.call(contacts.list_people, "Sofia", staff_only=True))
    unit_id = demo_ctx.call(alarms.find_unit, "LARM-03").id
    demo_ctx.call(alarm_loans.lend, LendInput(unit_id, sofia, initials="EK"))  # the other desk
    qtbot.keyClick(window.input, Qt.Key.Key_Return)

    assert window.notice.kind == "error"
    assert window.notice.label.text().startswith("LARM-03 är utlånat till Sofia Lindberg sedan")
    tile = window.tiles.tile("LARM-03")
    assert "Sofia Lindberg" in tile.text()
    assert tile.background() == STATUS_PALETTES[UnitStatus.ON_LOAN].background
    assert window.unit is None
    assert window.prompt.text() == "Skanna eller skriv larmets kod och tryck Enter."

    type_text(qtbot, window.input, "LARM-04")  # the next unit off the shelf, for Lena
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    type_text(qtbot, window.input, "lp")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text().startswith("LARM-04 utlånat till Lena Persson")
    window.close()
