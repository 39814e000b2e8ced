"""One meeting in the month or week grid: a small coloured tile in its group's colour.

In the month a tile is one line, cut to fit, or where its day has the height up to
MONTH_LINES, a word too wide for a line broken with a hyphen. With three lines (the week's
blocks, see week_block) the group (up to four lines) and the place (two) wrap, so "Lokal
beredningsgrupp Östermalm" reads whole in a day's column.
A click (or Enter/Space when it has the focus) opens the meeting; the context menu offers moving
and cancelling. Cancelled meetings are greyed and struck through, moved ones marked with ↷.

A safety walk or an exercise is a tile of its own kind: its kind's colour, framed (a meeting's
tile has no frame), its start only (no end is recorded) or none for the whole day; a click opens
it in its area, and it has no menu (it is moved or cancelled there).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from samverkan_desktop.formatting import clock_span, clock_text, month_of_year
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.after_group_end import outside_note, outside_status
from samverkan_desktop.services.calendar import CalendarItem, CalendarRow
from samverkan_desktop.services.calendar_entries import CalendarEntry, EntryKind
from ui import key_guide
from ui.widgets.text_lines import cut_short, wrapped_lines

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
# Walks and exercises: colours no group has (green outdoors, amber for the crisis organisation).
ENTRY_COLOURS = {EntryKind.WALK: "#0a6e45", EntryKind.EXERCISE: "#a04a00"}
CANCELLED_TEXT = QColor("#8a94a0")
GROUP_LINES = 4  # the most lines of the group's name in the week
# The most lines of a month tile, where its day has the height: "09.00" / "Säkerhets-" /
# "samordnarnätv…" rather than "Säkerhet…" at 900 px.
MONTH_LINES = 3
PLACE_LINES = 2
TEXT_LEFT = 8  # after the colour bar
TEXT_RIGHT = 2


def group_colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def tint(colour: QColor, amount: float = 0.84) -> QColor:
    """The colour mixed with white (``amount`` of white): a calm tile background."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )


def month_title(day: dt.date) -> str:
    """ "Mars 2027": a month heading, capitalised."""
    text = month_of_year(day)
    return text[:1].upper() + text[1:]


def item_colour(row: CalendarItem) -> QColor:
    """A meeting's group colour, a walk's or an exercise's own."""
    if isinstance(row, CalendarEntry):
        return QColor(ENTRY_COLOURS[row.kind])
    return group_colour(row.colour_index)


def undated(row: CalendarItem) -> bool:
    """An exercise planned for a month with no day yet (above the month, atop its list)."""
    return isinstance(row, CalendarEntry) and row.day_unknown


def is_cancelled(row: CalendarItem) -> bool:
    if isinstance(row, CalendarEntry):
        return row.cancelled
    return row.status is MeetingStatus.CANCELLED


def start_text(row: CalendarItem) -> str:
    """ "18.30"; a whole day's walk or exercise: "Hela dagen"."""
    if isinstance(row, CalendarEntry) and row.all_day:
        return _("All day")
    return clock_text(row.starts_at)


def time_text(row: CalendarItem) -> str:
    """ "09.00–10.30" for a meeting, and for a walk or an exercise with its end kept; the start
    only without one (its end is assumed); an exercise with only its month: "Dag ej bestämd"."""
    if isinstance(row, CalendarEntry):
        if row.day_unknown:
            return _("Day not set")
        return clock_span(row.start, row.end) if row.start is not None else start_text(row)
    return _("{start}–{end}").format(start=clock_text(row.starts_at), end=clock_text(row.ends_at))


def status_text(row: CalendarItem) -> str:
    if isinstance(row, CalendarEntry):
        return _(row.status)
    if row.status is MeetingStatus.CANCELLED:
        return _("Meeting cancelled")
    if outside := row.outside_group_days:  # kept outside its group's days: not as the others
        return outside_status(outside)
    if row.moved:
        return _("Moved")
    return _(row.status.label)


def short_label(row: CalendarItem) -> str | None:
    """A walk's name for a narrow lane ("Vandring Gyllenstiernsgatan"); None for others, whose
    names read by their initials where too narrow (week_block.abbreviation)."""
    if isinstance(row, CalendarEntry) and row.kind is EntryKind.WALK:
        return _("Walk {place}").format(place=row.name)
    return None


def status_note(row: CalendarItem) -> str | None:
    """Why it is not as planned: a cancelled one's reason ("Orsak: Krockar med julmarknaden"),
    a meeting kept after its group ended ("Efter gruppens slut (2026-12-06)") or before its
    start ("Före gruppens start (2027-01-10)"), a moved one's
    first day ("Flyttat från Trettondedag jul"); the first thing one asks."""
    if isinstance(row, CalendarEntry) or row.status is MeetingStatus.CANCELLED:
        return _("Why: {reason}").format(reason=row.cancel_reason) if row.cancel_reason else None
    if outside := row.outside_group_days:
        return outside_note(outside)
    return row.moved_note


def chip_tooltip(row: CalendarItem) -> str:
    lines = [row.label, time_text(row)]
    if row.place:
        lines.append(row.place)
    if isinstance(row, CalendarEntry):
        lines.append(_(row.status))
    elif row.status is MeetingStatus.CANCELLED:
        lines.append(_("Meeting cancelled"))
    if note := status_note(row):
        lines.append(note)
    if row.holiday:
        lines.append(_("Public holiday: {name}").format(name=row.holiday))
    return "\n".join(lines)


class MeetingChip(QAbstractButton):
    """``lines`` 1: "09.00 Group" (month); 3: time, group, place (week)."""

    open_requested = Signal(int)  # meeting id
    entry_requested = Signal(object)  # CalendarEntry: a walk or an exercise to open
    menu_requested = Signal(object, object)  # CalendarRow, global QPoint
    group_lines = GROUP_LINES

    def __init__(self, row: CalendarItem, lines: int = 1, parent: QWidget | None = None) -> None:
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
        # A week tile's height follows its width (wrapped lines): Fixed would cap it at sizeHint.
        vertical = QSizePolicy.Policy.Preferred if self.lines > 1 else QSizePolicy.Policy.Fixed
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, vertical)
        policy.setHeightForWidth(self.lines > 1)
        self.setSizePolicy(policy)
        self._laid_out: tuple[int, list[tuple[str, bool]]] | None = None
        self.room_lines = 1  # a month tile: the lines its day's cell has room for (set_room_lines)
        self.clicked.connect(self._request_open)

    @property
    def cancelled(self) -> bool:
        return is_cancelled(self.row)

    def _request_open(self) -> None:
        if isinstance(self.row, CalendarEntry):
            self.entry_requested.emit(self.row)
        else:
            self.open_requested.emit(self.row.id)

    def texts(self) -> list[str]:
        return list(self._texts)

    def _make_texts(self) -> list[str]:
        row = self.row
        mark = "↷ " if row.moved and not self.cancelled else ""
        if self.lines == 1:
            if isinstance(row, CalendarEntry) and row.day_unknown:
                text = _("{month}: {title} (day not set)").format(
                    month=month_title(row.day), title=row.name
                )
                return [text]
            if isinstance(row, CalendarEntry) and row.all_day:
                return [row.label]
            return [f"{mark}{clock_text(row.starts_at)} {row.label}"]
        texts = [f"{mark}{time_text(row)}", row.label]
        if self.cancelled:
            texts[0] += "  " + _("Meeting cancelled")
        elif row.moved:
            texts[0] += "  " + _("Moved")
        if row.place and self.lines > 2:
            texts.append(row.place)
        return texts

    def shown_lines(self, width: int | None = None) -> list[tuple[str, bool]]:
        """The lines painted at ``width`` (the tile's own by default), each with whether it is
        bold: the group's name in the week."""
        width = self.width() if width is None else width
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        text_width = width - TEXT_LEFT - TEXT_RIGHT
        bold = QFont(self.font())
        bold.setBold(True)
        lines: list[tuple[str, bool]] = []
        for index, text in enumerate(self._texts):
            if self.lines == 1 and self.room_lines > 1:
                wrapped = wrapped_lines(
                    text, self.font(), text_width, self.room_lines, hyphenate=True
                )
                lines.extend((line, False) for line in wrapped)
                continue
            if self.lines == 1 or index == 0:
                elided = self.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, text_width
                )
                lines.append((elided, False))
                continue
            font = bold if index == 1 else self.font()
            most = self.group_lines if index == 1 else PLACE_LINES
            text = self.label_at(text_width) if index == 1 else text
            wrapped = wrapped_lines(text, font, text_width, most)
            lines.extend((line, index == 1) for line in wrapped)
        self._laid_out = (width, lines)
        return lines

    def needs_second_line(self, width: int) -> bool:
        """A month tile ``width`` pixels wide cuts its one line ("09.00 Lokal beredning…")."""
        text_width = width - TEXT_LEFT - TEXT_RIGHT
        return self.lines == 1 and self.fontMetrics().horizontalAdvance(self._texts[0]) > text_width

    def lines_wanted(self, width: int) -> int:
        """The lines a month tile ``width`` pixels wide needs for its text whole (a word wider
        than a line broken with a hyphen), MONTH_LINES at most."""
        if not self.needs_second_line(width):
            return 1
        text_width = width - TEXT_LEFT - TEXT_RIGHT
        for count in range(2, MONTH_LINES):
            shown = wrapped_lines(self._texts[0], self.font(), text_width, count, hyphenate=True)
            if not cut_short(shown):
                return count
        return MONTH_LINES

    def set_room_lines(self, count: int) -> None:
        """A month tile's name on up to ``count`` lines, broken between words (a word wider
        than a line with a hyphen), the last cut with "…" (the whole name in the tooltip)."""
        if count != self.room_lines:
            self.room_lines = count
            self._laid_out = None
            self.updateGeometry()
            self.update()

    def label_at(self, width: int) -> str:
        """The name's line at ``width`` pixels: a walk's short label where the first word of its
        own is cut ("Trygghetsv…" / "Gyllenstiernsg…" in a lane beside two meetings)."""
        label = self.row.label
        short = short_label(self.row)
        if short is None:
            return label
        bold = QFont(self.font())
        bold.setBold(True)
        fits = QFontMetrics(bold).horizontalAdvance(label.split(" ")[0]) <= width
        return label if fits else short

    def text_margins(self) -> tuple[int, int]:
        """Room left and right of the lines painted."""
        return TEXT_LEFT, TEXT_RIGHT

    def height_of(self, count: int) -> int:
        """The tile's height with ``count`` lines."""
        return self.fontMetrics().lineSpacing() * count + 6

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self.lines > 1

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.height_of(len(self.shown_lines(width)))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, self.height_of(max(len(self._texts), self.room_lines)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(20, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:  # the lines were broken in the old font
            self._laid_out = None
            self.updateGeometry()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if key_guide.MEETING_OPEN.matches(event):
            self._request_open()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if isinstance(self.row, CalendarRow):
            self.menu_requested.emit(self.row, event.globalPos())
        event.accept()  # a walk's: not the day's "New meeting here" behind it

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = item_colour(self.row)
        rect = self.rect().adjusted(0, 0, -1, -1)
        background = QColor("#f1f3f5") if self.cancelled else tint(colour)
        if self.underMouse():
            background = background.darker(106)
        framed = isinstance(self.row, CalendarEntry)
        painter.setPen(
            QPen(CANCELLED_TEXT if self.cancelled else colour) if framed else Qt.PenStyle.NoPen
        )
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
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
        line_height = self.fontMetrics().lineSpacing()
        left, right = self.text_margins()
        y = 3
        for text, bold in self.shown_lines():
            if bold != font.bold():
                font.setBold(bold)
                painter.setFont(font)
            painter.drawText(
                QRect(left, y, self.width() - left - right, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            y += line_height
        painter.end()
