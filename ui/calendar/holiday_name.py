"""A public holiday's name in its day of the month grid: beside the day's number, and where it
does not fit there and the day has the height, on a second line under the number, the cell's
whole width ("6 Trettondedag" / "jul"); a word wider than its line is broken with a hyphen,
between its parts where one fits ("14 Kristi" / "himmels-" / "färdsdag" at 900 px, where it
read "himmelsfärd…"), and cut with "…" on the last line the day has room for, the name whole
in the tooltip. At 1024 px the name was cut on one line, "Trettondedag…". The day cell says
how many lines it may take (its meetings' tiles are fitted first)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.text_lines import cut_short, wrapped_lines

MOST_LINES = 3  # a name beside its number: two words under it at most


class HolidayName(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holidayName")
        self.full_text = name
        self.setToolTip(_("Public holiday: {name}").format(name=name))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.beside = 0  # the day's number and the space after it, beside the first line
        self.lines = 1  # as many as the day gives it

    def set_room(self, indent: int, lines: int) -> bool:
        """The first line beside ``indent`` pixels, at most ``lines``; True if that changed."""
        if (indent, lines) == (self.beside, self.lines):
            return False
        self.beside, self.lines = indent, lines
        self.updateGeometry()
        self._show_lines()
        return True

    def shown_lines(self, lines: int | None = None, width: int | None = None) -> list[str]:
        """The name as it is shown (in ``lines`` lines at most, the day's by default, in
        ``width`` pixels, its own by default). A first word too wide to stand beside the
        number starts under it ("6" / "Trettondedag" / "jul" at 900 px)."""
        width = max(self.width() if width is None else width, 1)
        most = self.lines if lines is None else lines
        font, first = self.font(), width - self.beside
        word = self.full_text.split(" ", 1)[0]
        cut = self.fontMetrics().elidedText(word, Qt.TextElideMode.ElideRight, first) != word
        if most > 1 and cut:
            return ["", *wrapped_lines(self.full_text, font, width, most - 1, hyphenate=True)]
        return wrapped_lines(self.full_text, font, width, most, first, hyphenate=True)

    def lines_needed(self, width: int) -> int:
        """The lines the whole name takes in ``width`` pixels (MOST_LINES at most)."""
        for lines in range(1, MOST_LINES):
            if not cut_short(self.shown_lines(lines, width)):
                return lines
        return MOST_LINES

    def height_of(self, lines: int) -> int:
        return self.contentsMargins().top() + lines * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.beside + self.fontMetrics().horizontalAdvance(self.full_text)
        return QSize(width, self.height_of(len(self.shown_lines())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())  # as narrow as its day

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_lines()

    def _show_lines(self) -> None:
        # The text for whoever reads it (a screen reader, a test); painted by paintEvent.
        text = "\n".join(self.shown_lines())
        if text != self.text():
            self.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = self.fontMetrics()
        top = self.contentsMargins().top() + metrics.ascent()
        for index, line in enumerate(self.shown_lines()):
            left = self.beside if index == 0 else 0
            painter.drawText(QPointF(left, top + index * metrics.lineSpacing()), line)
