"""The home-loan dialog names the borrower chosen (and the unit): with "Sofia Lindberg" and
"Sofie Ahlgren" side by side in the list behind it, the receptionist sees whom she is about to
lend a home loan to before she approves it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.context import AppContext


def test_the_home_loan_dialog_names_the_borrower_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    seen: list[tuple[str, str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        labels = "\n".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append((dialog.windowTitle(), labels))
        dialog.reject()

    try:
        enter_at_desk(qtbot, window, "LARM-13")
        type_text(qtbot, window.input, "sof")
        names = [match.name for match in window.borrowers.matches()]
        assert {"Sofia Lindberg", "Sofie Ahlgren"} <= set(names)
        second = names[1]
        modals.answer(look)
        qtbot.keyClick(window.input, Qt.Key.Key_Down)
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        modals.check()
        title, labels = seen[0]
        assert title == f"Hemlån av LARM-13 till {second}"
        assert f"<b>{second}</b><br>" in labels  # her department below
        other = next(name for name in names[:2] if name != second)
        assert other not in title and other not in labels
    finally:
        window.close()
