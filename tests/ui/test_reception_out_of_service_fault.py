"""At the reception, a unit out of service scanned to be lent: the line says the fault
reported, "LARM-09 är ur drift och kan inte lånas ut. Fel: Larmet når inte larmcentralen vid
test.", so the receptionist can say what is wrong and take another (it said only "ur drift")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_unit_out_of_service_scanned_says_its_fault(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)

    enter_at_desk(qtbot, window, "LARM-09")
    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "LARM-09 är ur drift och kan inte lånas ut. Fel: Larmet når inte larmcentralen vid test."
    )
    assert window.unit is None and window.input.text() == ""
    window.close()
