"""File dialogs run through ``exec_once``, not Qt's static ``QFileDialog.get…`` calls.

A static call runs its dialog inside Qt: answered or cancelled, no window was active again where
no window manager hands the keyboard back (a desk without one, offscreen), so the list's keys
went nowhere; and Python never saw the dialog to delete it. Built here, the dialog is deleted
once answered and the window under it gets the keyboard back (ui/widgets/one_time_dialog.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui.widgets.one_time_dialog import exec_once


def open_file(parent: QWidget | None, title: str, folder: Path, filters: str = "") -> Path | None:
    """An existing file chosen in ``folder`` (None: cancelled). ``filters`` as Qt writes them,
    ``"Name (*.a *.b);;All files (*)"``, the first one selected."""
    chosen = _run(parent, title, folder, filters, QFileDialog.FileMode.ExistingFile)
    return chosen[0] if chosen else None


def open_files(parent: QWidget | None, title: str, folder: Path, filters: str = "") -> list[Path]:
    """The existing files chosen in ``folder`` (none: cancelled)."""
    return _run(parent, title, folder, filters, QFileDialog.FileMode.ExistingFiles)


def save_file(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Where to save, ``suggested`` (folder and name) offered; Qt asks before replacing a file.
    The path as typed (the caller adds a missing ending); None: cancelled."""
    chosen = _run(parent, title, suggested.parent, filters, QFileDialog.FileMode.AnyFile, suggested)
    return chosen[0] if chosen else None


def _run(
    parent: QWidget | None,
    title: str,
    folder: Path,
    filters: str,
    mode: QFileDialog.FileMode,
    suggested: Path | None = None,
) -> list[Path]:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setFileMode(mode)
    if suggested is not None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested.name)
    if exec_once(dialog) != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]
