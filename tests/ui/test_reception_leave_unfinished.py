"""Leaving reception mode in the middle of a lending says what would be dropped ("LARM-03 är inte
utlånat än …"), from F11 and from the header's button alike; Enter stays with the letters kept.
Before, F11 asked only "Lämna receptionsläget?" and the button left at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext

DROPPED = "LARM-03 är inte utlånat än: det du har skrivit försvinner om du lämnar."


def test_leaving_mid_lending_names_what_is_dropped(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    type_text(qtbot, window.input, "lp")
    said: list[str] = []

    def stay(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.informativeText())
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)

    modals.answer(stay, stay)
    qtbot.keyClick(window.input, Qt.Key.Key_F11)
    leave = next(b for b in window.findChildren(QPushButton) if b.text().endswith("(F11)"))
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(modals.seen) == 3)

    assert said == [DROPPED + "\nF11: lämna · Enter / Esc: stanna kvar"] * 2
    assert window.isVisible()
    assert window.unit is not None and window.unit.code == "LARM-03"
    assert window.input.text() == "lp"
    window.close()


def test_the_leave_button_asks_even_with_nothing_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """At a desk started with --reception, leaving ends the program: one click on the button
    did, without a question, when no unit was chosen."""
    window = open_reception(qtbot, demo_ctx, modals)
    asked: list[str] = []

    def stay(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)

    modals.answer(stay)
    leave = next(b for b in window.findChildren(QPushButton) if b.text().endswith("(F11)"))
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(modals.seen) == 2)
    assert asked == ["Lämna receptionsläget?"]
    assert window.isVisible()
    window.close()
