"""Saving a preview as PDF names the file whole on a line of its own, selectable to copy:
"Sparade:" / the file. Inside the sentence ("Sparade /home/…/Delade dokument/…") a long path
broke at a "/" mid-way."""

from __future__ import annotations

import io

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.path_lines import path_on_its_own_line, short_folder
from tests.ui.windows import show_window
from ui.widgets.pdf_dialog import PdfPreviewDialog


def _agenda() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 760, "Dagordning")
    canvas.save()
    return out.getvalue()


def test_a_pdf_saved_is_named_whole_on_a_line_of_its_own(qtbot: QtBot, modals: ModalDriver) -> None:
    window = show_window(qtbot, QWidget(), 700, 500)
    dialog = PdfPreviewDialog.open_pdf(window, "Dagordning", _agenda(), "dagordning.pdf")
    seen: list[tuple[str, bool]] = []
    try:
        with short_folder() as folder:
            deep = folder / "Delade dokument" / "Östermalms stadsdelsförvaltning"
            deep.mkdir(parents=True)
            out = deep / "dagordning styrgruppen.pdf"

            def read(box: QWidget) -> None:
                assert isinstance(box, QMessageBox)
                seen.append((box.text(), path_on_its_own_line(box, out)))
                click_button(qtbot, box, "OK")

            modals.answer(read)
            dialog.write_to(out)
            modals.check()
            assert out.read_bytes().startswith(b"%PDF")
        assert seen == [(f"Sparade:\n{out}", True)]
    finally:
        dialog.close()
        QApplication.processEvents()
