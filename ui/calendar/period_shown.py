"""What the calendar shows of its period: the month, week or list around ``anchor`` (or every
past meeting not held), its title and the count line below it. One service call per view,
however many groups there are. The widgets are made by CalendarArea; PeriodNavigation and
MeetingActions build on this."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QStackedWidget, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import (
    short_days,
    span_held,
    unbroken,
    week_label,
    week_of_year,
)
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow, in_time_order
from samverkan_desktop.services.calendar_entries import CalendarEntry, EntryKind
from ui.calendar.chip import month_title
from ui.calendar.day_heading import day_heading
from ui.calendar.empty_month_note import EmptyMonthNote
from ui.calendar.filter_bar import CalendarFilterBar
from ui.calendar.list_view import CalendarList
from ui.calendar.month_view import MonthGrid
from ui.calendar.week_view import WeekGrid
from ui.meetings.editor import MeetingEditor
from ui.widgets.area import Area
from ui.widgets.dialogs import show_error
from ui.widgets.fitting_label import FittingLabel
from ui.widgets.notice import NoticeBar

MONTH, WEEK, LIST = "month", "week", "list"


class PeriodShown(Area):
    # Made by CalendarArea.__init__.
    mode: str  # MONTH, WEEK or LIST
    today: dt.date
    anchor: dt.date  # a day of the period shown
    # The day gone to with "Gå till…": marked whenever its week or month is shown, so the user
    # who looks about (‹ ›, a meeting opened) finds it again; "I dag" or going to a week or
    # month forgets it.
    chosen_day: dt.date | None
    # The anchor a month's ‹ › gave, and the day of the month wanted: 31 January → 28 February
    # → 31 March.
    month_day: tuple[dt.date, int]
    # Whether the anchor is a day the user chose (gone to, its half hour chosen, stepped to from
    # such a day), not only today or a week's Monday: shown in the week, though on a weekend.
    anchor_chosen: bool
    rows: list[CalendarRow]
    entries: list[CalendarEntry]  # the walks and exercises shown
    title: FittingLabel
    today_button: QPushButton
    go_to_button: QPushButton
    previous_button: QPushButton
    next_button: QPushButton
    mode_buttons: QButtonGroup
    month_button: QPushButton
    week_button: QPushButton
    list_button: QPushButton
    filter_bar: CalendarFilterBar
    month_grid: MonthGrid
    week_grid: WeekGrid
    list_view: CalendarList
    views: QStackedWidget
    empty_month: EmptyMonthNote
    notice: NoticeBar
    count_label: QLabel
    page: QWidget  # the calendar, in ``stack`` with the meeting editor
    editor: MeetingEditor
    stack: QStackedWidget

    def reload(self) -> None:
        """Show the period around ``anchor`` in the current mode (one service call)."""
        try:
            self._load()
        except DomainError as error:
            show_error(self, error)

    def _load(self) -> None:
        filters = self.filter_bar.filters()
        not_held = self.filter_bar.not_held
        # The list of past meetings not held spans every month: the period's controls rest.
        for control in (
            *self.mode_buttons.buttons(),
            self.today_button,
            self.go_to_button,
            self.previous_button,
            self.next_button,
        ):
            control.setEnabled(not not_held.active())
        self.entries = []
        self.empty_month.hide()
        if not_held.active():
            self.rows = not_held.load(self.today, filters)
            self.list_view.set_rows(self.rows)
            self.title.set_forms([not_held.title()])
            self.views.setCurrentWidget(self.list_view)
        elif self.mode == MONTH:
            self._load_month(filters)
        elif self.mode == WEEK:
            self._load_week(filters)
        else:
            self._load_list(filters)
        self.count_label.setText(count_text(self.rows, self.entries))

    def _load_month(self, filters: CalendarFilter) -> None:
        day = self.anchor
        view = self.ctx.call(calendar.month_view, day.year, day.month, filters)
        self.month_grid.show_month(view, self.today, self.chosen_day, day)
        self.rows = [m for w in view.weeks for d in w.days for m in d.meetings]
        self.entries = [
            *view.month_only,
            *(e for w in view.weeks for d in w.days for e in d.entries),
        ]
        self.title.set_forms(month_weeks_titles(day, view.weeks[0].week, view.weeks[-1].week))
        self.views.setCurrentWidget(self.month_grid)
        if not any(r.starts_at.month == day.month for r in self.rows):
            last = day.replace(day=1) + relativedelta(months=1, days=-1)
            following = self.ctx.call(calendar.next_meeting, last, filters)
            if following is None and self.filter_bar.group_filter.count() <= 1:
                self.empty_month.show_no_groups()  # only "Alla grupper" to choose: none yet
            else:
                self.empty_month.show_next(day, following)

    def _load_week(self, filters: CalendarFilter) -> None:
        year, week, _weekday = self.anchor.isocalendar()
        week_view = self.ctx.call(calendar.week_view, year, week, filters)
        self.week_grid.show_week(
            week_view, self.today, self.chosen_day, self.anchor if self.anchor_chosen else None
        )
        self.rows = [m for d in week_view.days for m in d.meetings]
        self.entries = [e for d in week_view.days for e in d.entries]
        self.title.set_forms(week_titles(week_view.days[0].date, week_view.days[-1].date))
        self.views.setCurrentWidget(self.week_grid)

    def _load_list(self, filters: CalendarFilter) -> None:
        first = self.anchor.replace(day=1)
        last = first + relativedelta(months=1, days=-1)
        self.rows = self.ctx.call(calendar.list_calendar, first, last, filters)
        self.entries = self.ctx.call(
            calendar.list_entries_shown, first, last, filters, with_month_only=True
        )
        self.list_view.set_rows(in_time_order(self.rows, self.entries))
        self.title.set_forms(
            month_weeks_titles(self.anchor, first.isocalendar()[1], last.isocalendar()[1])
        )
        self.views.setCurrentWidget(self.list_view)


# The titles' parts each kept on one line (no-break spaces): at 1024 the week's broke inside a
# day, "mån 30" over "nov – sön 6 dec", and beside the dash, "… mån 4 jan" over "– sön 10 jan";
# a narrow title now wraps between its parts, after "·". Each title comes in a long and a short
# form (the title label shows the longest its room holds): at 1024 the long week's took two
# lines and the navigation row stood twice as tall.


def month_weeks_titles(day: dt.date, first_week: int, last_week: int) -> list[str]:
    """ "December 2026 · vecka 49–53", shorter "December 2026 · v. 49–53", shortest the month
    alone (the month's grid numbers its weeks)."""
    month = unbroken(month_title(day))
    span = f"{first_week}–{last_week}"
    return [
        *(
            span_held(_("{month} · {weeks}").format(month=month, weeks=unbroken(weeks)))
            for weeks in (_("weeks {weeks}").format(weeks=span), _("w. {week}").format(week=span))
        ),
        month,
    ]


def week_titles(first: dt.date, last: dt.date) -> list[str]:
    """ "Vecka 49, 2026 · mån 30 nov – sön 6 dec" (the week's first and last day shown), then the
    same with less: without the weekdays, "Vecka" shortened to "v.", and last without the year
    (the long title in the tooltip). The short forms said other things before: "v. 49 · 30 nov
    – 6 dec 2026", the year moved to the days ("28 dec 2026 – 3 jan 2027" at the year's turn,
    where the long title names week 53 of 2026 only)."""
    year, week, _weekday = first.isocalendar()
    title = _("{week} · {first} – {last}").format(
        week=unbroken(week_of_year(week, year)),
        first=unbroken(day_heading(first)),
        last=unbroken(day_heading(last)),
    )
    days = unbroken(span_held(short_days(first, last)))  # "30 nov – 6 dec", "7–13 dec"
    weeks = (
        week_of_year(week, year),
        _("w. {week}, {year}").format(week=week, year=year),
        week_label(first),
    )
    return [
        span_held(title),
        *(_("{week} · {days}").format(week=unbroken(name), days=days) for name in weeks),
    ]


def count_text(rows: list[CalendarRow], entries: list[CalendarEntry]) -> str:
    """The line below the calendar: "12 möten · 1 inställt · 2 trygghetsvandringar"."""
    cancelled = sum(1 for r in rows if r.status is MeetingStatus.CANCELLED)
    text = ngettext("{count} meeting", "{count} meetings", len(rows)).format(count=len(rows))
    if cancelled:
        text += " · " + ngettext("{count} cancelled", "{count} cancelled", cancelled).format(
            count=cancelled
        )
    walks = sum(1 for e in entries if e.kind is EntryKind.WALK)
    if walks:
        text += " · " + ngettext("{count} safety walk", "{count} safety walks", walks).format(
            count=walks
        )
    if exercises := len(entries) - walks:
        text += " · " + ngettext("{count} exercise", "{count} exercises", exercises).format(
            count=exercises
        )
    return text
