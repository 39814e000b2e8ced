"""A unit lent at another desk while the reception had it chosen: Enter's refusal says who has
it, the tile stops saying "Tillgängligt" and the field waits for another unit (before, the unit
stayed chosen and every Enter met the same refusal beside a tile still saying available). The
letters typed for the borrower stay for the next unit scanned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarm_loans, alarms, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.alarms.common import STATUS_PALETTES
from ui.context import AppContext


def test_a_unit_lent_at_another_desk_is_no_longer_offered(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    type_text(qtbot, window.input, "lp")

    sofia = next(p.id for p in demo_ctx.call(contacts.list_people, "Sofia", staff_only=True))
    unit_id = demo_ctx.call(alarms.find_unit, "LARM-03").id
    demo_ctx.call(alarm_loans.lend, LendInput(unit_id, sofia, initials="EK"))  # the other desk
    qtbot.keyClick(window.input, Qt.Key.Key_Return)

    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "LARM-03 lånades nyss ut i en annan disk till Sofia Lindberg."
        " Skanna ett annat larm – bokstäverna ”lp” står kvar."
    )
    tile = window.tiles.tile("LARM-03")
    assert "Sofia Lindberg" in tile.text()
    assert tile.background() == STATUS_PALETTES[UnitStatus.ON_LOAN].background
    assert window.unit is None
    assert window.prompt.text() == "Skanna eller skriv larmets kod och tryck Enter."
    assert window.input.text() == "lp"

    type_text(qtbot, window.input, "LARM-04")  # the next unit off the shelf, for Lena
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.borrowers.item(0).text().startswith("Lena Persson")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text().startswith("LARM-04 utlånat till Lena Persson")
    window.close()


def test_a_lending_under_way_is_told_when_another_desk_lends_the_unit(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Desk B has LARM-03 chosen and "so" typed; desk A lends LARM-03. At B's next refresh (the
    other desk's notice) the field went empty without a word: now it says so, and the letters
    stay, so the next scan lends that unit to Sofia."""
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    type_text(qtbot, window.input, "so")

    lena = next(p.id for p in demo_ctx.call(contacts.list_people, "Lena Persson", staff_only=True))
    unit_id = demo_ctx.call(alarms.find_unit, "LARM-03").id
    demo_ctx.call(alarm_loans.lend, LendInput(unit_id, lena, initials="EK"))  # desk A
    demo_ctx.bus.announce("alarms")  # as the database's notice from desk A arrives

    assert window.unit is None
    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "LARM-03 lånades nyss ut i en annan disk till Lena Persson."
        " Skanna ett annat larm – bokstäverna ”so” står kvar."
    )
    assert window.input.text() == "so"

    enter_at_desk(qtbot, window, "LARM-04")
    assert window.unit is not None and window.unit.code == "LARM-04"
    assert window.borrowers.item(0).text().startswith("Sofia Lindberg")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text().startswith("LARM-04 utlånat till Sofia Lindberg")
    window.close()
