"""The reception prints today's page of the loan log for its binder with Ctrl+P (or the button),
without leaving reception mode: before, it had to leave, find Larm → Skriv ut ▾ → Utlåningslogg
and change the period from the month to today."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from tests.ui.windows import shown_previews
from ui.context import AppContext
from ui.reception.window import ReceptionWindow
from ui.widgets.pdf_dialog import PdfPreviewDialog


def _previews() -> list[PdfPreviewDialog]:
    return shown_previews()


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "log.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _lend(qtbot: QtBot, window: ReceptionWindow, code: str, letters: str) -> None:
    for typed in (code, letters):
        enter_at_desk(qtbot, window, typed)


def test_ctrl_p_previews_todays_loan_log(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    _lend(qtbot, window, "LARM-03", "lp")
    assert window.notice.label.text().startswith("LARM-03 utlånat till Lena Persson")

    qtbot.keyClick(window.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_previews()), timeout=15_000)
    preview = _previews()[-1]
    today = clock.today().isoformat()
    assert preview.windowTitle() == "Utlåningslogg för larm"
    assert preview.file_name == f"larmlogg-{today}.pdf"
    text = _text(preview.pdf, tmp_path)
    assert f"Utlåningslogg för larm {today} " in text  # the footer: the day once
    assert f"{today} – {today}" not in text
    assert "LARM-03" in text and "Lena Persson" in text
    assert "LARM-07" in text  # lent before today, still out: on today's page too (2d0f32d)
    preview.close()
    assert window.print_button.text() == "Skriv ut dagens utlåningslogg… (Ctrl+P)"
    window.close()
