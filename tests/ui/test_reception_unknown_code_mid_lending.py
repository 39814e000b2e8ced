"""A code that is no unit, scanned while a lending waits for its borrower (a discarded unit's
label, another district's unit, "LARM-20" for LARM-02): the desk says there is no such unit and
that the chosen unit still waits for a name, the lending kept. Before, it read "Ingen medarbetare
passar ”LARM-99”", as if the code were letters of a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarms
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_an_unknown_code_mid_lending_is_said_to_be_no_unit_and_the_lending_waits(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")

    enter_at_desk(qtbot, window, "LARM-99")

    assert window.notice.label.text() == (
        "Det finns inget larm med koden ”LARM-99”. LARM-03 väntar fortfarande på låntagarens namn."
    )
    assert window.borrowers.count() == 0  # no "Ingen medarbetare passar ”LARM-99”"
    assert window.unit is not None and window.unit.code == "LARM-03"
    assert window.input.selectedText() == "LARM-99"  # typed over at once

    type_text(qtbot, window.input, "lp")  # the name comes: the lending goes on
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert demo_ctx.call(alarms.find_unit, "LARM-03").borrower == "Lena Persson"
    window.close()


def test_letters_that_fit_nobody_still_say_no_staff_member_fits(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    enter_at_desk(qtbot, window, "xq")
    assert window.borrowers.item(0).text().startswith("Ingen medarbetare passar ”xq”.")
    assert window.notice.label.text() == ""
    window.close()
