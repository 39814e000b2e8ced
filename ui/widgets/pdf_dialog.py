"""In-app preview of a printout (QtPdf) with Print (any installed printer) and Save as PDF:
``PdfPreviewDialog.open_pdf(parent, title, pdf_bytes, file_name)``. Areas open it through
``ui.widgets.pdf_preview``, which loads this module (and Qt's PDF and print modules) only when
a printout is first shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from samverkan_desktop import output_files
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _, ngettext
from ui import key_guide
from ui.widgets.dialogs import show_error, show_info
from ui.widgets.file_dialogs import save_file
from ui.widgets.one_time_dialog import exec_once
from ui.widgets.toolbar_keys import reach_by_keys
from ui.widgets.wording import keep_ellipsis

LARGEST = QSize(900, 1000)  # a page fitted to the width, about as large as printed
FRAME_ALLOWANCE = QSize(24, 64)  # the window's frame and title bar, and a little air


class PdfPreviewDialog(QDialog):
    def __init__(
        self, title: str, pdf: bytes, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self._load(pdf, file_name)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Before the pages: "Fit width" and "Close" have no keys of their own.
        reach_by_keys(toolbar, self.view)
        self.print_action = self._action(
            toolbar, _("Print…"), self.print_document, key_guide.PDF_PRINT
        )
        self.save_action = self._action(
            toolbar, _("Save as PDF…"), self.save_as, key_guide.PDF_SAVE
        )
        toolbar.addSeparator()
        self._action(toolbar, _("Zoom in"), lambda: self._zoom(1.25), key_guide.PDF_ZOOM_IN)
        self._action(toolbar, _("Zoom out"), lambda: self._zoom(0.8), key_guide.PDF_ZOOM_OUT)
        self._action(toolbar, _("Fit width"), self._fit_width, None)
        toolbar.addSeparator()
        self._action(toolbar, _("Close"), self.reject, None)
        self.pages = QLabel(self)
        self.pages.setContentsMargins(12, 0, 0, 0)
        self._count_pages()
        toolbar.addWidget(self.pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        self.toolbar = toolbar
        self._fit_to_screen(parent)

    def _load(self, pdf: bytes, file_name: str) -> None:
        self.pdf = pdf
        self.file_name = file_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _count_pages(self) -> None:
        count = self.document.pageCount()
        self.pages.setText(ngettext("{count} page", "{count} pages", count).format(count=count))

    def show_pdf(self, pdf: bytes, file_name: str) -> None:
        """Show another build of the printout (as of another day) in place of this one."""
        old = self._buffer
        self.document.close()
        self._load(pdf, file_name)
        old.deleteLater()
        self._count_pages()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """An A4 page's width at most, and no larger than the screen the window is on, less its
        frame: at 900 × 1000 the preview reached below a laptop's screen (1366 × 768 at 125 %
        leaves about 1090 × 610), and wider than the toolbar, so every button shows."""
        screen = (parent or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width = min(LARGEST.width(), room.width() - FRAME_ALLOWANCE.width())
        width = min(max(width, self.toolbar.sizeHint().width()), room.width())
        height = min(LARGEST.height(), room.height() - FRAME_ALLOWANCE.height())
        self.resize(width, height)

    def _action(
        self,
        toolbar: QToolBar,
        text: str,
        slot: Callable[[], object],
        keys: key_guide.Keys | None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            keys.apply(action)
        action.triggered.connect(slot)
        toolbar.addAction(keep_ellipsis(action))
        return action

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = save_file(
            self, _("Save as PDF"), Path(folder) / self.file_name, _("PDF files (*.pdf)")
        )
        if path is not None:
            self.write_to(path)

    def write_to(self, path: Path) -> None:
        path = output_files.with_ending(path, output_files.PDF)
        try:
            output_files.write_bytes(path, self.pdf)  # never over a database
        except DomainError as error:
            show_error(self, error)
            return
        # The file whole on a line of its own, to copy: inside the sentence it broke at a "/".
        show_info(self, _("Saved:\n{path}").format(path=path), paths=[path])

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print"))
        if exec_once(dialog) == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page at the printer's resolution, scaled to fit the paper."""
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, _("The printer could not be started."))
            return
        try:
            page_rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                scale = min(page_rect.width() / size.width(), page_rect.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(page, target)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    @classmethod
    def open_pdf(
        cls, parent: QWidget | None, title: str, pdf: bytes, file_name: str
    ) -> PdfPreviewDialog:
        dialog = cls(title, pdf, file_name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
