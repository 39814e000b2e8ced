"""The print preview fits the screen the window is on, with every button of its toolbar shown:
it opened 900 × 1000, below the bottom of a laptop's screen (about 1090 × 610 at 125 %)."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.ui.windows import settle, show_window, wait_exposed
from ui.widgets.pdf_dialog import PdfPreviewDialog


def _two_pages() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for text in ("Samverkansstruktur", "Östermalm"):
        canvas.drawString(72, 760, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_the_preview_fits_the_screen_and_shows_every_button(qtbot: QtBot) -> None:
    window = show_window(qtbot, QWidget(), 700, 500)
    room = window.screen().availableGeometry()
    assert room.height() < 1000  # the offscreen screen: smaller than the preview was
    dialog = PdfPreviewDialog.open_pdf(window, "Samverkansstruktur", _two_pages(), "x.pdf")
    wait_exposed(qtbot, dialog)
    settle(qtbot)
    try:
        assert room.contains(dialog.frameGeometry())
        assert dialog.height() >= room.height() * 3 // 4  # the page gets the screen's height
        shown = [
            button.text()
            for button in dialog.toolbar.findChildren(QToolButton)
            if button.isVisible() and dialog.rect().contains(button.geometry())
        ]
        for text in ("Skriv ut…", "Spara som PDF…", "Zooma in", "Zooma ut", "Stäng"):
            assert text in shown, shown
    finally:
        dialog.close()
        QApplication.processEvents()
