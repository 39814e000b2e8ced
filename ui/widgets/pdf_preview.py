"""Every printout opens in the in-app preview (``ui.widgets.pdf_dialog``) through
``preview_in_background``, which builds the PDF off the GUI thread first.

Kept apart from the dialog so that an area can offer printing without loading Qt's PDF and print
modules, or ReportLab (imported by the builders), before something is printed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from samverkan_desktop.errors import DomainError
from ui.runner import run_in_background
from ui.widgets.dialogs import show_error


def preview_in_background(
    parent: QWidget, title: str, file_name: str, build: Callable[[], bytes]
) -> None:
    """Build the PDF off the GUI thread (busy cursor meanwhile), then open the preview."""
    from PySide6.QtGui import QCursor, QGuiApplication

    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))

    def done(pdf: bytes) -> None:
        from ui.widgets.pdf_dialog import PdfPreviewDialog

        QGuiApplication.restoreOverrideCursor()
        PdfPreviewDialog.open_pdf(parent, title, pdf, file_name)

    def failed(error: DomainError) -> None:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, error)

    run_in_background(build, done, failed)


def preview_when_chosen(
    parent: QWidget, dialog: QDialog, chosen: Callable[[], tuple[str, Callable[[], bytes]]]
) -> None:
    """``dialog`` opened window-modal (no nested event loop); once accepted, the printout
    it chose in the preview: ``chosen()`` gives its title (the file's name too) and how to
    build it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        title, build = chosen()
        preview_in_background(parent, title, f"{title}.pdf", build)

    dialog.accepted.connect(accepted)
    dialog.open()
