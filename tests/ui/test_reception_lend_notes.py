"""What the desk is told before and after a lending that needs a look: a unit on charge says to
check its battery when chosen (it was lent without a word), and lending to someone who still has
a unit out names that unit in the confirmation (it named only the expired training)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext

CHARGE_NOTE = "⚠ Laddas – kontrollera batteriet innan du lämnar ut det."


def test_a_unit_on_charge_says_to_check_its_battery_when_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        enter_at_desk(qtbot, window, "LARM-05")  # on charge in the demo
        assert window.test_mark.isVisible() and window.test_mark.text() == CHARGE_NOTE
        enter_at_desk(qtbot, window, "lp")  # a note, not a question: lent as any other
        assert window.notice.label.text().startswith("LARM-05 utlånat till Lena Persson")
        assert not window.test_mark.isVisible()
        enter_at_desk(qtbot, window, "LARM-04")  # available: no note
        assert not window.test_mark.isVisible()
    finally:
        window.close()


def test_lending_to_someone_with_a_unit_late_names_it_in_the_confirmation(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        enter_at_desk(qtbot, window, "LARM-06")
        type_text(qtbot, window.input, "david")  # training expired, LARM-07 overdue
        qtbot.keyClick(window.input, Qt.Key.Key_Down)  # untrained: chosen only by hand
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        text = window.notice.label.text()
        assert text.startswith("LARM-06 utlånat till David Karlsson")
        assert "larmutbildning gick ut" in text
        assert text.endswith("David Karlsson har fortfarande LARM-07 (försenat) ute.")
        assert window.notice.kind == "warning"

        enter_at_desk(qtbot, window, "LARM-04")
        enter_at_desk(qtbot, window, "lp")  # Lena has nothing out: plain and green
        assert window.notice.label.text().startswith("LARM-04 utlånat till Lena Persson")
        assert "fortfarande" not in window.notice.label.text()
        assert window.notice.kind == "done"
    finally:
        window.close()
