"""Whether a message box shows a path whole on a line of its own, to select and copy: Qt wrapped
one inside a sentence at a "/" mid-way; a notice bar's lines under its text."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


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


def notice_path_lines(notice: QWidget) -> list[tuple[str, str]]:
    """The lines a notice bar shows under its text (not its text's label), as (what reads on
    the line, its tooltip), each checked to fit the line's width."""
    text_label = getattr(notice, "label", None)
    lines = [
        label
        for label in notice.findChildren(QLabel)
        if label is not text_label and label.isVisible() and label.text()
    ]
    for label in lines:
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), label.text()
    return [(label.text(), label.toolTip()) for label in lines]


@contextmanager
def short_folder() -> Iterator[Path]:
    """A folder with a short path, for a file deep in it that can still read whole: a line is
    as wide as the screen allows (640 pixels offscreen), and a file under pytest's tmp_path,
    itself some 60 letters, soon is not."""
    with tempfile.TemporaryDirectory(prefix="sv-") as name:
        yield Path(name)
