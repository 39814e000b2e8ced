"""What of the week's time grid stays in place while its days scroll: the hour axis at the left,
in step with the hours scrolled up and down, and the days' headings above, in step with the
days scrolled sideways. The days scroll sideways only where their lanes would be narrower than
the blocks' initials (week_widths): a very busy week never makes the window wider (five
meetings at once every weekday made it 1320 px wide, past a 1024 px screen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSizePolicy, QWidget

from samverkan_desktop.formatting import clock_text

AXIS_TEXT = QColor("#5f6b7a")


def axis_width(widget: QWidget) -> int:
    return widget.fontMetrics().horizontalAdvance("00.00") + 12


class HourAxis(QWidget):
    """ "07.00", "08.00" … beside the hour lines of the days in ``area``, moved up and down
    with them."""

    def __init__(self, area: QScrollArea, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.hours = (0, 0)
        self.setFixedWidth(axis_width(self))
        area.verticalScrollBar().valueChanged.connect(lambda _value: self.update())
        area.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self.update())

    def set_hours(self, hours: tuple[int, int]) -> None:
        self.hours = hours
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        days = self.area.widget()
        first, last = self.hours
        if days is None or last <= first:
            return
        top = self.mapFromGlobal(days.mapToGlobal(QPoint(0, 0))).y()
        step = days.height() / (last - first)
        painter = QPainter(self)
        # not beside the sideways scroll bar under the days
        painter.setClipRect(QRect(0, 0, self.width(), self.area.viewport().height()))
        painter.setPen(AXIS_TEXT)
        line = self.fontMetrics().height()
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for hour in range(first, last):
            y = top + round((hour - first) * step)
            rect = QRect(0, y + 1, self.width() - 6, line)
            painter.drawText(rect, int(align), clock_text(dt.time(hour)))
        painter.end()


class HeadingStrip(QWidget):
    """The days' headings (``row``) over their columns in ``area``: a row as wide as the days,
    moved sideways with them, as tall as its headings need at that width. It asks the window
    for no width: the days' least widths hold in ``area``, which scrolls."""

    def __init__(self, area: QScrollArea, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = area
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.inner = QWidget(self)
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self._followed: QWidget | None = None

    def clear(self) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()

    def follow(self, days: QWidget) -> None:
        """Keep over ``days`` (the area's widget) as it is resized and scrolled."""
        if self._followed is not None:
            self._followed.removeEventFilter(self)
        self._followed = days
        days.installEventFilter(self)
        self.updateGeometry()
        self._place()

    def _days_width(self) -> int:
        days = self.area.widget()
        return days.width() if days is not None else self.width()

    def _height(self) -> int:
        inner = self.inner
        if inner.hasHeightForWidth():
            height = inner.heightForWidth(self._days_width())
        else:
            height = inner.sizeHint().height()
        return max(height, inner.minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self._height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def _place(self) -> None:
        days = self.area.widget()
        left = days.x() if days is not None else 0
        self.inner.setGeometry(left, 0, self._days_width(), max(self.height(), self._height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._followed and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # a narrower day may wrap its holiday's name
            self._place()
        elif watched is self._followed and event.type() == QEvent.Type.Move:
            self._place()  # scrolled sideways
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a heading's height changed
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()
