"""At the reception, the borrower at the desk: the receptionist types the name's letters before
the unit's code. The line says which comes first, with a code to use, rather than "no unit has
the code LP"; a mistyped code still gets the code's own message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_name_typed_before_the_unit_says_the_unit_comes_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)

    type_text(qtbot, window.input, "lp")  # Lena Persson
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "”lp” är inget larm. Skanna eller skriv först larmets kod (t.ex. LARM-01), "
        "sedan 2–3 bokstäver av låntagarens namn."
    )
    assert window.unit is None and window.input.text() == ""

    enter_at_desk(qtbot, window, "LARM-99")
    assert window.notice.label.text() == "Det finns inget larm med koden ”LARM-99”."
    window.close()
