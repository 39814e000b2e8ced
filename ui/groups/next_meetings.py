"""The group's next meetings in its detail pane, each a link that opens the meeting in the
calendar area's meeting editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import calendar
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow
from ui.calendar.chip import clock
from ui.calendar.month_view import weekday_short
from ui.context import AppContext
from ui.widgets.detail import section_heading

SHOWN = 3
LINK_STYLE = (
    "QPushButton { border: none; color: #1f6fb2; text-align: left; padding: 1px 0; }"
    "QPushButton:hover { text-decoration: underline; }"
)


def meeting_link_text(row: CalendarRow) -> str:
    """ "tis 2026-12-01 09.00 · v. 49 · Karlavägen 104"."""
    day = row.starts_at.date()
    parts = [
        f"{weekday_short(day.weekday())} {day.isoformat()} {clock(row.starts_at)}",
        _("w. {week}").format(week=row.week),
    ]
    if row.title:
        parts.insert(1, row.title)
    if row.place:
        parts.append(row.place)
    return " · ".join(parts)


class NextMeetings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.links: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(section_heading(_("Next meetings"), self))
        self.empty = QLabel(_("No meetings planned."), self)
        self.empty.setStyleSheet("color: #6b7785;")
        self._layout.addWidget(self.empty)

    def show_group(self, group_id: int | None) -> None:
        for link in self.links:
            self._layout.removeWidget(link)
            link.hide()
            link.deleteLater()
        self.links = []
        rows: list[CalendarRow] = []
        if group_id is not None:
            today = dt.date.today()
            try:
                rows = self.ctx.call(
                    calendar.list_calendar,
                    today,
                    today + dt.timedelta(days=366),
                    CalendarFilter(group_ids=(group_id,), include_cancelled=False),
                )[:SHOWN]
            except DomainError:
                rows = []
        for row in rows:
            link = QPushButton(meeting_link_text(row), self)
            link.setStyleSheet(LINK_STYLE)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setToolTip(_("Open the meeting"))
            link.clicked.connect(
                lambda _c=False, mid=row.id: self.ctx.navigator.go("calendar", mid)
            )
            self._layout.addWidget(link)
            self.links.append(link)
        self.empty.setVisible(group_id is not None and not rows)
