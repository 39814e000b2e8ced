"""What is done to a meeting from the calendar: open it in the meeting editor (which takes the
calendar's place until "Back"), a new one, and its menu's move, cancel and reinstate, each
with Undo in the notice. A walk or an exercise opens in its own area, as from the Overview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from samverkan_desktop.formatting import local_time, long_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import meeting_following, meetings
from samverkan_desktop.services.calendar import CalendarRow
from samverkan_desktop.services.calendar_entries import CalendarEntry
from ui.calendar.following_note import following_text
from ui.calendar.meeting_dialogs import CancelMeetingDialog, MoveMeetingDialog, NewMeetingDialog
from ui.calendar.period_navigation import PeriodNavigation
from ui.widgets.one_time_dialog import popup_once
from ui.widgets.operations import perform, perform_undo
from ui.widgets.record_header import focus_work


class MeetingActions(PeriodNavigation):
    def open_meeting(self, meeting_id: int, back_to: str | None = None) -> None:
        """``back_to``: the area the meeting was opened from, where "Back" returns (None: here)."""
        if self.editor.show_meeting(meeting_id):
            self.editor.set_back_to(back_to)
            self.stack.setCurrentWidget(self.editor)
            focus_work(self.editor.tabs.currentWidget())

    def open_entry(self, entry: CalendarEntry) -> None:
        """A walk or an exercise, in its own area (as the Overview's links open them)."""
        self.ctx.navigator.go(entry.area, entry.record_id)

    def show_calendar(self) -> None:
        back_to = self.editor.back_to
        self._calendar_in_view()
        if back_to is not None:
            # Where the meeting was opened from (a group's "Next meetings", the Overview), as
            # it was left; the calendar shows its period when next chosen.
            self.ctx.navigator.go(back_to)

    def chosen(self) -> None:
        """Kalender chosen while a meeting opened from another area is shown: the calendar,
        what was typed saved first (a refusal is shown, the editor kept with the text). A
        meeting opened here stays, as every area keeps the record opened in it."""
        if self.stack.currentWidget() is not self.editor or self.editor.back_to is None:
            return
        if self.editor.save_all():
            self._calendar_in_view()

    def _calendar_in_view(self) -> None:
        meeting = self.editor.meeting
        self.editor.set_back_to(None)
        self.stack.setCurrentWidget(self.page)
        if meeting is not None:
            # Come back to the period of the meeting just seen.
            self.anchor = meeting.starts_at.date()
        self.reload()

    def new_meeting(self, day: dt.date | None = None, start: dt.time | None = None) -> None:
        """``start``: the time double-clicked in the week, kept when a group is chosen.
        Without ``day`` (Ctrl+N), the day chosen in the month (a greyed one too), else the
        period's."""
        if day is None and self.views.currentWidget() is self.month_grid:
            day = self.month_grid.chosen
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
        popup_once(self.meeting_menu(row), position)

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
                _("The meeting “{meeting}” is cancelled.").format(meeting=label),
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
