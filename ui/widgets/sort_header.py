"""The column titles of the register lists: sort arrows that point the same way on every
platform, and a title too wide for its column broken onto a second line between its words
("Öppna / åtgärder"), cut with "…" only where a word itself does not fit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QWidget,
)

# Fusion draws Qt's sort arrows the other way round on Linux alone (GTK's old convention): there
# a list sorted newest first showed ▲, which reads "oldest first". SortHeader turns them round.
_ARROWS_REVERSED = sys.platform.startswith("linux")
TITLE_LINES = 2  # a title breaks onto at most this many lines


class SortHeader(QHeaderView):
    """Column titles whose sort arrow points up for ascending and down for descending (newest
    or largest first), as on Windows, macOS and the web, whatever the platform. The header
    grows a line while a title needs two."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)  # as the table's own header: a click sorts
        self._lines = 1
        # Once per turn of the event loop, however many sections were resized meanwhile.
        self._height_timer = QTimer(self)
        self._height_timer.setSingleShot(True)
        self._height_timer.timeout.connect(self._fit_height)
        self.sectionResized.connect(lambda *_args: self._height_timer.start())
        self.sortIndicatorChanged.connect(lambda *_args: self._height_timer.start())

    def initStyleOptionForIndex(  # noqa: N802
        self, option: QStyleOptionHeader, logical_index: int
    ) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        if _ARROWS_REVERSED and _base_style_name(self.style()) == "fusion":
            up, down = (
                QStyleOptionHeader.SortIndicator.SortUp,
                QStyleOptionHeader.SortIndicator.SortDown,
            )
            if option.sortIndicator == up:
                option.sortIndicator = down
            elif option.sortIndicator == down:
                option.sortIndicator = up
        # A title wider than its section breaks between words, or ends in "…" (its tooltip
        # gives it whole): centred and clipped, "Prioriterade områden" read "rioriterade område".
        option.text = self.shown_title(logical_index, option)

    def shown_title(
        self,
        logical_index: int,
        option: QStyleOptionHeader | None = None,
        lines: int | None = None,
    ) -> str:
        """The title as the section shows it: whole, broken onto two lines between words
        ("Öppna\\nåtgärder") while the header has room for two, or cut on the right with
        "…". ``lines``: as a header of so many lines would show it."""
        if option is None:
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            super().initStyleOptionForIndex(option, logical_index)
        title = str(self.model().headerData(logical_index, self.orientation()) or "")
        room = self._label_width(option, logical_index)
        return broken_title(title, room, self.fontMetrics(), lines or self._lines)

    def _label_width(self, option: QStyleOptionHeader, logical_index: int) -> int:
        measured = QStyleOptionHeader(option)
        measured.rect = QRect(0, 0, self.sectionSize(logical_index), max(self.height(), 1))
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, measured, self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, measured, self)
        width = label.width()
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = self.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, measured, self)
            width = min(width, arrow.left() - label.left() - margin)
        return max(width, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal and self._lines > 1:
            hint.setHeight(hint.height() + (self._lines - 1) * self.fontMetrics().lineSpacing())
        return hint

    def _fit_height(self) -> None:
        """One line higher while some title is broken onto two, one line again when none is."""
        if self.orientation() != Qt.Orientation.Horizontal or self.model() is None:
            return
        lines = max(
            (
                self.shown_title(index, lines=TITLE_LINES).count("\n") + 1
                for index in range(self.count())
                if not self.isSectionHidden(index)
            ),
            default=1,
        )
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()
            view = self.parentWidget()
            if isinstance(view, QAbstractItemView):
                view.updateGeometries()  # the view places its header and viewport anew
            self.viewport().update()


def broken_title(title: str, room: int, metrics: QFontMetrics, lines: int = TITLE_LINES) -> str:
    """``title`` within ``room`` pixels: whole; else on two lines, the first as long as fits
    between words, the second cut with "…" if it must be; else (a first word too wide, or
    one line allowed) on one line cut with "…"."""
    if metrics.horizontalAdvance(title) <= room:
        return title
    words = title.split(" ")
    if lines > 1 and len(words) > 1:
        for cut in range(len(words) - 1, 0, -1):
            first = " ".join(words[:cut])
            if metrics.horizontalAdvance(first) <= room:
                rest = " ".join(words[cut:])
                return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)


def two_line_width(title: str, metrics: QFontMetrics) -> int:
    """The narrowest a title gets whole on at most two lines broken between words."""
    words = title.split(" ")
    widths = [metrics.horizontalAdvance(title)]
    for cut in range(1, len(words)):
        first, rest = " ".join(words[:cut]), " ".join(words[cut:])
        widths.append(max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(rest)))
    return min(widths)


def _base_style_name(style: QStyle) -> str:
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    name = style.name().lower()
    application = QApplication.style()
    if not name and style is not application:
        # Under a style sheet (setStyleSheet on a parent) a table gets Qt's style-sheet style,
        # nameless, which draws the arrows with the application's style.
        return _base_style_name(application)
    return name
