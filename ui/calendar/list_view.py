"""The list view: the period's meetings as a sortable table (date, week, time, group, place,
status; a public holiday's name under its date), the group's calendar colour in a bar before its
name; the safety walks and exercises the filter shows among them, in their own colours, with
their start (and end when kept); an exercise planned for a month with no day yet at the top of
its month ("mars 2027", "Dag ej bestämd")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from samverkan_desktop.formatting import month_of_year
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.calendar import CalendarItem, CalendarRow
from samverkan_desktop.services.calendar_entries import CalendarEntry
from ui.calendar.chip import (
    is_cancelled,
    item_colour,
    status_note,
    status_text,
    time_text,
    undated,
)
from ui.calendar.month_view import weekday_short
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column

SWATCH = QSize(4, 16)  # pixels: a group's colour as a bar before its name, as on its tiles


def _status_colour(row: CalendarItem) -> QColor | None:
    if is_cancelled(row) or (isinstance(row, CalendarRow) and row.outside_group_days):
        return WARNING_COLOUR
    held = row.held if isinstance(row, CalendarEntry) else row.status is MeetingStatus.HELD
    return MUTED_COLOUR if held else None


def _date_text(row: CalendarItem) -> str:
    """ "2027-03-02 tis", a public holiday's name under it ("Trettondedag jul"); an exercise
    with only its month: "mars 2027"."""
    if isinstance(row, CalendarEntry) and row.day_unknown:
        return month_of_year(row.day)
    day = f"{row.starts_at.date().isoformat()} {weekday_short(row.starts_at.weekday())}"
    return f"{day}\n{row.holiday}" if row.holiday else day


def _holiday_note(row: CalendarItem) -> str | None:
    return _("Public holiday: {name}").format(name=row.holiday) if row.holiday else None


def _week_text(row: CalendarItem) -> str:
    if undated(row):
        return ""
    return _("w. {week}").format(week=row.week)


def item_key(row: CalendarItem) -> tuple[str, int]:
    """A meeting, a walk and an exercise may have the same number."""
    return (row.kind.value if isinstance(row, CalendarEntry) else "meeting", row.id)


def calendar_columns() -> list[Column[CalendarItem]]:
    return [
        # A public holiday named in the date's cell, in red as in the month and the week: a
        # column of its own stood empty but for a few days a year and took the width the group
        # and the place need at 1024 px.
        Column(
            _("Date"),
            _date_text,
            sort_key=lambda r: r.starts_at,
            width=130,
            tooltip=_holiday_note,
            colour=lambda r: WARNING_COLOUR if r.holiday else None,
            lines=True,
        ),
        Column(_("Week"), _week_text, lambda r: r.starts_at),
        Column(_("Time"), time_text, lambda r: r.starts_at),
        # The group and the place break between words where narrow rather than end in "…"
        # ("Lokal beredningsgrupp Öste…", "Karlavägen 104, samma…" at 1024 px). The column
        # holds the walks and exercises too: its header says so ("Grupp" read as if not).
        Column(
            _("Group, walk, exercise"),
            lambda r: r.label,
            swatch=item_colour,
            wrap=True,
        ),
        Column(_("Place"), lambda r: r.place, wrap=True),
        # Why cancelled or moved on hover, as a chip says it: the column stays narrow.
        Column(_("Status"), status_text, tooltip=status_note, colour=_status_colour),
    ]


class CalendarList(RecordTable[CalendarItem]):
    """One click or Enter opens the meeting, walk or exercise (as in the month and week
    grids)."""

    open_requested = Signal(int)
    entry_requested = Signal(object)  # CalendarEntry
    menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(calendar_columns(), parent, id_of=item_key)
        self.setObjectName("calendarList")
        self.setIconSize(SWATCH)
        self.clicked.connect(lambda _index: self._open_current())
        self.activated.connect(self._open)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def choose_from(self, day: dt.date) -> None:
        """The first row on or after ``day`` chosen (the last where none is): ‹ › keep the
        place in the month of a keyboard user going down the list."""
        dated = sorted((r for r in self.rows() if not undated(r)), key=lambda r: r.starts_at)
        row = next((r for r in dated if r.starts_at.date() >= day), dated[-1] if dated else None)
        if row is not None:
            self.select_id(item_key(row))

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(row)

    def _open(self, row: CalendarItem) -> None:
        if isinstance(row, CalendarEntry):
            self.entry_requested.emit(row)
        else:
            self.open_requested.emit(row.id)

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        self.selectRow(index.row())
        row = self.current_row()
        if isinstance(row, CalendarRow):  # a walk or an exercise is changed in its area
            self.menu_requested.emit(row, self.viewport().mapToGlobal(position))
