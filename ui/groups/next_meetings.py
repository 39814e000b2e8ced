"""The group's next meetings in its detail pane, each a link that opens the meeting in the
calendar area's meeting editor. A place they all share is said once under them: on each link
it took a second line of its own ("Karlavägen 104, sammanträdesrum Garnisonen" three times)
and put the group's facts below the pane's foot at 1024x768."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.services import calendar
from samverkan_desktop.services.after_group_end import outside_word
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow
from ui.calendar.month_view import weekday_short
from ui.context import AppContext
from ui.widgets.detail import section_heading

SHOWN = 3
OUTSIDE_DAYS_STYLE = "color: #8a1c12; font-weight: 600;"  # the editor's warning colour
LINK_FLAGS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


def meeting_link_text(row: CalendarRow, with_place: bool = True) -> str:
    """ "tis 2026-12-01 09.00 · v. 49 · Karlavägen 104"; without the place when it is said once
    under the links."""
    day = row.starts_at.date()
    parts = [
        f"{weekday_short(day.weekday())} {day.isoformat()} {clock_text(row.starts_at)}",
        _("w. {week}").format(week=row.week),
    ]
    if row.title:
        parts.insert(1, row.title)
    if row.place and with_place:
        parts.append(row.place)
    return " · ".join(parts)


def outside_days_word(row: CalendarRow) -> str | None:
    """ "efter gruppens slut", said after the link of a meeting kept when its group ended (it
    read as any coming meeting, under a group marked "Avslutad"); "före gruppens start" of one
    kept from before the group's later start."""
    outside = row.outside_group_days
    return outside_word(outside) if outside else None


def shared_place(rows: list[CalendarRow]) -> str | None:
    """The place every one of ``rows`` is at, if they share one."""
    places = {row.place for row in rows}
    place = places.pop() if len(places) == 1 else None
    return place or None


class NextMeetings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.links: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(section_heading(_("Next meetings"), self))
        self.empty = QLabel(_("No meetings planned."), self)
        self.empty.setStyleSheet("color: #6b7785;")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self.place = QLabel(self)  # the place all the links share, under them
        self.place.setWordWrap(True)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.place)
        self.place.hide()
        self.shared_place: str | None = None  # the place said under the links

    def show_group(self, group_id: int | None, has_rule: bool = True) -> None:
        """``has_rule``: a group without a meeting rule is told how its meetings are planned
        (a new group's "Möts" text plans nothing, and its calendar stayed empty unexplained)."""
        self.empty.setText(
            _("No meetings planned.")
            if has_rule
            else _(
                "No meetings planned: “Meeting rule” plans them from a phrase such as "
                "“1 gång/månad (ej juli)”; a single meeting is added in the calendar."
            )
        )
        for link in self.links:
            self._layout.removeWidget(link)
            link.hide()
            link.deleteLater()
        self.links = []
        rows: list[CalendarRow] = []
        if group_id is not None:
            today = clock.today()
            try:
                rows = self.ctx.call(
                    calendar.list_calendar,
                    today,
                    today + dt.timedelta(days=366),
                    CalendarFilter(group_ids=(group_id,), include_cancelled=False),
                )[:SHOWN]
            except DomainError:
                rows = []
        self.shared_place = place = shared_place(rows)
        for row in rows:
            text = meeting_link_text(row, with_place=place is None)
            # A wrapping link (a button would widen the narrow pane to its text).
            html = f'<a href="{row.id}">{escape(text)}</a>'
            name = meeting_link_text(row)  # with its place, said once below
            if word := outside_days_word(row):
                kept = escape(word).replace(" ", "&nbsp;")  # on one line, not split
                html += f' · <span style="{OUTSIDE_DAYS_STYLE}">{kept}</span>'
                name += f" · {word}"
            link = QLabel(html, self)
            link.setAccessibleName(name)
            link.setWordWrap(True)
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(LINK_FLAGS)
            link.setToolTip(_("Open the meeting"))
            link.linkActivated.connect(
                lambda target: self.ctx.navigator.go("calendar", int(target))
            )
            self._layout.insertWidget(self._layout.indexOf(self.place), link)
            self.links.append(link)
        self.place.setText(_("Place: {place}").format(place=place) if place else "")
        self.place.setVisible(place is not None)
        self.empty.setVisible(group_id is not None and not rows)
