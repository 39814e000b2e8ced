"""One meeting: when and where, invitees and attendance, the agenda with minutes per item,
decisions and action items; the notice/agenda and the minutes in the print preview; the group's
calendar for Outlook. Shown in the calendar area in place of the calendar ("← Calendar" or Esc
goes back, saving what was typed first; to the area it was opened from, as "← Groups & meetings"
names it, when opened from another area)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AttendanceStatus, MeetingStatus
from samverkan_desktop.services import meeting_following, meetings
from samverkan_desktop.services.meeting_common import no_minutes_reason
from samverkan_desktop.services.meetings import MeetingDetail
from ui import key_guide
from ui.areas import area_title
from ui.calendar.following_note import following_text
from ui.calendar.meeting_dialogs import CancelMeetingDialog
from ui.context import AppContext
from ui.meetings.actions_tab import ActionsTab
from ui.meetings.agenda_tab import AgendaTab
from ui.meetings.attendance_tab import AttendanceTab
from ui.meetings.carried_counts import actions_tab_title
from ui.meetings.decisions_tab import DecisionsTab
from ui.meetings.details_tab import DetailsTab
from ui.meetings.export import export_calendar, preview_agenda, preview_minutes
from ui.meetings.header_lines import NOTE_STYLE, WARNING_STYLE, warnings, when_text
from ui.meetings.held_status import FOLLOW_UP_HINT, StatusBadge, may_be_marked_held
from ui.meetings.keys import add_shortcut, meeting_action
from ui.meetings.more_menu import MoreMenu
from ui.meetings.standing_agenda import offer_as_standing_agenda
from ui.meetings.status_questions import delete_question, held_anyway
from ui.widgets.back_key import guarded_back
from ui.widgets.closing import close_after_refusal
from ui.widgets.dialogs import show_error, show_info
from ui.widgets.fitting_tabs import fitting_tabs
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.greyed import grey_for
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform, perform_confirmed, perform_undo
from ui.widgets.record_header import back_link
from ui.widgets.step_button import step_button
from ui.widgets.wording import menu_button, next_text, previous_text

EDITOR_STYLE = """
QLabel#sectionHeading { font-weight: 600; color: #1c3b5a; padding-top: 6px; }
"""
TITLE_STYLE = "font-size: 20px; font-weight: 600; color: #1c3b5a;"
SUBTITLE_STYLE = "color: #3d4b5c; font-size: 14px;"


class MeetingEditor(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingDetail | None = None
        self.setStyleSheet(EDITOR_STYLE)

        self.back_button = QPushButton(_("← Calendar"), self)
        self.back_button.clicked.connect(self.go_back)
        self.previous_button = QPushButton(previous_text(_("Previous meeting")), self)
        self.previous_button.clicked.connect(lambda: self._neighbour(before=True))
        self.next_button = QPushButton(next_text(_("Next meeting")), self)
        self.next_button.clicked.connect(lambda: self._neighbour(before=False))
        self.agenda_button = QPushButton(_("Notice and agenda…"), self)
        self.agenda_button.clicked.connect(self.preview_agenda)
        self.minutes_button = QPushButton(_("Minutes…"), self)
        self.minutes_button.clicked.connect(self.preview_minutes)
        # Once the meeting has begun, marking it held is the next step (it was only under "More"),
        # beside the status it changes.
        self.held_button = step_button(self, self.mark_held, _("Mark as held"))
        self.held_button.setToolTip(_(FOLLOW_UP_HINT))
        self.more_menu = MoreMenu(self)
        self.more_button = menu_button(_("More"), self.more_menu, self)

        # The way back is a link on a line of its own above the buttons: beside them, "← Grupper
        # och möten" pushed "Mer" onto a second row at 1024 px.
        back_link(self.back_button).setObjectName("backLink")
        back_line = QHBoxLayout()
        back_line.addWidget(self.back_button)
        back_line.addStretch(1)
        top = QHBoxLayout()
        first_line = Qt.AlignmentFlag.AlignTop
        top.addWidget(self.previous_button, 0, first_line)
        top.addWidget(self.next_button, 0, first_line)
        top.addStretch(1)
        # The printouts wrap onto a second line on a narrow window (a laptop at 125 % scaling)
        # rather than forcing the window wider.
        prints = self.print_buttons = FlowLayout()
        for button in (self.agenda_button, self.minutes_button, self.more_button):
            prints.addWidget(button)
        top.addLayout(prints)
        self.title = QLabel(self)
        self.title.setObjectName("meetingTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("meetingWhen")
        self.subtitle.setStyleSheet(SUBTITLE_STYLE)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle.setWordWrap(True)  # a long place name takes a second line
        self.status_badge = StatusBadge(self)
        when_row = QHBoxLayout()
        when_row.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        when_row.addWidget(self.subtitle, 1)
        when_row.addWidget(self.held_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.warning = QLabel(self)
        self.warning.setObjectName("meetingWarning")
        self.warning.setWordWrap(True)

        self.details_tab = DetailsTab(ctx, self)
        self.details_tab.saved.connect(lambda: self.act(None))
        self.details_tab.discarded.connect(self.reload)
        self.details_tab.reloaded.connect(self._fill)  # another desk's change, typed text kept
        # What was just removed in the meeting, with Undo.
        self.notice = NoticeBar(self)
        self.attendance_tab = AttendanceTab(ctx, self.act, self.notice, self)
        self.agenda_tab = AgendaTab(ctx, self.act, self.notice, self)
        self.decisions_tab = DecisionsTab(ctx, self.act, self.notice, self)
        self.actions_tab = ActionsTab(ctx, self.act, self)
        self.agenda_tab.decision_requested.connect(self._decision_for_item)
        self.agenda_tab.follow_up_requested.connect(self.actions_tab.follow_up)
        self.tabs = fitting_tabs(self)  # the five at 900 px, without scroll arrows
        self.tabs.setDocumentMode(True)
        self.meeting_tabs = (
            self.details_tab,
            self.attendance_tab,
            self.agenda_tab,
            self.decisions_tab,
            self.actions_tab,
        )
        for tab in self.meeting_tabs:
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _index: self.agenda_tab.save_minutes())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.addLayout(back_line)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(when_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

        save = meeting_action(self, _("Save what was typed"), ["Ctrl+S"], self.save_all)
        meeting_action(self, _("History…"), ["Ctrl+H"], self.show_history)
        # Not by Esc in the minutes being written, nor in a date's calendar.
        self.back_action = meeting_action(
            self,
            _("Back to where the meeting was opened from"),
            ["Esc", "Alt+Left"],
            guarded_back(self, self.go_back),
        )
        self.set_back_to(None)
        # The tooltips name the keys of these actions: what is bound.
        for button in (self.details_tab.save_button, self.agenda_tab.save_button):
            button.setToolTip(key_guide.with_keys(button.text(), save))
        add_shortcut(self, self.agenda_button, "Ctrl+P", self.preview_agenda)
        add_shortcut(self, self.minutes_button, "Ctrl+Shift+M", self.preview_minutes)

    def set_back_to(self, area: str | None) -> None:
        """Where "Back" leads: the area the meeting was opened from ("← Grupper och möten"),
        or the calendar (None)."""
        self.back_to = area
        if area is None:
            text, tooltip = _("← Calendar"), _("Back to the calendar")
        else:
            title = area_title(area)
            text, tooltip = _("← {area}").format(area=title), _("Back to {area}").format(area=title)
        self.back_button.setText(text)
        self.back_button.setToolTip(key_guide.with_keys(tooltip, self.back_action))

    # --- loading -------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int) -> bool:
        """Show a meeting (saving what was typed in the one shown first); False if not found."""
        if self.meeting is not None and self.meeting.id != meeting_id and not self.save_all():
            return False
        try:
            detail = self.ctx.call(meetings.get_meeting, meeting_id)
        except DomainError as error:
            show_error(self, error)
            return False
        self._fill(detail)
        return True

    def reload(self) -> None:
        if self.meeting is None:
            return
        try:
            detail = self.ctx.call(meetings.get_meeting, self.meeting.id)
        except NotFoundError:
            self.meeting = None
            self.back_requested.emit()
            return
        self._fill(detail)

    def _fill(self, detail: MeetingDetail) -> None:
        if self.meeting is None or self.meeting.id != detail.id:
            self.notice.dismiss()  # an undo belongs to the meeting it was offered in
        self.meeting = detail
        self.title.setText(
            detail.title and f"{detail.title} – {detail.group_name}" or detail.group_name
        )
        self.subtitle.setText(when_text(detail))
        self.status_badge.show_meeting(detail)
        found = warnings(detail)
        self.warning.setText("\n".join(found))
        cancelled = detail.status is MeetingStatus.CANCELLED
        self.warning.setStyleSheet(WARNING_STYLE if cancelled else NOTE_STYLE)
        self.warning.setVisible(bool(found))
        for tab in self.meeting_tabs:
            tab.show_meeting(detail)
        # Who came (in person or by a substitute) of those invited: "5/5" after one was
        # marked absent read as everyone there.
        came = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)
        present = sum(1 for i in detail.invitees if i.status in came)
        titles = (
            _("When and where"),
            _("Attendance ({present}/{count})").format(present=present, count=len(detail.invitees)),
            _("Agenda and minutes ({count})").format(count=len(detail.agenda)),
            _("Decisions ({count})").format(count=len(detail.decisions)),
            actions_tab_title(detail.actions, detail.carried_actions),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        status = detail.status
        self.previous_button.setEnabled(detail.previous_meeting is not None)
        self.next_button.setEnabled(detail.next_meeting is not None)
        may_hold = may_be_marked_held(detail)
        self.held_button.setVisible(may_hold)
        self.more_menu.show_meeting(detail, may_hold)
        # Minutes of a meeting not held are refused by the core; a greyed button says why (Qt
        # shows a disabled widget's tooltip), and so does its key.
        no_minutes = no_minutes_reason(status)
        self.minutes_button.setEnabled(no_minutes is None)
        grey_for([self.minutes_button], no_minutes)

    # --- changes -------------------------------------------------------------------------------

    def act(
        self,
        function: Callable[..., Any] | None,
        *args: Any,
        changes: tuple[str, ...] = ("meetings",),
        undoing: bool = False,
    ) -> bool:
        """Run a service call (None: a dialog already stored its change), show a refusal, tell
        the other views and show the meeting as it is now. ``undoing``: the call is an Undo
        (a refusal because of another desk's change says so)."""
        done = True
        if function is not None:
            run = perform_undo if undoing else perform
            done = run(self, self.ctx, changes, function, *args)
        else:
            self.ctx.bus.announce(*changes)
        self.reload()
        return done

    def save_all(self) -> bool:
        """Save typed details and minutes; False when something was refused (it stays typed)."""
        if self.details_tab.dirty and not self.details_tab.save():
            self.tabs.setCurrentWidget(self.details_tab)
            return False
        if self.agenda_tab.dirty_item_id is not None and not self.agenda_tab.save_minutes():
            self.tabs.setCurrentWidget(self.agenda_tab)
            return False
        return True

    def may_close(self) -> bool:
        """The window is closing: save what was typed. When that is refused (another desk
        changed the meeting meanwhile, or a value is wrong) the user chooses between closing
        all the same, losing the text, and staying with it (the default)."""
        if self.meeting is None:
            return True
        question = ""
        if self.details_tab.dirty and not self.details_tab.save():
            self.tabs.setCurrentWidget(self.details_tab)
            refusal = self.details_tab.refusal
            question = _("The meeting's details could not be saved: {reason}")
        elif (refusal := self.agenda_tab.store_minutes()) is not None:
            self.tabs.setCurrentWidget(self.agenda_tab)
            question = _("The minutes could not be saved: {reason}")
        if not question:
            return True
        if not close_after_refusal(
            self, question, refusal, _("someone else changed the meeting while you were typing.")
        ):
            return False
        self.details_tab.dirty = False  # let go: nothing to save when the editor hides
        self.agenda_tab.dirty_item_id = None
        return True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Leaving for another area or closing the window saves what was typed, as "Back"
        does (a refusal is shown and the text stays typed)."""
        super().hideEvent(event)
        if not event.spontaneous() and self.meeting is not None:
            self.save_all()

    def go_back(self) -> None:
        if self.save_all():
            self.notice.dismiss()
            self.back_requested.emit()

    def _neighbour(self, before: bool) -> None:
        if self.meeting is None:
            return
        ref = self.meeting.previous_meeting if before else self.meeting.next_meeting
        if ref is not None:
            self.show_meeting(ref.id)

    def _decision_for_item(self, item_id: int) -> None:
        self.decisions_tab.add_decision(item_id)

    # A status change saves typed details first: it moves the meeting's version on, which would
    # otherwise refuse the user's own details as "changed meanwhile".

    def mark_held(self) -> None:
        if self.meeting is not None and not held_anyway(self, self.meeting):
            return
        self._set_status(MeetingStatus.HELD)

    def mark_planned(self) -> None:
        """Reinstated: the groups meeting before it get their meetings back, and the user is
        told which (as the calendar's notice does; it happened without a word here)."""
        follows = ""
        if self.meeting is not None:
            follows = following_text(self.ctx, meeting_following.if_reinstated, self.meeting.id)
        if self._set_status(MeetingStatus.PLANNED) and follows:
            show_info(self, follows)

    def _set_status(self, status: MeetingStatus) -> bool:
        if self.meeting is None or not self.save_all():
            return False
        shown = self.meeting  # as shown after the save: refused if another desk changed it since
        return self.act(
            lambda session: meetings.set_meeting_status(
                session, shown.id, status, expected_version=shown.version
            )
        )

    def cancel_meeting(self) -> None:
        if self.meeting is None or not self.save_all():
            return
        detail = self.meeting  # as saved just now
        label = f"{detail.group_name}, {when_text(detail)}"
        if CancelMeetingDialog(self.ctx, detail.id, label, detail.version, parent=self).exec():
            self.act(None)

    def delete_meeting(self) -> None:
        detail = self.meeting
        if detail is None:
            return
        question = delete_question(self.ctx, detail)
        if perform_confirmed(
            self, self.ctx, "meetings", question, meetings.delete_meeting, detail.id
        ):
            self.meeting = None
            self.back_requested.emit()

    def use_as_standing_agenda(self) -> None:
        if self.meeting is not None and self.save_all():
            offer_as_standing_agenda(self, self.ctx, self.meeting)

    # --- printouts and export ------------------------------------------------------------------

    def preview_agenda(self) -> None:
        if self.meeting is not None and self.save_all():
            preview_agenda(self, self.ctx, self.meeting)

    def preview_minutes(self) -> None:
        if self.meeting is not None and self.save_all():
            preview_minutes(self, self.ctx, self.meeting)

    def show_history(self) -> None:
        """Who changed the meeting and its agenda, minutes, decisions and invitees, and when
        (what was typed is saved first, so that it is there too)."""
        if self.meeting is None or not self.save_all():
            return
        from ui.widgets.history import show_history  # not on the window's start path

        show_history(self, self.ctx, "meetings", self.meeting.id, self.title.text())

    def export_group_calendar(self) -> None:
        if self.meeting is not None:
            export_calendar(self, self.ctx, self.meeting.group_id, self.meeting.group_name)
