"""The calendar over all groups: month, week and list views in the groups' colours, holidays,
cancelled and moved meetings marked; filters by group, group type and priority area; "Gå till…"
(Ctrl+G) to a week, day or month as typed ("v. 12", "15 mars"). One click
(or Enter) opens a meeting in the meeting editor, which takes the area's place until "Back".
The safety walks and exercises of the period are shown too (unless turned off in the filter
bar); one opens in its own area, as from the Overview.

Each view is one service call (one query per kind), however many groups there are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import local_time, long_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.overview_items import NOT_HELD_MEETINGS
from samverkan_desktop.services import calendar, groups, meeting_following, meetings
from samverkan_desktop.services.calendar import CalendarRow, in_time_order
from samverkan_desktop.services.calendar_entries import CalendarEntry, EntryKind
from ui import key_guide
from ui.calendar.chip import month_title
from ui.calendar.empty_month_note import EmptyMonthNote
from ui.calendar.filter_bar import CalendarFilterBar
from ui.calendar.following_note import following_text
from ui.calendar.list_view import CalendarList
from ui.calendar.meeting_dialogs import CancelMeetingDialog, MoveMeetingDialog, NewMeetingDialog
from ui.calendar.month_view import MonthGrid
from ui.calendar.week_view import WeekGrid, day_heading
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor
from ui.meetings.export import export_calendar
from ui.widgets.area import Area
from ui.widgets.dialogs import show_error
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform, perform_undo
from ui.widgets.pdf_preview import preview_when_chosen

MONTH, WEEK, LIST = "month", "week", "list"
GO_TO_KEY = "calendar/go_to"  # the last text typed in "Gå till…", offered again
TITLE_STYLE = "font-size: 18px; font-weight: 600; color: #1c3b5a;"


class CalendarArea(Area):
    key = "calendar"
    # Walks and exercises are shown too: a walk moved to 19.00 is moved here.
    depends_on = frozenset(
        {"meetings", "groups", "actions", "contacts", "walks", "crisis", "exercises"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.mode = MONTH
        self.today = clock.today()
        self.anchor = self.today
        # The day gone to with "Gå till…": marked whenever its week or month is shown, so the
        # user who looks about (‹ ›, a meeting opened) finds it again; "I dag" or going to a
        # week or month forgets it.
        self.chosen_day: dt.date | None = None
        self.rows: list[CalendarRow] = []
        self.entries: list[CalendarEntry] = []  # the walks and exercises shown

        self.page = QWidget(self)
        self.notice = NoticeBar(self.page)
        self._build_navigation()
        self._build_filters()
        self.month_grid = MonthGrid(self.page)
        self.week_grid = WeekGrid(self.page)
        self.list_view = CalendarList(self.page)
        self.views = QStackedWidget(self.page)
        for view in (self.month_grid, self.week_grid, self.list_view):
            self.views.addWidget(view)
            view.open_requested.connect(self.open_meeting)
            view.entry_requested.connect(self.open_entry)
            view.menu_requested.connect(self.show_meeting_menu)
        self.month_grid.week_requested.connect(self.show_week_of)
        self.month_grid.new_requested.connect(self.new_meeting)
        self.week_grid.new_requested.connect(self.new_meeting)
        self.count_label = QLabel(self.page)
        self.count_label.setObjectName("countLabel")
        self.empty_month = EmptyMonthNote(self.page)
        self.empty_month.go_requested.connect(self.show_month_of)

        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(12, 10, 12, 8)
        page_layout.addLayout(self.navigation)
        page_layout.addLayout(self.filter_row)
        page_layout.addWidget(self.empty_month)
        page_layout.addWidget(self.views, 1)
        page_layout.addWidget(self.notice)
        page_layout.addWidget(self.count_label)

        self.editor = MeetingEditor(ctx, self)
        self.editor.back_requested.connect(self.show_calendar)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._set_mode_buttons()

    # --- building ----------------------------------------------------------------------------

    def _button(self, text: str, tooltip: str, keys: list[str], slot: object) -> QPushButton:
        button = QPushButton(text, self.page)
        shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tooltip} ({shown})")
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        action = QAction(tooltip, self.page)  # a child of the page: listed in Kortkommandon
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        # Qt matches a window shortcut only while the widget holding it is visible and enabled:
        # on the button, the key acts only when the button could be clicked (not in the
        # editor or other areas, nor while "Past, not held" greys the period's buttons).
        button.addAction(action)
        return button

    def _build_navigation(self) -> None:
        bar = self.navigation = QHBoxLayout()
        self.today_button = self._button(_("Today"), _("Go to today"), ["Ctrl+T"], self.go_today)
        self.go_to_button = self._button(
            _("Go to…"), _("Go to a week, date or month"), ["Ctrl+G"], self.go_to
        )
        self.previous_button = self._button(
            "‹", _("Previous"), ["Alt+Left", "Ctrl+PgUp"], lambda: self.step(-1)
        )
        self.next_button = self._button(
            "›", _("Next"), ["Alt+Right", "Ctrl+PgDown"], lambda: self.step(1)
        )
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.title = QLabel(self.page)
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        # A long week title ("Vecka 49, 2026 · mån 30 nov – sön 6 dec") takes a second line on a
        # narrow window rather than forcing the window wider.
        self.title.setWordWrap(True)
        bar.addWidget(self.today_button)
        bar.addWidget(self.go_to_button)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        self.mode_buttons = QButtonGroup(self)
        self.month_button = self._mode_button(_("Month"), "Alt+M", MONTH)
        self.week_button = self._mode_button(_("Week"), "Alt+W", WEEK)
        self.list_button = self._mode_button(_("List"), "Alt+L", LIST)
        for button in (self.month_button, self.week_button, self.list_button):
            bar.addWidget(button)

    def _mode_button(self, text: str, key: str, mode: str) -> QPushButton:
        button = self._button(text, text, [key], lambda: self.set_mode(mode))
        button.setCheckable(True)
        self.mode_buttons.addButton(button)
        return button

    def _build_filters(self) -> None:
        """The filters (which wrap on a narrow window), "New meeting…" and the export on the
        right of their first line."""
        bar = self.filter_row = QHBoxLayout()
        self.filter_bar = CalendarFilterBar(self.ctx, self.page, self.notice)
        self.filter_bar.changed.connect(self.reload)
        bar.addLayout(self.filter_bar.flow)
        bar.addStretch(1)
        self.new_button = self._button(
            _("New meeting…"), _("New meeting"), ["Ctrl+N"], lambda: self.new_meeting(None)
        )
        self.export_button = QToolButton(self.page)
        self.export_button.setText(_("Export to Outlook (.ics)…"))
        self.export_button.setToolTip(
            _(
                "Save the meetings the calendar shows (its group, type and area filters) as a "
                "file, and its walks and exercises when it shows them"
            )
        )
        self.export_button.clicked.connect(self.export_ics)
        self.print_button = QToolButton(self.page)
        self.print_button.setText(_("Print…"))
        tooltip = _(
            "The meeting calendar of a period, with the calendar's group, type and area filters"
        )
        self.print_button.setToolTip(f"{tooltip} ({key_guide.CALENDAR_PRINT.text()})")
        self.print_button.clicked.connect(self.print_calendar)
        # On the button, as the other buttons' keys: Ctrl+P acts only while it could be clicked
        # (not in the meeting editor or another area, where Ctrl+P prints something else). No
        # text: Kortkommandon lists the key from the guide, once.
        print_action = key_guide.CALENDAR_PRINT.apply(QAction(self.page))
        print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        print_action.triggered.connect(lambda _checked=False: self.print_calendar())
        self.print_button.addAction(print_action)
        top = Qt.AlignmentFlag.AlignTop
        for button in (self.new_button, self.print_button, self.export_button):
            bar.addWidget(button, 0, top)

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.today = clock.today()
        self.filter_bar.set_choices(
            [(g.id, g.name) for g in self.ctx.call(groups.list_groups, "")],
            [(a.id, a.name) for a in self.ctx.call(groups.list_priority_areas)],
        )
        self.filter_bar.not_held.update_count(self.today)
        self.reload()
        if self.stack.currentWidget() is self.editor:
            self.editor.reload()

    def show_record(self, record_id: int) -> None:
        self.open_meeting(record_id)

    def show_subset(self, subset: str) -> None:
        """The Overview's past meetings not held: exactly those, whatever was chosen here."""
        if subset != NOT_HELD_MEETINGS:
            return
        if self.stack.currentWidget() is self.editor:
            if not self.editor.save_all():
                return  # the refusal is shown, beside what was typed
            self.stack.setCurrentWidget(self.page)
        self.filter_bar.show_not_held()

    def window_closing(self, shown: bool) -> bool:
        """An open meeting saves what was typed; a refusal asks whether to close all the same."""
        return self.stack.currentWidget() is not self.editor or self.editor.may_close()

    # --- the period shown --------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._set_mode_buttons()
        self.reload()

    def _set_mode_buttons(self) -> None:
        for button, mode in (
            (self.month_button, MONTH),
            (self.week_button, WEEK),
            (self.list_button, LIST),
        ):
            button.setChecked(mode == self.mode)

    def go_today(self) -> None:
        self.today = clock.today()
        self.anchor = self.today
        self.chosen_day = None
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
        self.set_mode(MONTH if kind is GoToKind.MONTH else WEEK)

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            self.anchor += relativedelta(months=direction)
        self.reload()

    def show_week_of(self, day: dt.date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    def show_month_of(self, day: dt.date) -> None:
        self.anchor, self.chosen_day = day, None
        self.set_mode(MONTH)

    def reload(self) -> None:
        """Show the period around ``anchor`` in the current mode (one service call)."""
        try:
            self._load()
        except DomainError as error:
            show_error(self, error)

    def _load(self) -> None:
        filters, day = self.filter_bar.filters(), self.anchor
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
            self.title.setText(not_held.title())
            self.views.setCurrentWidget(self.list_view)
        elif self.mode == MONTH:
            view = self.ctx.call(calendar.month_view, day.year, day.month, filters)
            self.month_grid.show_month(view, self.today, self.chosen_day)
            self.rows = [m for w in view.weeks for d in w.days for m in d.meetings]
            self.entries = [
                *view.month_only,
                *(e for w in view.weeks for d in w.days for e in d.entries),
            ]
            weeks = f"{view.weeks[0].week}–{view.weeks[-1].week}"
            self.title.setText(
                _("{month} · weeks {weeks}").format(month=month_title(day), weeks=weeks)
            )
            self.views.setCurrentWidget(self.month_grid)
            if not any(r.starts_at.month == day.month for r in self.rows):
                last = day.replace(day=1) + relativedelta(months=1, days=-1)
                following = self.ctx.call(calendar.next_meeting, last, filters)
                self.empty_month.show_next(day, following)
        elif self.mode == WEEK:
            year, week, _weekday = day.isocalendar()
            week_view = self.ctx.call(calendar.week_view, year, week, filters)
            self.week_grid.show_week(week_view, self.today, self.chosen_day)
            self.rows = [m for d in week_view.days for m in d.meetings]
            self.entries = [e for d in week_view.days for e in d.entries]
            self.title.setText(
                _("Week {week}, {year} · {first} – {last}").format(
                    week=week,
                    year=year,
                    first=day_heading(week_view.days[0].date),
                    last=day_heading(week_view.days[-1].date),
                )
            )
            self.views.setCurrentWidget(self.week_grid)
        else:
            first = day.replace(day=1)
            last = first + relativedelta(months=1, days=-1)
            self.rows = self.ctx.call(calendar.list_calendar, first, last, filters)
            self.entries = self.ctx.call(
                calendar.list_entries_shown, first, last, filters, with_month_only=True
            )
            self.list_view.set_rows(in_time_order(self.rows, self.entries))
            self.title.setText(
                _("{month} · weeks {weeks}").format(
                    month=month_title(day),
                    weeks=f"{first.isocalendar()[1]}–{last.isocalendar()[1]}",
                )
            )
            self.views.setCurrentWidget(self.list_view)
        cancelled = sum(1 for r in self.rows if r.status is MeetingStatus.CANCELLED)
        text = ngettext("{count} meeting", "{count} meetings", len(self.rows)).format(
            count=len(self.rows)
        )
        if cancelled:
            text += " · " + ngettext("{count} cancelled", "{count} cancelled", cancelled).format(
                count=cancelled
            )
        walks = sum(1 for e in self.entries if e.kind is EntryKind.WALK)
        if walks:
            text += " · " + ngettext("{count} safety walk", "{count} safety walks", walks).format(
                count=walks
            )
        if exercises := len(self.entries) - walks:
            text += " · " + ngettext("{count} exercise", "{count} exercises", exercises).format(
                count=exercises
            )
        self.count_label.setText(text)

    # --- meetings ----------------------------------------------------------------------------

    def open_meeting(self, meeting_id: int) -> None:
        if self.editor.show_meeting(meeting_id):
            self.stack.setCurrentWidget(self.editor)
            self.editor.setFocus()

    def open_entry(self, entry: CalendarEntry) -> None:
        """A walk or an exercise, in its own area (as the Overview's links open them)."""
        self.ctx.navigator.go(entry.area, entry.record_id)

    def show_calendar(self) -> None:
        meeting = self.editor.meeting
        self.stack.setCurrentWidget(self.page)
        if meeting is not None:
            # Come back to the period of the meeting just seen.
            self.anchor = meeting.starts_at.date()
        self.reload()

    def new_meeting(self, day: dt.date | None = None, start: dt.time | None = None) -> None:
        """``start``: the time double-clicked in the week, kept when a group is chosen."""
        dialog = NewMeetingDialog(
            self.ctx,
            day or self.anchor,
            self.filter_bar.group_filter.value(),
            start=start,
            parent=self,
        )
        if dialog.exec() and dialog.saved_id is not None:
            self.ctx.bus.announce("meetings")
            self.open_meeting(dialog.saved_id)

    def show_meeting_menu(self, row: CalendarRow, position: QPoint) -> None:
        self.meeting_menu(row).exec(position)

    def meeting_menu(self, row: CalendarRow) -> QMenu:
        menu = QMenu(self)
        menu.addAction(_("Open meeting"), lambda: self.open_meeting(row.id))
        if row.status is MeetingStatus.CANCELLED:
            menu.addAction(_("Reinstate the meeting"), lambda: self.reinstate(row))
        else:
            menu.addAction(_("Move…"), lambda: self.move_meeting(row))
            if row.status is not MeetingStatus.HELD:
                menu.addAction(_("Cancel meeting…"), lambda: self.cancel_meeting(row))
        return menu

    def move_meeting(self, row: CalendarRow) -> None:
        dialog = MoveMeetingDialog(
            self.ctx, row.id, row.label, row.starts_at, row.ends_at, row.version, parent=self
        )
        if dialog.exec():
            self.ctx.bus.announce("meetings")
            self.notice.show_message(
                _("“{meeting}” was moved.").format(meeting=row.label),
                undo=lambda: self._move_back(row, dialog.saved_version),
            )

    def _move_back(self, row: CalendarRow, version: int | None) -> None:
        # Refused if another desk changed the meeting after this desk moved it.
        perform_undo(
            self,
            self.ctx,
            "meetings",
            meetings.move_meeting,
            row.id,
            row.starts_at,
            row.ends_at,
            version,
        )

    def cancel_meeting(self, row: CalendarRow) -> None:
        label = _("{meeting}, {day} {time}").format(
            meeting=row.label, day=long_date(row.starts_at.date()), time=local_time(row.starts_at)
        )
        dialog = CancelMeetingDialog(self.ctx, row.id, label, row.version, parent=self)
        if dialog.exec():
            self.ctx.bus.announce("meetings")
            self.notice.show_message(
                _("“{meeting}” was cancelled.").format(meeting=label),
                undo=lambda: self.reinstate(row, dialog.saved_version),
            )

    def reinstate(self, row: CalendarRow, version: int | None = None) -> None:
        """Planned again: from the menu, the version the calendar shows; as an Undo, the version
        this desk's cancelling left (refused if another desk changed the meeting since). The
        groups meeting before it get theirs back: the notice says which (no dialog to say it
        in beforehand)."""
        follows = following_text(self.ctx, meeting_following.if_reinstated, row.id)
        run = perform if version is None else perform_undo
        done = run(
            self,
            self.ctx,
            "meetings",
            lambda session: meetings.set_meeting_status(
                session,
                row.id,
                MeetingStatus.PLANNED,
                expected_version=row.version if version is None else version,
            ),
        )
        if done and follows:
            self.notice.show_message(follows)

    def print_calendar(self) -> None:
        """The meeting calendar ("Mötesplan 2027"): the year shown asked first, then the
        preview. Shown December, it is the coming year: the plan sent out in December is next
        year's, and this year's is all but past."""
        from samverkan_desktop.reports import meeting_calendar
        from ui.widgets.period_dialog import PeriodDialog

        year = self.anchor.year + (1 if self.anchor.month == 12 else 0)
        dialog = PeriodDialog(
            self,
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
            title=_("Meeting calendar"),
            hint=_("The meetings of the period that the calendar's filters show."),
            ok_text=_("Preview"),
        )
        filters = self.filter_bar.filters()
        chosen_names = ", ".join(self.filter_bar.chosen_names()) or None

        def chosen() -> tuple[str, Callable[[], bytes]]:
            first, last = dialog.period()
            return meeting_calendar.title_of(first, last), lambda: self.ctx.call(
                meeting_calendar.build, first, last, filters, chosen_names
            )

        preview_when_chosen(self, dialog, chosen)

    def export_ics(self) -> None:
        """The meetings the calendar shows: every filter of the bar (the chosen group, type and
        priority area), the file named after them."""
        chosen = ", ".join(self.filter_bar.chosen_names()) or None
        export_calendar(self, self.ctx, None, chosen, self.filter_bar.filters())
