"""At the reception, a unit out of service scanned to be lent: the line says the fault
reported, "LARM-09 är ur drift och kan inte lånas ut. Fel: Larmet når inte larmcentralen vid
test.", so the receptionist can say what is wrong and take another (it said only "ur drift")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import type_text
from tests.ui.openers import open_reception
from ui.context import AppContext


def test_a_unit_out_of_service_scanned_says_its_fault(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)

    type_text(qtbot, window.input, "LARM-09")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "LARM-09 är ur drift och kan inte lånas ut. Fel: Larmet når inte larmcentralen vid test."
    )
    assert window.unit is None and window.input.text() == ""
    window.close()
