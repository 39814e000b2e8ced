"""A lending undone (mostly: lent to the wrong person) leaves the unit chosen, so two letters and
Enter lend it to the right one; before, the unit had to be scanned again first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_after_undoing_a_lending_the_unit_waits_for_the_right_borrower(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    for typed in ("LARM-03", "so"):  # Sofia Lindberg, meant Lena Persson
        enter_at_desk(qtbot, window, typed)
    qtbot.keyClick(window.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.notice.label.text() == "Ångrat: LARM-03 lånades inte ut."
    assert window.prompt.text().startswith("LARM-03 (Hembesök): skriv 2–3 bokstäver")
    enter_at_desk(qtbot, window, "lp")
    loans = demo_ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    assert [r.borrower for r in loans if r.unit_code == "LARM-03"] == ["Lena Persson"]
    window.close()
