"""A report of what was done and the lines to look at, as an import gives it ("43 personer har
lagts till …", then "Rad 7, …" for each row to correct). A message box grew with its lines:
forty rows to correct made it taller than the screen, its OK button and the last rows beyond
the bottom edge. Here the lines scroll in a box of their own, the dialog stays on the screen,
and the lines can be selected and copied to the list being corrected."""

from __future__ import annotations

import math

from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dialogs import button_box
from ui.widgets.one_time_dialog import OneTimeDialog

WIDTH = 620  # as a message box with a long summary is
SCREEN_SHARE = 0.8  # of the screen's height, the most the dialog takes


class ReportDialog(OneTimeDialog):
    def __init__(self, parent: QWidget | None, title: str, summary: str, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._text = "\n".join([summary, "", *lines])
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(size, size))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.lines = QTextEdit(self)
        self.lines.setReadOnly(True)
        self.lines.setPlainText("\n".join(lines))
        self._hang(self.lines)
        buttons = button_box(cancel=False)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.buttons()[0]

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.ok_button.setFocus()  # Enter reads "OK", as in a message box
        self._fit(lines)

    @staticmethod
    def _hang(box: QTextEdit) -> None:
        """Each line's wrapped part indented under its first words, a little room after it: the
        rows read one by one, not as one block of text."""
        indent = box.fontMetrics().averageCharWidth() * 3
        layout = QTextBlockFormat()
        layout.setLeftMargin(indent)
        layout.setTextIndent(-indent)
        layout.setBottomMargin(3)
        cursor = QTextCursor(box.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(layout)

    def text(self) -> str:
        """Everything said, as the message box said it (summary, a blank line, the lines)."""
        return self._text

    def _fit(self, lines: list[str]) -> None:
        """As tall as the lines need when they are few, at most a share of the screen."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(WIDTH, screen.width() - 40)
        metrics = self.lines.fontMetrics()
        room = width - 80  # the box's frame, margins and scroll bar
        wrapped = sum(max(1, math.ceil(metrics.horizontalAdvance(line) / room)) for line in lines)
        wanted = (
            (metrics.lineSpacing() + 1) * (wrapped + 1)
            + 3 * len(lines)
            + 2 * self.lines.frameWidth()
            + 8
        )
        self.lines.setMinimumHeight(min(wanted, metrics.lineSpacing() * 4))
        self.resize(width, 1)
        others = self.sizeHint().height() - self.lines.sizeHint().height()
        self.resize(width, min(others + wanted, int(screen.height() * SCREEN_SHARE)))


def show_report(parent: QWidget | None, title: str, summary: str, lines: list[str]) -> None:
    """The report, answered with OK (Enter or Esc)."""
    ReportDialog(parent, title, summary, lines).exec()
