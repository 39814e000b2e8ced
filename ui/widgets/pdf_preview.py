"""Every printout opens in the in-app preview (``ui.widgets.pdf_dialog``) through
``preview_in_background``, which builds the PDF off the GUI thread first.

Kept apart from the dialog so that an area can offer printing without loading Qt's PDF and print
modules, or ReportLab (imported by the builders), before something is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from samverkan_desktop.errors import DomainError
from ui.runner import run_in_background
from ui.widgets.dialogs import show_error

if TYPE_CHECKING:
    from ui.widgets.pdf_dialog import PdfPreviewDialog


def preview_in_background(
    parent: QWidget,
    title: str,
    file_name: str,
    build: Callable[[], bytes],
    opened: Callable[[PdfPreviewDialog], object] | None = None,
) -> None:
    """Build the PDF off the GUI thread (busy cursor meanwhile), then open the preview (and
    give it to ``opened``, to add to it)."""
    from PySide6.QtGui import QCursor, QGuiApplication

    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))

    def over() -> QWidget | None:
        """The window asked from, or none once it has gone while the PDF was built (the
        reception left just after a home loan: its hand-over form still opens, to be signed,
        where it raised "Internal C++ object already deleted")."""
        return parent if shiboken6.isValid(parent) else None

    def done(pdf: bytes) -> None:
        from ui.widgets.pdf_dialog import PdfPreviewDialog

        QGuiApplication.restoreOverrideCursor()
        dialog = PdfPreviewDialog.open_pdf(over(), title, pdf, file_name)
        if opened is not None:
            opened(dialog)

    def failed(error: DomainError) -> None:
        QGuiApplication.restoreOverrideCursor()
        show_error(over(), error)

    run_in_background(build, done, failed, name=f"printout {file_name}")


def preview_as_of(
    parent: QWidget,
    title: str,
    day: dt.date,
    printout: Callable[[dt.date], tuple[str, Callable[[], bytes]]],
) -> None:
    """The printout as of ``day`` in the preview at once, with the day in its toolbar to build
    it as of another (``ui.widgets.pdf_day``); ``printout(day)`` gives the file's name and how
    to build it."""
    file_name, build = printout(day)

    def add_day(dialog: PdfPreviewDialog) -> None:
        from ui.widgets import pdf_day

        pdf_day.add_day(dialog, day, printout)

    preview_in_background(parent, title, file_name, build, add_day)


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
