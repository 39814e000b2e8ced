"""A home loan at the desk lent with nothing filled in: the form says both what is missing, the
end under "Utlånat till" and the approving manager under "Godkänt av", the cursor in the end.
Before, only the end was said and the manager came up at the next Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.context import AppContext


def test_the_home_loan_form_says_every_missing_field_at_once(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)
    seen: dict[str, object] = {}

    def lend_empty(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # Lend, nothing given
        seen["visible"] = dialog.isVisible()
        seen["end"] = dialog.error_text("due_at")
        seen["approver"] = dialog.error_text("approved_by_id")
        focused = QApplication.focusWidget()
        seen["cursor in the end"] = focused is not None and (
            focused is dialog.rows.end_edit or dialog.rows.end_edit.isAncestorOf(focused)
        )
        dialog.reject()

    modals.answer(lend_empty)
    for typed in ("LARM-13", "lp"):
        enter_at_desk(qtbot, window, typed)
    modals.check()

    assert seen == {
        "visible": True,
        "end": "Ett hemlån behöver ett slutdatum.",
        "approver": "Ett hemlån behöver chefen som har godkänt det.",
        "cursor in the end": True,
    }
    window.close()
