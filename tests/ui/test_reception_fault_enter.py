"""F8 after a return: the fault is typed and Enter reports it, as Enter confirms everything else
at the desk (before, Enter only added empty lines to the box and the dialog stayed open; its
button read "Ta tillbaka" for a unit already back). An empty box is pointed out, not taken as
"in order"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarm_history, alarms
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext


def test_enter_reports_the_fault_typed_after_f8(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    type_text(qtbot, window.input, "LARM-07")  # back from David Karlsson
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    seen: dict[str, str] = {}

    def report(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        seen["button"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text()
        seen["placeholder"] = dialog.fault_edit.placeholderText()
        qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return)  # nothing typed yet
        seen["empty"] = dialog.error_text("fault")
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.fault_edit, "Knappen fastnar")
        qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return)

    modals.answer(report)
    qtbot.keyClick(window.input, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: len(modals.seen) == 2)

    assert seen == {
        "button": "Anmäl felet",
        "placeholder": "t.ex. knappen fastnar",
        "empty": "Beskriv felet, t.ex. ”knappen fastnar”.",
    }
    unit = demo_ctx.call(alarms.find_unit, "LARM-07")
    assert unit.status is UnitStatus.OUT_OF_SERVICE
    loan = demo_ctx.call(alarm_history.list_loans, LoanFilter(unit_id=unit.id))[0]
    assert loan.fault_description == "Knappen fastnar"
    assert window.notice.kind == "warning" and "ur drift" in window.notice.label.text()
    window.close()
