"""At the reception, the borrower at the desk: the receptionist types the name's letters before
the unit's code. The line says which comes first, with a code to use, rather than "no unit has
the code LP"; a mistyped code still gets the code's own message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import answer_initials, type_text
from ui.context import AppContext
from ui.reception.window import ReceptionWindow


def test_a_name_typed_before_the_unit_says_the_unit_comes_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.settings.setValue("alarms/initials", "NH")
    modals.answer(answer_initials(qtbot))
    window = ReceptionWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)

    type_text(qtbot, window.input, "lp")  # Lena Persson
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "”lp” är inget larm. Skanna eller skriv först larmets kod (t.ex. LARM-01), "
        "sedan 2–3 bokstäver av låntagarens namn."
    )
    assert window.unit is None and window.input.text() == ""

    type_text(qtbot, window.input, "LARM-99")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text() == "Det finns inget larm med koden ”LARM-99”."
    window.close()
