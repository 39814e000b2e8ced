"""A printout as of a day (the collaboration structure), previewed as of today at once: "As of"
and a date in the preview's toolbar build it again as of another day, in place. The common
case (today) costs no question first; another day is a date typed in the preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from ui.runner import run_in_background
from ui.widgets.dialogs import show_error
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.pdf_dialog import PdfPreviewDialog

# The printout as of a day: its file's name and how to build it (off the GUI thread).
Printout = Callable[[dt.date], tuple[str, Callable[[], bytes]]]


class PreviewDay(QWidget):
    """The day the preview shows; each new day asked builds the printout again and the latest
    asked is shown (a build finishing after a later one was asked is dropped)."""

    def __init__(self, dialog: PdfPreviewDialog, day: dt.date, printout: Printout) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.printout = printout
        self.shown = day
        self._asked = 0
        self._open = True  # a build finishing after the preview closed has nowhere to go
        dialog.finished.connect(self._closed)
        self.edit = OptionalDateEdit(self)
        self.edit.set_value(day)
        self.edit.setToolTip(_("Type another day: the printout is made as of that day."))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 8, 0)
        label = QLabel(_("As of"), self)
        label.setBuddy(self.edit)
        row.addWidget(label)
        row.addWidget(self.edit)
        self.edit.dateChanged.connect(self._changed)

    def _changed(self) -> None:
        day = self.edit.value_or_none()  # empty or no date yet: the day shown stays
        if day is None:
            return
        self._asked += 1
        asked = self._asked
        file_name, build = self.printout(day)

        def done(pdf: bytes) -> None:
            if asked == self._asked and self._open:
                self.shown = day
                self.dialog.show_pdf(pdf, file_name)

        def failed(error: DomainError) -> None:
            if self._open:
                show_error(self.dialog, error)

        run_in_background(build, done, failed, name=f"printout {file_name}")

    def _closed(self) -> None:
        self._open = False


def add_day(dialog: PdfPreviewDialog, day: dt.date, printout: Printout) -> PreviewDay:
    """Put the day field first in the preview's toolbar."""
    field = PreviewDay(dialog, day, printout)
    first = dialog.toolbar.actions()[0]
    dialog.toolbar.insertWidget(first, field)
    dialog.toolbar.insertSeparator(first)
    return field
