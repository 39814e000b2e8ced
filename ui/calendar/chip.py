"""One meeting in the month or week grid: a small coloured tile in its group's colour.

A click (or Enter/Space when it has the focus) opens the meeting; the context menu offers moving
and cancelling. Cancelled meetings are greyed and struck through, moved ones marked with ↷.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.calendar import CalendarRow

# One colour per calendar colour index (services.calendar.CALENDAR_COLOURS = 12).
PALETTE = (
    "#1f6fb2",
    "#c0392b",
    "#2e8b57",
    "#8e44ad",
    "#d35400",
    "#138d90",
    "#7b5b3a",
    "#c2185b",
    "#5d6d7e",
    "#9a8a00",
    "#1c3b5a",
    "#5b4fc4",
)
CANCELLED_TEXT = QColor("#8a94a0")


def group_colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def tint(colour: QColor, amount: float = 0.84) -> QColor:
    """The colour mixed with white (``amount`` of white): a calm tile background."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def status_text(row: CalendarRow) -> str:
    if row.status is MeetingStatus.CANCELLED:
        return _("Cancelled")
    if row.moved:
        return _("Moved")
    return _(row.status.label)


def chip_tooltip(row: CalendarRow) -> str:
    lines = [
        row.label,
        _("{start}–{end}").format(start=clock_text(row.starts_at), end=clock_text(row.ends_at)),
    ]
    if row.place:
        lines.append(row.place)
    if row.status is MeetingStatus.CANCELLED:
        lines.append(_("Cancelled"))
    elif row.moved:
        lines.append(_("Moved from the rule's time"))
    if row.holiday:
        lines.append(_("Public holiday: {name}").format(name=row.holiday))
    return "\n".join(lines)


class MeetingChip(QAbstractButton):
    """``lines`` 1: "09.00 Group" (month); 3: time, group, place (week)."""

    open_requested = Signal(int)  # meeting id
    menu_requested = Signal(object, object)  # CalendarRow, global QPoint

    def __init__(self, row: CalendarRow, lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.lines = lines
        self.setObjectName("meetingChip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint on hover
        self._texts = self._make_texts()
        self.setToolTip(chip_tooltip(row))
        self.setAccessibleName(self._texts[0])
        self.setText(" ".join(self._texts))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda: self.open_requested.emit(row.id))

    @property
    def cancelled(self) -> bool:
        return self.row.status is MeetingStatus.CANCELLED

    def texts(self) -> list[str]:
        return list(self._texts)

    def _make_texts(self) -> list[str]:
        row = self.row
        mark = "↷ " if row.moved and not self.cancelled else ""
        start = clock_text(row.starts_at)
        if self.lines == 1:
            return [f"{mark}{start} {row.label}"]
        texts = [
            f"{mark}{start}–{clock_text(row.ends_at)}",
            row.label,
        ]
        if self.cancelled:
            texts[0] += "  " + _("Cancelled")
        elif row.moved:
            texts[0] += "  " + _("Moved")
        if row.place and self.lines > 2:
            texts.append(row.place)
        return texts

    def sizeHint(self) -> QSize:  # noqa: N802
        height = self.fontMetrics().lineSpacing() * len(self._texts) + 6
        return QSize(120, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(20, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(self.row.id)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menu_requested.emit(self.row, event.globalPos())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = group_colour(self.row.colour_index)
        rect = self.rect().adjusted(0, 0, -1, -1)
        background = QColor("#f1f3f5") if self.cancelled else tint(colour)
        if self.underMouse():
            background = background.darker(106)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(CANCELLED_TEXT if self.cancelled else colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height() + 1), 2, 2)
        if self.hasFocus():
            painter.setPen(QColor("#1c3b5a"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
        font = QFont(self.font())
        font.setStrikeOut(self.cancelled)
        painter.setFont(font)
        painter.setPen(CANCELLED_TEXT if self.cancelled else QColor("#1b2631"))
        metrics = painter.fontMetrics()
        line_height = metrics.lineSpacing()
        y = 3
        for index, text in enumerate(self._texts):
            bold = self.lines > 1 and index == 1
            if bold != font.bold():
                font.setBold(bold)
                painter.setFont(font)
                metrics = painter.fontMetrics()
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 10)
            painter.drawText(
                QRect(8, y, rect.width() - 10, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            y += line_height
        painter.end()
