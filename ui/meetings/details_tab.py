"""When and where: date, times, place, title, a note and who takes the minutes. Saved with
"Save details" (Ctrl+S in the editor); an error shows beside its field and nothing typed is lost.
Changing the time of a rule's meeting keeps it as an exception to the rule.

The save sends the version of the meeting the fields were filled from: when another desk saved
the meeting meanwhile, it is refused and the typed text stays; the tab says what the other desk
changed and offers to load it keeping what was typed (F5, as the record forms do), or "Discard
my changes" shows the meeting as it is now."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import meeting_following
from samverkan_desktop.services.meeting_editing import save_details
from samverkan_desktop.services.meetings import MeetingDetail, MeetingInput, get_meeting
from samverkan_desktop.services.validation import clean
from ui.calendar.following_note import FollowingNote
from ui.calendar.meeting_dialogs import meeting_times, required_date, time_of
from ui.context import AppContext
from ui.widgets.date_field import refusing_date
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.form_reload import changed_attributes
from ui.widgets.kept_length import keep_length
from ui.widgets.reload_offer import ERROR_STYLE, ReloadOffer
from ui.widgets.time_field import TimeEdit


class DetailsTab(QWidget):
    saved = Signal()
    discarded = Signal()  # the editor reloads the meeting
    reloaded = Signal(object)  # the other desk's meeting loaded here: the editor shows it too

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        # The meeting the fields were filled from: its version goes with the save (a later
        # reload that keeps the typed text keeps this too).
        self.shown: MeetingDetail | None = None
        self.dirty = False
        self.refusal: DomainError | None = None  # why the last save was refused
        self._filling = False
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}
        self._labels: dict[str, str] = {}
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.setMaximumWidth(160)
        self.start_edit = TimeEdit(self, dt.time(9, 0), "starts_at")
        self.end_edit = TimeEdit(self, dt.time(10, 0), "ends_at")
        keep_length(self.start_edit, self.end_edit)
        self.place_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_("Optional, e.g. Workshop (the group's name is shown)"))
        self.note_edit = TextBox(self, _("For the invitees, or why the meeting is cancelled"), 4)
        self.minutes_by_edit = QLineEdit(self)
        self.minutes_by_edit.setPlaceholderText(_("Who takes the minutes"))
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        times_widget = QWidget(self)
        times_widget.setLayout(times)
        times.setContentsMargins(0, 0, 0, 0)
        for field, label, widget in (
            ("date", _("Date"), self.date_edit),
            ("ends_at", _("Time"), times_widget),
            ("place", _("Place"), self.place_edit),
            ("title", _("Meeting title"), self.title_edit),
            ("note", _("Note"), self.note_edit),
            ("minutes_by", _("Minutes taken by"), self.minutes_by_edit),
        ):
            self._add_row(field, label, widget)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)  # a conflict's message is long
        self.general_error.hide()
        # Offered when another desk's save refused this one.
        self.reload_offer = ReloadOffer(
            self, self.general_error, self, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reload_button = self.reload_offer.button
        self.save_button = QPushButton(_("Save details"), self)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(_("Discard my changes"), self)
        self.discard_button.setToolTip(_("Show the meeting as it is saved now"))
        self.discard_button.clicked.connect(self.discard)
        self.discard_button.hide()  # offered after another desk's change refused a save
        # Another group meeting before this one ("inför chefsamråd") follows a new date: said
        # before the save, as the calendar's move dialog says it.
        self.following = FollowingNote(ctx, self)
        self.rule_hint = QLabel(self)
        self.rule_hint.setStyleSheet("color: #5f6b7a;")
        self.rule_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.rule_hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.general_error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.form)
        layout.addWidget(self.following)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setMaximumWidth(760)
        for edit in (self.place_edit, self.title_edit, self.minutes_by_edit):
            edit.textChanged.connect(self._touched)
        self.note_edit.textChanged.connect(self._touched)
        self.date_edit.dateChanged.connect(self._touched)
        self.date_edit.dateChanged.connect(lambda _date: self._foresee())
        self.start_edit.timeChanged.connect(self._touched)
        self.end_edit.timeChanged.connect(self._touched)

    def _add_row(self, field: str, label: str, widget: QWidget) -> None:
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        self._errors[field] = (widget, error)
        self._labels[field] = label

    def _foresee(self) -> None:
        day = self.date_edit.value_or_none()
        if self._filling or self.detail is None or day is None:
            return
        if day == self.detail.starts_at.date():
            self.following.hide()  # back on its own day: nothing follows
            return
        self.following.foresee(meeting_following.if_moved, self.detail.id, day)

    def _touched(self, *_args: object) -> None:
        if not self._filling:
            self.dirty = True

    def show_meeting(self, detail: MeetingDetail) -> None:
        """Fill the form, unless the user has changes not yet saved for this meeting."""
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.rule_hint.setText(
            _("This meeting comes from the group's rule: a change here applies to it alone.")
            if detail.from_rule
            else ""
        )
        if same and self.dirty:
            # Typed changes stay; the name the first minutes filled in shows in an empty field
            # (saved empty, the form would take it away again).
            if detail.minutes_by and not self.minutes_by_edit.text().strip():
                self._filling = True
                self.minutes_by_edit.setText(detail.minutes_by)
                self._filling = False
                self.reload_offer.remember_opened("minutes_by")  # the meeting's, not typed
            return
        self.following.hide()
        self._filling = True
        self.date_edit.set_value(detail.starts_at.date())
        self.start_edit.setTime(QTime(detail.starts_at.hour, detail.starts_at.minute))
        self.end_edit.setTime(QTime(detail.ends_at.hour, detail.ends_at.minute))
        # After a save the texts as typed stay, cursor and undo with them, when they are what
        # was stored (set again, the note's cursor would jump to its start).
        texts: tuple[tuple[QLineEdit | TextBox, str | None], ...] = (
            (self.place_edit, detail.place),
            (self.title_edit, detail.title),
            (self.note_edit, detail.note),
            (self.minutes_by_edit, detail.minutes_by),
        )
        for edit, stored in texts:
            shown = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            if same and clean(shown) == stored:
                continue
            if isinstance(edit, QLineEdit):
                edit.setText(stored or "")
            else:
                edit.setPlainText(stored or "")
        self._filling = False
        self.shown = detail
        self.reload_offer.remember_opened()
        self.dirty = False
        self.clear_errors()

    def discard(self) -> None:
        """Drop the typed changes and show the meeting as it is saved now."""
        self.dirty = False
        self.discarded.emit()

    def clear_errors(self) -> None:
        self.reload_offer.clear()
        self.discard_button.hide()
        for _widget, label in self._errors.values():
            label.hide()

    def error_text(self, field: str) -> str:
        label = self._errors[field][1]
        return label.text() if not label.isHidden() else ""

    def show_error(self, error: DomainError) -> None:
        self.clear_errors()
        field = {"starts_at": "ends_at"}.get(error.field or "", error.field or "")
        # A date typed that is none names no field: it stands under the date, as in the forms.
        target = self._errors.get(field) or refusing_date(self._errors.values(), error.message)
        if target is None:
            self.general_error.setText(error.message)
            self.general_error.show()
            return
        widget, label = target
        label.setText(error.message)
        label.show()
        widget.setFocus()

    def save(self) -> bool:
        """Store the details; False (and the message beside the field) when refused."""
        if self.detail is None or self.shown is None:
            return True
        try:
            start, end = meeting_times(
                required_date(self.date_edit), time_of(self.start_edit), time_of(self.end_edit)
            )
            data = MeetingInput(
                start,
                end,
                self.place_edit.text(),
                self.title_edit.text(),
                self.note_edit.toPlainText(),
                expected_version=self.shown.version,  # refused if saved elsewhere meanwhile
            )
            self.ctx.call(save_details, self.detail.id, data, self.minutes_by_edit.text())
        except StaleRecordError as error:
            self.refusal = error
            if not self.reload_offer.offer():
                self.show_error(error)
            self.discard_button.show()
            return False
        except DomainError as error:
            self.refusal = error
            self.show_error(error)
            return False
        self.refusal = None
        self.dirty = False
        self.following.hide()  # done as said
        self.clear_errors()
        self.saved.emit()
        return True

    # --- another desk saved the meeting meanwhile (ReloadOffer) -------------------------------

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        return self._errors

    def field_label(self, field: str) -> str:
        return self._labels[field]

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        """The date and the times are read off the start and end; the texts by their names."""
        changed = changed_attributes(("place", "title", "note", "minutes_by"), before, after)
        if before.starts_at.date() != after.starts_at.date():
            changed.insert(0, "date")
        times = (before.starts_at.time(), before.ends_at.time())
        if times != (after.starts_at.time(), after.ends_at.time()):
            changed.insert(1 if "date" in changed else 0, "ends_at")
        return changed

    def shown_record(self) -> MeetingDetail | None:
        return self.shown

    def saved_record(self) -> MeetingDetail:
        assert self.shown is not None
        return self.ctx.call(get_meeting, self.shown.id)

    def show_record(self, record: MeetingDetail) -> None:
        """The fields from the other desk's meeting, saved against its version from now on;
        the editor's heading and other tabs show it too."""
        self.dirty = False  # what was typed is put back by the offer
        self.show_meeting(record)
        self.reloaded.emit(record)
