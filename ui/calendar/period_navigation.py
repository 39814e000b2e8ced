"""Moving about the calendar: the mode (month, week, list), today, "Gå till…" (Ctrl+G) to a
week, day or month as typed ("v. 12", "15 mars"), ‹ › and a week chosen in the month.

‹ › keep what the user chose: in the week the half hour chosen goes to the same weekday and
time (the focus with it), in the month the day of the month (the month's last day where it
has none, the wanted day again in a month that has it), so that Alt+W after Alt+→ shows that
day's week; in the list the row chosen is followed by the first row on or after the same day
of the month."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_desktop import clock
from ui.calendar.chip import MeetingChip, undated
from ui.calendar.month_view import DayCellWidget
from ui.calendar.period_shown import LIST, MONTH, WEEK, PeriodShown

GO_TO_KEY = "calendar/go_to"  # the last text typed in "Gå till…", offered again


class PeriodNavigation(PeriodShown):
    def set_mode(self, mode: str) -> None:
        focus = QApplication.focusWidget()
        on_day = isinstance(focus, DayCellWidget) and self.month_grid.isAncestorOf(focus)
        self.mode = mode
        self._set_mode_buttons()
        self.reload()
        if on_day and mode == WEEK:
            # Alt+W on a day of the month: on that day in its week (Qt passed the focus of the
            # hidden month to Monday, its first half hour chosen).
            self.week_grid.focus_day(self.anchor)

    def _set_mode_buttons(self) -> None:
        for button, mode in (
            (self.month_button, MONTH),
            (self.week_button, WEEK),
            (self.list_button, LIST),
        ):
            button.setChecked(mode == self.mode)

    def go_today(self) -> None:
        self.today = clock.today()
        self.anchor, self.anchor_chosen = self.today, False
        self.chosen_day = None
        self.week_grid.move_choice(self.today)  # the half hour chosen, on today
        self.reload()

    def go_to(self) -> None:
        """The week, day or month typed: a week or a day in the week view, a month in the
        month view."""
        from samverkan_desktop.calendar_go_to import GoToKind
        from ui.calendar.go_to_dialog import GoToDialog

        settings = self.ctx.settings
        dialog = GoToDialog(str(settings.value(GO_TO_KEY, "") or ""), clock.today(), self)
        if not dialog.exec() or dialog.chosen is None:
            return
        settings.setValue(GO_TO_KEY, dialog.typed())
        self.anchor = dialog.chosen.day
        kind = dialog.chosen.kind
        self.chosen_day = dialog.chosen.day if kind is GoToKind.DAY else None
        self.anchor_chosen = kind is GoToKind.DAY
        self.set_mode(MONTH if kind is GoToKind.MONTH else WEEK)

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            choice = self.week_grid.slot_choice
            if choice is not None:
                self.anchor, self.anchor_chosen = choice[0], True
            self.anchor += dt.timedelta(weeks=direction)
            self.week_grid.move_choice(self.anchor)
            self.reload()
            return
        listed = self.list_view.current_row() if self.mode == LIST else None
        tile = QApplication.focusWidget()
        if not (isinstance(tile, MeetingChip) and self.month_grid.isAncestorOf(tile)):
            tile = None
        chosen = listed or (tile.row if tile else None)
        day = None if chosen is None or undated(chosen) else chosen.starts_at.date()
        # a tile on a neighbouring month's greyed day moves from the month shown all the same
        if day is not None and (day.year, day.month) == (self.anchor.year, self.anchor.month):
            self.anchor, self.anchor_chosen = day, True
        wanted = self.month_day[1] if self.month_day[0] == self.anchor else self.anchor.day
        # relativedelta's day=: the wanted day, or the month's last where it is shorter
        self.anchor += relativedelta(months=direction, day=wanted)
        self.month_day = (self.anchor, wanted)
        if listed is not None:
            self.list_view.clearSelection()  # not the row "in its place" of the month before
        self.reload()
        if listed is not None:
            self.list_view.choose_from(self.anchor)
        if tile is not None:  # the focus stays among the month's tiles (it went to "I dag")
            self.month_grid.focus_from(self.anchor)

    def go_to_month_day(self, day: dt.date) -> None:
        """A day of the month's grid reached with the keys or a greyed day clicked: beyond the
        month shown, its month is shown, as ‹ › show it (the focus goes along, on that day)."""
        if (day.year, day.month) != (self.anchor.year, self.anchor.month):
            self.anchor, self.anchor_chosen = day, True
            self.reload()
        self.month_grid.focus_day(day)

    def month_day_chosen(self, day: dt.date) -> None:
        """A day of the month shown chosen (Tab, a click, the keys): ‹ ›, Alt+W and Ctrl+N go
        on from it. A neighbouring month's greyed day leaves the month where it is."""
        if (day.year, day.month) == (self.anchor.year, self.anchor.month):
            self.anchor, self.anchor_chosen = day, True

    def show_week_of(self, day: dt.date) -> None:
        """The week of ``day``, from the month's week number or "+N more" (which have the
        focus): the focus goes to "Vecka", as a click on it leaves it. Hidden with the month,
        the button passed it on to Monday's column, whose first half hour showed as chosen."""
        self.anchor, self.anchor_chosen = day, False
        self.week_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_mode(WEEK)

    def show_month_of(self, day: dt.date) -> None:
        self.anchor, self.chosen_day, self.anchor_chosen = day, None, False
        self.set_mode(MONTH)
