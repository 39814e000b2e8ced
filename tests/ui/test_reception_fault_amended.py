"""F8 again after a fault was reported on a return: the box opens with the fault given, to add
to or correct it, and the button beside the message says so, as the box's own button does
("Spara ändringen"). Before, it opened empty and the
second words replaced the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarm_history, alarms
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext


def _about(dialog: QWidget) -> str:
    """The line above the fault box saying what the box does."""
    return next(label.text() for label in dialog.findChildren(QLabel) if "LARM-07" in label.text())


def _ok(dialog: ReturnDialog) -> str:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text()


def test_f8_again_opens_the_fault_reported_to_amend_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)
    type_text(qtbot, window.input, "LARM-07")  # back from David Karlsson
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.fault_button.text() == "Anmäl fel… (F8)"
    seen: dict[str, object] = {}

    def report(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        seen["first about"] = _about(dialog)
        seen["first ok"] = _ok(dialog)
        qtbot.keyClicks(dialog.fault_edit, "Knappen fastnar")
        qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return)

    def amend(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        seen["title"] = dialog.windowTitle()
        seen["given"] = dialog.fault_edit.toPlainText()
        seen["about"] = _about(dialog)
        seen["ok"] = _ok(dialog)
        qtbot.keyClicks(dialog.fault_edit, " och laddar inte")  # typed after what was said
        qtbot.keyClick(dialog.fault_edit, Qt.Key.Key_Return)

    modals.answer(report)
    qtbot.keyClick(window.input, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: len(modals.seen) == 2 and window.notice.kind == "warning")
    seen["button"] = window.notice.fault_button.text()
    modals.answer(amend)
    qtbot.keyClick(window.input, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: len(modals.seen) == 3)
    modals.check()

    assert seen == {
        "button": "Ändra felet… (F8)",
        "title": "Ändra felet på LARM-07",
        "given": "Knappen fastnar",
        "first about": "Beskriv felet och tryck Enter: LARM-07 tas ur drift.",
        "first ok": "Anmäl felet",
        "ok": "Spara ändringen",  # not "Anmäl felet" over a fault reported already
        # Already out of service: the box says what amending does, not "goes out of service"
        "about": "Rätta beskrivningen och tryck Enter: LARM-07 är kvar ur drift, "
        "med den nya beskrivningen i stället för den gamla.",
    }
    unit = demo_ctx.call(alarms.find_unit, "LARM-07")
    assert unit.status is UnitStatus.OUT_OF_SERVICE
    loan = demo_ctx.call(alarm_history.list_loans, LoanFilter(unit_id=unit.id))[0]
    assert loan.fault_description == "Knappen fastnar och laddar inte"
    assert window.notice.fault_button.text() == "Ändra felet… (F8)"
    window.close()
