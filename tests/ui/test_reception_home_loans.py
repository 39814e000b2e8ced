"""A threatened employee's home loan at the reception: her name is not on the screen nor on the
desk's printouts (the binder's log, the not-returned list), her line among the borrowers does
not give her home loan away, and a home loan lent here offers its hand-over form to sign."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import native_keys
from tests.ui.openers import enter_at_desk, open_reception
from tests.ui.windows import shown_previews, wait_for_preview
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.context import AppContext

FATIMA = ("Fatima", "Yousef", "08-508 10 228")  # LARM-14 is at her home in the demo


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _close_previews() -> None:
    for preview in shown_previews():
        preview.close()


def test_her_borrower_line_does_not_give_her_home_loan_away(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        assert "Fatima" not in window.tiles.tile("LARM-14").text()
        enter_at_desk(qtbot, window, "LARM-04")
        type_text(qtbot, window.input, "fa")
        line = window.borrowers.item(0).text()
        assert (
            line.startswith("Fatima Yousef") and "LARM-14" not in line and "har redan" not in line
        )
    finally:
        window.close()


def test_the_desks_printouts_list_her_home_loan_without_her(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    try:
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.input, Qt.Key.Key_P, keys)
        preview = wait_for_preview(qtbot)
        assert preview.windowTitle() == "Larm som inte är återlämnade"
        text = _pdf_text(preview.pdf, tmp_path)
        assert "LARM-14" in text and "(hemlån)" in text
        assert "David Karlsson" in text  # a home visit's borrower, to be called
        assert not any(part in text for part in FATIMA)
        _close_previews()

        qtbot.keyClick(window.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        preview = wait_for_preview(qtbot)
        text = _pdf_text(preview.pdf, tmp_path)
        assert "LARM-14" in text and "Fatima" not in text
        assert "Receptionens exemplar" in text
        assert window.print_out_button.text() == f"Ej återlämnade… ({native_keys('Ctrl+Shift+P')})"
        _close_previews()
    finally:
        window.close()


def test_a_home_loan_lent_here_offers_its_hand_over_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        type_date(qtbot, dialog.rows.end_edit, clock.today() + dt.timedelta(days=21))
        type_text(qtbot, line_edit(dialog.rows.approver_combo), "Elsa Holm")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    try:
        modals.answer(fill)
        enter_at_desk(qtbot, window, "LARM-13")
        enter_at_desk(qtbot, window, "lp")
        modals.check()
        assert window.notice.label.text().startswith("LARM-13 utlånat till Lena Persson")
        preview = wait_for_preview(qtbot)
        assert preview.windowTitle() == "Överlämningsblankett för hemlån"
        _close_previews()
        enter_at_desk(qtbot, window, "LARM-04")  # a home visit: no form
        enter_at_desk(qtbot, window, "lp")
        qtbot.wait(300)
        assert not shown_previews()
    finally:
        window.close()
