"""At the reception, letters that fit nobody are pointed out as they are typed, in the list where
the names would be (before, the list stayed empty and only Enter said so), with what to do: the
reception cannot add people, the coordinator does under Kontakter. Enter lends nothing and says
it once, the line turning red (a red notice below had repeated it word for word); the next
letters bring the names back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarms
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR


def test_letters_that_fit_nobody_are_pointed_out_as_they_are_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)

    enter_at_desk(qtbot, window, "LARM-03")
    assert window.borrowers.count() == 0  # nothing typed yet: no line
    type_text(qtbot, window.input, "xq")
    assert window.borrowers.count() == 1
    line = window.borrowers.item(0)
    assert line.text() == (
        "Ingen medarbetare passar ”xq”. Kontrollera stavningen; den som inte finns i registret "
        "läggs till av samordnaren under Kontakter."
    )
    assert line.foreground().color() != WARNING_COLOUR
    assert window.borrowers.current_match() is None
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.borrowers.count() == 1 and line.foreground().color() == WARNING_COLOUR
    assert window.notice.label.text() == ""  # said once, in the list
    assert window.input.selectedText() == "xq"  # typed over at once
    assert demo_ctx.call(alarms.find_unit, "LARM-03").loan_id is None

    window.input.clear()
    type_text(qtbot, window.input, "lp")
    assert window.borrowers.item(0).text().startswith("Lena Persson")
    window.close()
