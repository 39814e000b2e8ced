"""Small forms for one meeting: add a single meeting, move one occurrence, cancel one.

Moving or cancelling a meeting that comes from the group's rule keeps it as an exception (the
services see to that), so later changes to the rule leave it alone. Both send the version of the
meeting they were opened on: a save after another desk's change is refused, the form stays open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel, QLineEdit, QTimeEdit, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import local_time, long_date
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.services import groups, meeting_following, meetings
from samverkan_desktop.services.meeting_common import SINGLE_MEETING_TIMES, single_meeting_defaults
from samverkan_desktop.services.meetings import MeetingInput
from ui.areas import area_title
from ui.calendar.day_note import show_day_under
from ui.calendar.following_note import FollowingNote
from ui.context import AppContext
from ui.groups.group_dialog import add_group
from ui.widgets.cancel_dialog import CancelWithReasonDialog
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.kept_length import keep_length
from ui.widgets.page_labels import muted
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_picker import RecordPicker
from ui.widgets.time_field import TimeEdit


def time_edit(value: dt.time, parent: QWidget, field: str) -> TimeEdit:
    return TimeEdit(parent, value, field)  # "09.00", as the meetings are written


def time_of(edit: QTimeEdit) -> dt.time:
    """The time in the field; a time no clock has, typed in a TimeEdit, refused naming it."""
    if isinstance(edit, TimeEdit):
        return edit.value()
    value = edit.time()
    return dt.time(value.hour(), value.minute())


def required_date(edit: OptionalDateEdit, field: str = "date") -> dt.date:
    value = edit.value()
    if value is None:
        raise ValidationError(_("Enter the date."), field=field)
    return value


def meeting_times(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    """Naive Stockholm wall-clock times, as the services take them."""
    return dt.datetime.combine(day, start), dt.datetime.combine(day, end)


def lasting(start: dt.time) -> dt.time:
    """The end of a new meeting starting at ``start``: as long as the usual 09.00–10.30, but
    on the same day."""
    usual_start, usual_end = SINGLE_MEETING_TIMES
    length = dt.datetime.combine(dt.date.min, usual_end) - dt.datetime.combine(
        dt.date.min, usual_start
    )
    end = dt.datetime.combine(dt.date.min, start) + length
    return end.time() if end.date() == dt.date.min else dt.time(23, 59)


SERIES_HINT = N_(
    'A meeting that recurs ("once a month, not July") is planned with its group\'s meeting'
    " rule: {area} → {button}"
)
NO_GROUPS = N_("There are no groups yet: create the group with {button}")


class NewMeetingDialog(FormDialog):
    """A single meeting outside the rule (a workshop, an extra meeting)."""

    def __init__(
        self,
        ctx: AppContext,
        day: dt.date,
        group_id: int | None = None,
        start: dt.time | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``start``: a time chosen in the calendar (a double click in the week), kept when a
        group is chosen; the meeting lasts as long as a new one usually does."""
        super().__init__(_("New meeting"), parent, ok_text=_("Add meeting"), settings=ctx.settings)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.group_combo = RecordCombo(_("Type part of a group's name …"), self)
        self.group_combo.setMinimumContentsLength(32)
        # A meeting is a group's: with none yet (the first day) the group is made here, the
        # meeting typed so far kept (before, the form only said to make it in another area).
        self.group_picker = RecordPicker(
            self.group_combo,
            lambda: ctx.call(groups.group_names, ended=False),
            lambda name: add_group(ctx, self, name, self._tell_planned),
            _("New group…"),
            _("Create the group that meets"),
            _(NO_GROUPS),
            self,
        )
        self.add_row("group_id", _("Group"), self.group_picker)
        # What the new group's rule planned ("Möten: 3 nya."): this meeting may be one of them.
        self.planned_note = self.add_note("group_id", "")
        self.planned_note.hide()
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_value(day)
        self.add_row("date", _("Date"), self.date_edit)
        show_day_under(self.date_edit, self.add_note("date", ""))
        usual_start, usual_end = SINGLE_MEETING_TIMES
        self.start_edit = time_edit(start or usual_start, self, "starts_at")
        self.add_row("starts_at", _("Starts"), self.start_edit)
        self.end_edit = time_edit(usual_end if start is None else lasting(start), self, "ends_at")
        self.add_row("ends_at", _("Ends"), self.end_edit)
        keep_length(self.start_edit, self.end_edit)
        self.place_edit = QLineEdit(self)
        self.add_row("place", _("Place"), self.place_edit)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_("Optional, e.g. Workshop"))
        self.add_row("title", _("Meeting title"), self.title_edit)
        # A series is not made here: a coordinator looking for "1 gång/månad" in the calendar
        # was not told where it is.
        self.form.addRow(
            muted(_(SERIES_HINT).format(area=area_title("groups"), button=_("Meeting rule…")), self)
        )
        # The group's usual time and place, filled in when a group is chosen; what the user
        # typed or changed is kept.
        self._suggested: tuple[dt.time, dt.time, str] = (usual_start, usual_end, "")
        self._suggested_for: int | None = None
        self._time_chosen = start is not None
        self.group_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        self.group_combo.editTextChanged.connect(lambda _text: self._suggest())
        self.group_combo.set_value(group_id)
        self._suggest()
        (self.place_edit if group_id else self.group_combo).setFocus()

    def _tell_planned(self, text: str) -> None:
        self.planned_note.setText(text)
        self.planned_note.show()

    def _suggest(self) -> None:
        group_id = self.group_combo.value()  # also a name typed in part, when only one fits
        if group_id is None or group_id == self._suggested_for:
            return
        self._suggested_for = group_id
        start, end, place = self.ctx.call(single_meeting_defaults, group_id)
        old_start, old_end, old_place = self._suggested
        try:
            typed = (time_of(self.start_edit), time_of(self.end_edit)) != (old_start, old_end)
        except ValidationError:
            typed = True  # a time no clock has, kept as typed: not replaced behind the user
        if not (typed or self._time_chosen):
            self.start_edit.setTime(QTime(start.hour, start.minute))
            self.end_edit.setTime(QTime(end.hour, end.minute))
        if self.place_edit.text() == old_place:
            self.place_edit.setText(place or "")
        self._suggested = (start, end, place or "")

    def save(self) -> None:
        group_id = self.group_combo.value()
        if group_id is None:
            no_groups = self.group_combo.count() == 0
            if no_groups:  # the error line says it now, in the hint's place (not twice)
                self.group_picker.hint.hide()
                button = self.group_picker.button_name()
                raise ValidationError(_(NO_GROUPS).format(button=button), field="group_id")
            raise ValidationError(_("Choose the group that meets."), field="group_id")
        start, end = meeting_times(
            required_date(self.date_edit), time_of(self.start_edit), time_of(self.end_edit)
        )
        self.saved_id = self.ctx.call(
            meetings.add_meeting,
            group_id,
            MeetingInput(start, end, self.place_edit.text(), self.title_edit.text()),
        )


class MoveMeetingDialog(FormDialog):
    """Another day or time for one meeting (kept as an exception to the rule)."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        label: str,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Move meeting"), parent, ok_text=_("Move"), settings=ctx.settings)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.version = version
        self.saved_version: int | None = None  # after the save: what an Undo must find
        what = QLabel(
            _("{meeting}, now {day} {start}–{end}").format(
                meeting=label,
                day=long_date(starts_at.date()),
                start=local_time(starts_at),
                end=local_time(ends_at),
            ),
            self,
        )
        what.setWordWrap(True)
        self.add_row("meeting", _("Meeting"), what)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_value(starts_at.date())
        self.add_row("date", _("New date"), self.date_edit)
        show_day_under(self.date_edit, self.add_note("date", ""))
        self.start_edit = time_edit(starts_at.time(), self, "starts_at")
        self.add_row("starts_at", _("Starts"), self.start_edit)
        self.end_edit = time_edit(ends_at.time(), self, "ends_at")
        self.add_row("ends_at", _("Ends"), self.end_edit)
        keep_length(self.start_edit, self.end_edit)
        self.following = FollowingNote(ctx, self)
        self.form.addRow(self.following)
        self.date_edit.dateChanged.connect(lambda _date: self._foresee())
        self._foresee()
        self.date_edit.setFocus()

    def _foresee(self) -> None:
        day = self.date_edit.value_or_none()
        if day is None:
            self.following.hide()
        else:
            self.following.foresee(meeting_following.if_moved, self.meeting_id, day)

    def save(self) -> None:
        start, end = meeting_times(
            required_date(self.date_edit), time_of(self.start_edit), time_of(self.end_edit)
        )
        self.saved_version = self.ctx.call(
            meetings.move_meeting, self.meeting_id, start, end, self.version
        )


class CancelMeetingDialog(CancelWithReasonDialog):
    """Cancel one meeting, with a reason kept as its note."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        label: str,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            (_("Cancel meeting"), _("Cancel the meeting"), _("Keep the meeting")),
            _("Meeting"),
            label,
            _("Why (optional; shown in the calendar and minutes)"),
            parent,
        )
        self.meeting_id = meeting_id
        self.version = version
        self.saved_version: int | None = None  # after the save: what an Undo must find
        self.following = FollowingNote(ctx, self)
        self.form.addRow(self.following)
        self.following.foresee(meeting_following.if_gone, meeting_id)

    def save(self) -> None:
        self.saved_version = self.ctx.call(
            meetings.cancel_meeting, self.meeting_id, self.reason(), self.version
        )
