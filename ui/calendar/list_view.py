"""The list view: the period's meetings as a sortable table (date, week, time, group, place,
status, holiday), the group's name in its calendar colour."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from samverkan_desktop.formatting import local_time
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.calendar import CalendarRow
from ui.calendar.chip import group_colour, status_text
from ui.calendar.month_view import weekday_short
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column


def _status_colour(row: CalendarRow) -> QColor | None:
    if row.status is MeetingStatus.CANCELLED:
        return WARNING_COLOUR
    return MUTED_COLOUR if row.status is MeetingStatus.HELD else None


def calendar_columns() -> list[Column[CalendarRow]]:
    return [
        Column(
            _("Date"),
            lambda r: f"{r.starts_at.date().isoformat()} {weekday_short(r.starts_at.weekday())}",
            sort_key=lambda r: r.starts_at,
            width=130,
        ),
        Column(_("Week"), lambda r: _("w. {week}").format(week=r.week), lambda r: r.starts_at),
        Column(
            _("Time"),
            lambda r: f"{local_time(r.starts_at)}–{local_time(r.ends_at)}",
            lambda r: r.starts_at,
        ),
        Column(
            _("Group"),
            lambda r: r.label,
            colour=lambda r: group_colour(r.colour_index).darker(115),
        ),
        Column(_("Place"), lambda r: r.place),
        Column(_("Status"), status_text, colour=_status_colour),
        Column(_("Public holiday"), lambda r: r.holiday, colour=lambda _r: WARNING_COLOUR),
    ]


class CalendarList(RecordTable[CalendarRow]):
    """One click or Enter opens the meeting (as in the month and week grids)."""

    open_requested = Signal(int)
    menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(calendar_columns(), parent)
        self.setObjectName("calendarList")
        self.clicked.connect(lambda _index: self._open_current())
        self.activated.connect(lambda row: self.open_requested.emit(row.id))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_requested.emit(row.id)

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        self.selectRow(index.row())
        row = self.current_row()
        if row is not None:
            self.menu_requested.emit(row, self.viewport().mapToGlobal(position))
