"""The conduct log: time-stamped notes written during the exercise. Type what happens and press
Enter: the line is added with the current time, and the field is ready for the next one. A note
written down later starts with when it happened ("09.15 Larm inkom"); "Redigera…" changes a
note's time too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import clock_text, local, local_datetime, local_time
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import exercise_log
from samverkan_desktop.services.exercise_rows import ExerciseDetail, LogRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.common import button_row
from ui.crisis.exercise_assessment import Unsaved
from ui.crisis.exercise_tabs import ExerciseTab
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.operations import run_form
from ui.widgets.page_labels import heading, muted
from ui.widgets.record_table import RecordTable
from ui.widgets.refusal_line import RefusalLine
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import Column
from ui.widgets.time_field import TimeEdit
from ui.widgets.typed_drafts import TypedDrafts


def log_columns() -> list[Column[LogRow]]:
    return [
        Column(
            _("Time"),
            lambda r: local_time(r.logged_at),
            sort_key=lambda r: r.logged_at,
            tooltip=lambda r: local_datetime(r.logged_at),
            width=70,
        ),
        Column(_("What happened"), lambda r: r.text, tooltip=lambda r: r.text),
    ]


def _own_time(note: str) -> dt.time | None:
    """The time a typed note starts with; None for none, or for one no clock has ("25.00
    Larm": entering it is refused, in its own words, after the question)."""
    try:
        return exercise_log.split_clock(note)[0]
    except DomainError:
        return None


class ConductLogTab(ExerciseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(_("Conduct log"), self)
        row, self.buttons = button_row(
            self, [(_("Edit…"), self.edit_entry), (_("Delete…"), self.delete_entry)]
        )
        self.table: RecordTable[LogRow] = RecordTable(log_columns(), self)
        self.table.set_empty_text(_("Nothing logged yet."))
        self.table.activated.connect(lambda _r: self.edit_entry())
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        self.entry = QLineEdit(self)
        self.entry.setObjectName("logEntry")
        self.entry.setPlaceholderText(
            _(
                "Type what happens and press {key} – the time is added (or start with when it "
                "happened: 09.15 …)"
            ).format(key=key_guide.LOG_ENTER.label())
        )
        self.entry.returnPressed.connect(self.add_entry)
        back_to_list(self.buttons[1], self.table, self.entry)
        self.drafts = TypedDrafts(self.entry)  # by exercise: a note typed, not yet entered
        # Notes are taken from the exercise day on: before it the field is greyed (what was typed
        # stays) and this line says why (the service's own refusal).
        self.not_yet = RefusalLine(self)
        self.clock = QLabel(self)
        self.clock.setStyleSheet("color: #5f6b7a;")
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.not_yet)
        layout.addLayout(entry_row)
        layout.addWidget(
            muted(
                _("Notes are kept in the order they happened; the log is part of the evaluation."),
                self,
            )
        )
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():  # the window restored keeps the user's field
            self.entry.setFocus()  # during the exercise: just type

    def work_field(self) -> QWidget | None:
        """The note field, where the exercise is written down (record_header.first_field):
        opened on this tab, the focus went to the list above it."""
        return self.entry

    def _update_buttons(self) -> None:
        for button in self.buttons:
            button.setEnabled(self.table.current_row() is not None)

    def show_exercise(self, detail: ExerciseDetail) -> None:
        # A note typed but not yet entered belongs to its exercise: kept for it, not added to
        # the next one opened.
        self.drafts.show_record(detail.exercise.id)
        super().show_exercise(detail)
        count = len(detail.log)
        self.heading.setText(
            ngettext("Conduct log ({count} note)", "Conduct log ({count} notes)", count).format(
                count=count
            )
        )
        row = detail.exercise
        # "Övningen …": the title is right above (the refusal of a note typed names it).
        refusal = exercise_log.log_refusal(None, row.date, status=row.status)
        self.not_yet.show_refusal(refusal)
        self.entry.setEnabled(refusal is None)
        self.table.set_rows(detail.log)
        self.table.scrollToBottom()
        self._update_buttons()

    def add_entry(self) -> bool:
        """The note typed entered, stamped now or at the time it starts with; False if refused
        (the refusal shown, the note still typed)."""
        text = self.entry.text().strip()
        if self.detail is None or not text:
            return True
        try:
            entry_id = self.ctx.call(exercise_log.add_typed_entry, self.exercise_id, text)
        except DomainError as error:
            show_error(self, error)
            return False
        self.entry.clear()  # only once stored: nothing typed is lost on an error
        self.ctx.bus.announce("crisis")
        self.table.select_id(entry_id)
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- closing the window ----------------------------------------------------------------

    def pending(self) -> dict[int, str]:
        """Notes typed and not entered, by exercise: the one in the field and those kept for
        the exercises looked at before."""
        return self.drafts.pending()

    def closing_question(self, count: int) -> str:
        """Asked with the exercise of a note shown, its note in the field."""
        title = self.detail.exercise.title if self.detail is not None else ""
        first = ngettext(
            "A note typed in the conduct log of “{title}” has not been entered: “{text}”.",
            "{count} notes typed in conduct logs have not been entered, among them in "
            "“{title}”: “{text}”.",
            count,
        ).format(count=count, title=title, text=self.entry.text().strip()[:200])
        return first + "\n\n" + self._entering_stamps(count)

    def _entering_stamps(self, count: int) -> str:
        """What entering the notes stamps them with, as ``add_typed_entry`` does: the time a
        note starts with ("09.15 Larm"), else now; the question said "the time is added" of a
        note stamped at its own."""
        now = local_time(clock.now())
        notes = [self.entry.text()] if count == 1 else list(self.pending().values())
        own = [time for time in map(_own_time, notes) if time is not None]
        if count == 1 and own:
            return _(
                "Enter it now (at {time}, the time it starts with), discard it, or stay?"
            ).format(time=clock_text(own[0]))
        if own and len(own) == len(notes):
            return _("Enter them now (each at the time it starts with), discard them, or stay?")
        if own:
            return _(
                "Enter them now (each at the time it starts with, the others at {time}), "
                "discard them, or stay?"
            ).format(time=now)
        return ngettext(
            "Enter it now (the time {time} is added), discard it, or stay?",
            "Enter them now (the time {time} is added), discard them, or stay?",
            count,
        ).format(time=now)

    def enter_pending(self) -> Unsaved | None:
        """Enter every note typed, stamped now (or at the time it starts with). The first refusal
        is returned; what it refused stays typed."""
        unsaved = None
        for exercise_id, text in self.pending().items():
            try:
                self.ctx.call(exercise_log.add_typed_entry, exercise_id, text.strip())
            except DomainError as error:
                question = _("The note in the conduct log could not be entered: {reason}")
                unsaved = unsaved or Unsaved(exercise_id, question, error)
                continue
            self._forget(exercise_id)
        self.ctx.bus.announce("crisis")
        return unsaved

    def discard_pending(self) -> None:
        self.drafts.discard_all()

    def _forget(self, exercise_id: int) -> None:
        self.drafts.forget(exercise_id)

    # --- editing -----------------------------------------------------------------------------

    def edit_entry(self) -> None:
        entry = self.table.current_row()
        if entry is not None:
            run_form(LogEntryDialog(self.ctx, entry, self), self.ctx, "crisis")

    def delete_entry(self) -> None:
        entry = self.table.current_row()
        if entry is not None and confirm(
            self,
            _("Delete log note"),
            _("Delete the note from {time}: “{text}”?").format(
                time=local_time(entry.logged_at), text=entry.text[:80]
            ),
            _("Delete"),
        ):
            self.change(exercise_log.delete_log_entry, entry.id)


class LogEntryDialog(FormDialog):
    """A note's time and text: a time typed wrong, or the note written down later, is put right
    here (its day stays the day it is logged)."""

    def __init__(self, ctx: AppContext, entry: LogRow, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Edit log note ({time})").format(time=local_time(entry.logged_at)),
            parent,
            ok_text=_("Save"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.entry_id = entry.id
        shown = local(entry.logged_at)
        self.time_edit = TimeEdit(self, dt.time(shown.hour, shown.minute), "logged_at")
        self.add_row("logged_at", _("Time"), self.time_edit)
        self.text_edit = QLineEdit(entry.text, self)
        self.add_row("text", _("Note"), self.text_edit)
        self.text_edit.setFocus()

    def save(self) -> None:
        self.ctx.call(
            exercise_log.update_log_entry,
            self.entry_id,
            self.text_edit.text(),
            self.time_edit.value(),
        )
