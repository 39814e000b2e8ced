"""The calendar over all groups: month, week and list views in the groups' colours, holidays,
cancelled and moved meetings marked; filters by group, group type and priority area; "Gå till…"
(Ctrl+G) to a week, day or month as typed ("v. 12", "15 mars"). One click
(or Enter) opens a meeting in the meeting editor, which takes the area's place until "Back".
The safety walks and exercises of the period are shown too (unless turned off in the filter
bar); one opens in its own area, as from the Overview.

Each view is one service call (one query per kind), however many groups there are.

This module builds the area and answers as an Area; what it shows of the period is
period_shown, moving about it period_navigation, what is done to a meeting meeting_actions,
the printout and Outlook file outputs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.overview_items import NOT_HELD_MEETINGS
from samverkan_desktop.services import groups
from ui.calendar.empty_month_note import EmptyMonthNote
from ui.calendar.filter_bar import CalendarFilterBar
from ui.calendar.list_view import CalendarList
from ui.calendar.meeting_actions import MeetingActions
from ui.calendar.month_view import MonthGrid
from ui.calendar.outputs import CalendarOutputs
from ui.calendar.period_shown import LIST, MONTH, WEEK
from ui.calendar.week_view import WeekGrid
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor
from ui.widgets.button_minimum import minimum_to_text
from ui.widgets.fitting_label import FittingLabel
from ui.widgets.linked_view import LinkedView
from ui.widgets.notice import NoticeBar
from ui.widgets.wording import NEXT_MARK, PREVIOUS_MARK

TITLE_STYLE = "font-size: 18px; font-weight: 600; color: #1c3b5a;"


class CalendarArea(MeetingActions, CalendarOutputs):
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
        self.chosen_day = None
        self.month_day = (self.anchor, self.anchor.day)
        self.anchor_chosen = False
        self.rows = []
        self.entries = []

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
        self.month_grid.day_wanted.connect(self.go_to_month_day)
        self.month_grid.day_chosen.connect(self.month_day_chosen)
        self.week_grid.new_requested.connect(self.new_meeting)
        self.count_label = QLabel(self.page)
        self.count_label.setObjectName("countLabel")
        self.empty_month = EmptyMonthNote(self.page)
        self.empty_month.go_requested.connect(self.show_month_of)
        self.empty_month.groups_requested.connect(lambda: ctx.navigator.go("groups"))

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
            PREVIOUS_MARK, _("Previous"), ["Alt+Left", "Ctrl+PgUp"], lambda: self.step(-1)
        )
        self.next_button = self._button(
            NEXT_MARK, _("Next"), ["Alt+Right", "Ctrl+PgDown"], lambda: self.step(1)
        )
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(36)
        self.title = FittingLabel(parent=self.page, whole_in_tooltip=True)
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        # The long title where it fits ("Vecka 49, 2026 · mån 30 nov – sön 6 dec"), else the
        # short ("Vecka 49, 2026 · 30 nov – 6 dec", down to "v. 49 · 30 nov – 6 dec"), the
        # long one in its tooltip; the buttons beside it narrow to their text first: at 900 px
        # the shortest took two lines beside "Lista" 80 px wide.
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
        # Narrower than the style's usual width where the row lacks room (a window 900 px
        # wide): the row held the window 920 px wide.
        shown_as = (self.month_button, self.week_button, self.list_button)
        for button in (self.today_button, self.go_to_button, *shown_as):
            minimum_to_text(button)

    def _mode_button(self, text: str, key: str, mode: str) -> QPushButton:
        button = self._button(text, text, [key], lambda: self.set_mode(mode))
        button.setCheckable(True)
        self.mode_buttons.addButton(button)
        return button

    def _build_filters(self) -> None:
        """The filters (which wrap on a narrow window), "New meeting…" and the export on the
        right of their first line, the lines under them the whole width: beside a column of
        the buttons, the three check boxes took two lines at 1024 px."""
        bar = self.filter_row = QGridLayout()
        self.filter_bar = CalendarFilterBar(self.ctx, self.page, self.notice)
        self.filter_bar.changed.connect(self.reload)
        bar_filters = self.filter_bar
        self._linked = LinkedView(
            lambda: (bar_filters.filters(), bar_filters.not_held.check.isChecked())
        )
        bar.addLayout(self.filter_bar.flow, 0, 0)
        self.new_button = self._button(
            _("New meeting…"), _("New meeting"), ["Ctrl+N"], lambda: self.new_meeting(None)
        )
        self._build_output_buttons(self.page)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.print_button, self.export_button):
            buttons.addWidget(button)
        # over the flow's first line, which leaves them its right end
        bar.addLayout(buttons, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.filter_bar.flow.reserve_first_line(lambda: buttons.sizeHint().width())

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.today = clock.today()
        self.filter_bar.set_choices(
            self.ctx.call(groups.group_names),
            [(a.id, a.name) for a in self.ctx.call(groups.list_priority_areas)],
        )
        self.filter_bar.not_held.update_count(self.today)
        self.reload()
        if self.stack.currentWidget() is self.editor:
            self.editor.reload()

    def show_record(self, record_id: int) -> None:
        self.open_meeting(record_id, back_to=self.ctx.navigator.came_from)

    def show_subset(self, subset: str) -> None:
        """The Overview's past meetings not held: exactly those, whatever was chosen here."""
        if subset != NOT_HELD_MEETINGS:
            return
        if self.stack.currentWidget() is self.editor:
            if not self.editor.save_all():
                return  # the refusal is shown, beside what was typed
            self.stack.setCurrentWidget(self.page)
        self.filter_bar.show_not_held()
        self._linked.shown()

    def chosen(self) -> None:
        super().chosen()  # from a meeting opened elsewhere back to the calendar
        if self._linked.ends():
            self.filter_bar.not_held.check.setChecked(False)  # (the bar reloads)

    def window_closing(self, shown: bool) -> bool:
        """An open meeting saves what was typed; a refusal asks whether to close all the same."""
        return self.stack.currentWidget() is not self.editor or self.editor.may_close()
