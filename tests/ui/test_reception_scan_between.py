"""A unit handed back in the middle of a lending: the receptionist scans it where the letters of
the borrower's name already stand ("lpLARM-07"). It is taken back and the lending goes on, its
unit chosen and its letters kept (before: "Ingen medarbetare passar ”lpLARM-07”", and a scan
into an emptied field dropped the lending). Letters typed before the unit's scan name its
borrower."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def _out(ctx: AppContext) -> dict[str, str | None]:
    return {
        r.unit_code: r.borrower
        for r in ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    }


def _take_back(box: QWidget) -> None:
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Ta tillbaka LARM-14?"
    next(b for b in box.buttons() if b.text() == "Ta tillbaka").click()


def test_a_unit_handed_back_mid_lending_is_taken_back_and_the_lending_goes_on(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    type_text(qtbot, window.input, "lp")
    enter_at_desk(qtbot, window, "LARM-07")  # scanned after the letters

    assert "LARM-07" not in _out(demo_ctx)
    assert window.notice.label.text().startswith("LARM-07 är tillbaka från David Karlsson")
    assert window.unit is not None and window.unit.code == "LARM-03"
    assert window.input.text() == "lp"
    assert window.borrowers.item(0).text().startswith("Lena Persson")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _out(demo_ctx)["LARM-03"] == "Lena Persson"

    enter_at_desk(qtbot, window, "LARM-04")  # the field emptied first, then the scan
    window.input.clear()
    enter_at_desk(qtbot, window, "LARM-03")
    assert "LARM-03" not in _out(demo_ctx)
    assert window.unit is not None and window.unit.code == "LARM-04"
    modals.answer(_take_back)  # LARM-14 is out on a home loan
    enter_at_desk(
        qtbot, window, "14"
    )  # typed by hand: the home loan, taken back after the question
    assert "LARM-14" not in _out(demo_ctx)
    assert window.unit is not None and window.unit.code == "LARM-04"
    window.close()


def test_letters_typed_before_the_scan_name_the_borrower(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    type_text(qtbot, window.input, "lp")
    enter_at_desk(qtbot, window, "LARM-04")
    assert window.unit is not None and window.unit.code == "LARM-04"
    assert window.input.text() == "lp"
    assert window.borrowers.item(0).text().startswith("Lena Persson")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _out(demo_ctx)["LARM-04"] == "Lena Persson"
    window.close()
