"""A folder shown in the system's file manager, or a message naming it when none could."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from samverkan_desktop.i18n import _
from ui.widgets.dialogs import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def open_folder(parent: QWidget | None, folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        # the folder on a line of its own: inside the sentence it broke at a "/"
        show_error(
            parent,
            _("No file manager could open the folder:\n{folder}").format(folder=folder),
            _("The folder cannot be opened"),
            paths=[folder],
        )
