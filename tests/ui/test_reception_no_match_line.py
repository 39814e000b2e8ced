"""At the reception, letters that fit nobody are pointed out as they are typed, in the list where
the names would be (before, the list stayed empty and only Enter said so); Enter still lends
nothing, and the next letters bring the names back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarms
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import type_text
from tests.ui.openers import open_reception
from ui.context import AppContext


def test_letters_that_fit_nobody_are_pointed_out_as_they_are_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)

    type_text(qtbot, window.input, "LARM-03")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.borrowers.count() == 0  # nothing typed yet: no line
    type_text(qtbot, window.input, "xq")
    assert window.borrowers.count() == 1
    assert window.borrowers.item(0).text() == (
        "Ingen medarbetare passar ”xq”. Skriv några bokstäver av namnet."
    )
    assert window.borrowers.current_match() is None
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error"
    assert demo_ctx.call(alarms.find_unit, "LARM-03").loan_id is None

    window.input.clear()
    type_text(qtbot, window.input, "lp")
    assert window.borrowers.item(0).text().startswith("Lena Persson")
    window.close()
