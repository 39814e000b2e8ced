"""Invitees and attendance: the group's members are invited when the meeting is first opened;
people can be added or taken off this meeting's list; each is marked present, absent or
substituted (with the substitute's name). Every click is stored at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import meeting_removals, meetings
from samverkan_desktop.services.after_group_end import ENDED_ATTENDANCE
from samverkan_desktop.services.meeting_editing import mark_all_present
from samverkan_desktop.services.meetings import InviteeRow, MeetingDetail
from ui.areas import area_title
from ui.context import AppContext
from ui.meetings.dialogs import InviteeDialog, SubstituteDialog
from ui.meetings.keys import add_shortcut
from ui.meetings.removal_undo import Act, remove_with_undo
from ui.widgets.button_rows import ButtonRows
from ui.widgets.dialogs import confirm
from ui.widgets.greyed import grey_for
from ui.widgets.notice import NoticeBar
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, Column

STATUS_COLOURS = {
    AttendanceStatus.PRESENT: QColor("#1d6b38"),
    AttendanceStatus.ABSENT: QColor("#b42318"),
    AttendanceStatus.SUBSTITUTE: QColor("#1f6fb2"),
    AttendanceStatus.INVITED: MUTED_COLOUR,
}


def attendance_text(row: InviteeRow) -> str:
    if row.status is AttendanceStatus.SUBSTITUTE:
        return _("Substitute: {name}").format(name=row.substitute_name or "")
    if row.status is AttendanceStatus.INVITED:
        return _("Not marked")
    return _(row.status.label)


def invitee_columns() -> list[Column[InviteeRow]]:
    return [
        Column(_("Name"), lambda r: r.name, width=200),
        Column(
            _("Title and organisation"),
            lambda r: ", ".join(p for p in (r.title, r.organisation) if p),
            width=330,
        ),
        Column(_("Attendance"), attendance_text, colour=lambda r: STATUS_COLOURS[r.status]),
    ]


def attendance_summary(invited: int, counts: dict[AttendanceStatus, int]) -> str:
    """ "5 kallade · 3 närvarande · 1 ersättare · 0 frånvarande · 1 ej markerad": each number
    with its own singular or plural."""
    parts = (
        ngettext("{count} invited", "{count} invited", invited),
        ngettext("{count} present", "{count} present", counts[AttendanceStatus.PRESENT]),
        ngettext("{count} substitute", "{count} substitutes", counts[AttendanceStatus.SUBSTITUTE]),
        ngettext("{count} absent", "{count} absent", counts[AttendanceStatus.ABSENT]),
        ngettext("{count} not marked", "{count} not marked", counts[AttendanceStatus.INVITED]),
    )
    numbers = (
        invited,
        counts[AttendanceStatus.PRESENT],
        counts[AttendanceStatus.SUBSTITUTE],
        counts[AttendanceStatus.ABSENT],
        counts[AttendanceStatus.INVITED],
    )
    return " · ".join(part.format(count=n) for part, n in zip(parts, numbers, strict=True))


class AttendanceTab(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        act: Act,
        notice: NoticeBar,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.act = act  # the editor's: run a service call, show errors, reload
        self.notice = notice  # the editor's: "… was removed" with Undo
        self.detail: MeetingDetail | None = None
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #5f6b7a;")
        self.table: RecordTable[InviteeRow] = RecordTable(invitee_columns(), self)
        self.table.setObjectName("invitees")
        # A group with no members yet (the first day) has nobody invited: a blank list said not
        # where the invitees come from.
        self.table.set_empty_text(
            _(
                "Nobody invited yet. The group's members are invited to its meetings (they are "
                "added under {area} → {tab}); “{button}” invites someone to this meeting only."
            ).format(
                area=area_title("groups"),
                tab=_("Members"),
                button=_("Invite…").removesuffix("…"),
            )
        )
        self.present_button = self._button(_("Present"), "Ctrl+Shift+P", self.mark_present)
        self.absent_button = self._button(_("Absent"), "Ctrl+Shift+A", self.mark_absent)
        self.substitute_button = self._button(
            _("Substitute…"), "Ctrl+Shift+S", self.mark_substitute
        )
        self.unmark_button = self._button(_("Not marked"), None, self.unmark)
        self.all_present_button = self._button(_("All present"), None, self.all_present)
        self.invite_button = self._button(_("Invite…"), None, self.invite)
        self.remove_button = self._button(_("Remove from list…"), None, self.remove)
        back_to_list(self.remove_button, self.table, self.invite_button)
        # Who is invited on a row of its own under the marks where the tab lacks room for
        # both (the seven buttons held a window 900 px wide at 969 px).
        buttons = ButtonRows(self)
        for button in (
            self.present_button,
            self.absent_button,
            self.substitute_button,
            self.unmark_button,
        ):
            buttons.first.addWidget(button)
        buttons.first.addSpacing(16)
        buttons.first.addWidget(self.all_present_button)
        buttons.second.addWidget(self.invite_button)
        buttons.second.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        order = (
            self.present_button,
            self.absent_button,
            self.substitute_button,
            self.unmark_button,
            self.all_present_button,
            self.invite_button,
            self.remove_button,
            self.table,
        )
        for first, second in zip(order, order[1:], strict=False):  # as shown: buttons, table
            QWidget.setTabOrder(first, second)
        self.table.current_changed.connect(self._update_buttons)
        self._update_buttons(None)

    def _button(self, text: str, key: str | None, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        if key:
            add_shortcut(self, button, key, slot)
        return button

    def _update_buttons(self, row: InviteeRow | None) -> None:
        marks = (self.present_button, self.absent_button, self.substitute_button)
        for button in (*marks, self.unmark_button, self.remove_button):
            button.setEnabled(row is not None)
        # Unmarking stays possible (the core allows it); marking is refused as "All present" is.
        refused = self.detail.refused_outside_days(ENDED_ATTENDANCE) if self.detail else None
        grey_for(marks, refused)

    def show_meeting(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self.table.set_rows(detail.invitees)
        counts = {status: 0 for status in AttendanceStatus}
        for row in detail.invitees:
            counts[row.status] += 1
        self.summary.setText(attendance_summary(len(detail.invitees), counts))
        # Nobody to mark: a click did nothing a newcomer could see (the tooltip says why).
        invited = bool(detail.invitees)
        self.all_present_button.setEnabled(invited)
        self.all_present_button.setToolTip(
            _("Mark everyone on the list present")
            if invited
            else _("Nobody is invited to this meeting yet: there is nobody to mark present.")
        )
        grey_for([self.all_present_button], detail.refused_outside_days(ENDED_ATTENDANCE))
        self._update_buttons(self.table.current_row())

    def _set(self, status: AttendanceStatus) -> None:
        row = self.table.current_row()
        if row is not None:
            self.act(meetings.set_attendance, row.id, status)

    def mark_present(self) -> None:
        self._set(AttendanceStatus.PRESENT)

    def mark_absent(self) -> None:
        self._set(AttendanceStatus.ABSENT)

    def unmark(self) -> None:
        self._set(AttendanceStatus.INVITED)

    def mark_substitute(self) -> None:
        row = self.table.current_row()
        if row is not None and SubstituteDialog(self.ctx, row, self).exec():
            self.act(None)

    def all_present(self) -> None:
        if self.detail is not None:
            self.act(mark_all_present, self.detail.id)

    def invite(self) -> None:
        if self.detail is None:
            return
        dialog = InviteeDialog(self.ctx, self.detail, self)
        if dialog.exec():
            self.act(None)
            self.table.select_id(dialog.added_id)

    def remove(self) -> None:
        row = self.table.current_row()
        if row is not None and confirm(
            self,
            _("Remove from the list"),
            _(
                "Take {person} off this meeting's list of invitees? The group's members stay "
                "as they are."
            ).format(person=row.name),
            _("Remove"),
        ):
            remove_with_undo(
                self.act,
                self.notice,
                _("{person} was taken off the list of invitees.").format(person=row.name),
                meeting_removals.remove_invitee,
                row.id,
                meeting_removals.restore_invitee,
                self.table.select_id,
            )
