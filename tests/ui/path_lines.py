"""Whether a message box shows a path whole on a line of its own, to select and copy: Qt wrapped
one inside a sentence at a "/" mid-way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox


def path_on_its_own_line(box: QMessageBox, path: Path) -> bool:
    """The box's text has ``path`` as a line of its own, its label wide enough for it whole and
    its text selectable."""
    line = str(path)
    labels = [label for label in box.findChildren(QLabel) if line in label.text().split("\n")]
    return (
        len(labels) == 1
        and labels[0].width() >= labels[0].fontMetrics().horizontalAdvance(line)
        and bool(box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
    )
