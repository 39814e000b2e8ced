"""Step 4, the closing meeting: the walk's summary and what the owners said they will do.

Text typed and not yet saved stays as typed when the walk is shown again (a change saved in
another tab or on another desk); leaving the tab saves the summary and the closing meeting's
notes and the date written for it, without recording the meeting as held (its own button does
that).

A save goes against the walk as the texts were filled from it: when another desk saved the walk
meanwhile it is refused, says what they changed and offers to load it keeping what was typed
(F5), as the record forms do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import walk_reading, walk_records, walk_steps
from samverkan_desktop.services.walk_rows import WalkDetail
from ui import key_guide
from ui.context import AppContext
from ui.widgets.dialogs import show_error
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_reload import changed_attributes
from ui.widgets.in_place_record import InPlaceRecordFields, message_line, theirs_line
from ui.widgets.page_labels import heading, muted
from ui.widgets.reload_offer import ReloadOffer

# The walk's fields this tab writes, as WalkDetail names them: those a save is judged by.
SUMMARY_FIELDS = ("summary",)
CLOSING_FIELDS = ("closing_meeting_date", "closing_meeting_notes")


class ClosingTab(InPlaceRecordFields, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.walk: WalkDetail | None = None
        # The walk the texts were filled from: saves go against its version (see show_walk).
        self._shown: WalkDetail | None = None
        self._filling = False
        self.summary_dirty = False
        self.closing_dirty = False
        self.date_typed = False  # the date was written here, not the one the tab offered
        self.refusal: DomainError | None = None  # the last save's, while its text waits
        self.hint = muted("", self)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            _("Who took part, what the walk showed, the places that felt least safe …")
        )
        # The key on the button, as an exercise's "Spara utvärdering (Ctrl+Enter)".
        self.save_summary_button = QPushButton(
            key_guide.with_keys(_("Save the summary"), key_guide.TEXT_BOX_SAVE), self
        )
        self.save_summary_button.clicked.connect(self.save_summary)
        self.held_on = OptionalDateEdit(self)
        self.held_on.setObjectName("closingDate")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("closingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            _(
                "What each owner said they will do, and by when. Raise the actions under "
                "Observations."
            )
        )
        self.save_closing_button = QPushButton(self)  # its text: show_walk
        self.save_closing_button.clicked.connect(self.save_closing)
        self.message = muted("", self)
        # A refused save's message, and the offer to load the other desk's change.
        self.general_error = message_line(self)
        self.reload_offer = ReloadOffer(
            self, self.general_error, self, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reload_button = self.reload_offer.button
        self._rows: dict[str, tuple[QWidget, QLabel]] = {
            field: (widget, theirs_line(self))
            for field, widget in (
                ("summary", self.summary),
                ("closing_meeting_date", self.held_on),
                ("closing_meeting_notes", self.notes),
            )
        }
        self._labels = {
            "summary": _("Summary"),
            "closing_meeting_date": _("Date of the closing meeting"),
            "closing_meeting_notes": _("Notes from the closing meeting"),
        }
        # Says what the date is: the day planned with the owners until the meeting is recorded
        # as held ("Hölls den" stood beside a day still to come).
        self.date_label = muted("", self)
        self.date_label.setObjectName("closingDateLabel")
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_label)
        date_row.addWidget(self.held_on)
        date_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.hint)
        layout.addWidget(self.general_error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heading(_("Summary of the walk"), self))
        layout.addWidget(self.summary, 1)
        layout.addWidget(self._rows["summary"][1])
        # As wide as its text, at the right under the text it saves, as the program's other
        # save buttons are (stretched across the tab it read as a divider).
        right = Qt.AlignmentFlag.AlignRight
        layout.addWidget(self.save_summary_button, 0, right)
        layout.addSpacing(10)
        layout.addWidget(heading(_("Closing meeting with the owners"), self))
        layout.addLayout(date_row)
        layout.addWidget(self._rows["closing_meeting_date"][1])
        layout.addWidget(self.notes, 1)
        layout.addWidget(self._rows["closing_meeting_notes"][1])
        layout.addWidget(self.save_closing_button, 0, right)
        layout.addWidget(self.message)
        # Ctrl+S saves what was typed, as in the checklist answers and the meeting editor.
        save = QAction(_("Save the summary and the closing meeting"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda _checked=False: self.save_typed())
        self.addAction(save)
        # The buttons name their own key (Ctrl+Enter in their part); the tooltip the tab's.
        keys = save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for button in (self.save_summary_button, self.save_closing_button):
            button.setToolTip(f"{save.text()} ({keys})")
        # Ctrl+Enter in a part saves that part, as in an exercise's evaluation and assessment.
        self._part_key(self.save_summary, self.summary)
        self._part_key(self.save_closing, self.held_on, self.notes)
        self.summary.textChanged.connect(self._summary_typed)
        self.notes.textChanged.connect(self._closing_typed)
        self.held_on.dateChanged.connect(self._date_typed)

    def _part_key(self, slot: Callable[[], None], *fields: QWidget) -> None:
        part = QAction(self)
        key_guide.TEXT_BOX_SAVE.apply(part)
        part.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        part.triggered.connect(lambda _checked=False: slot())
        for field in fields:
            field.addAction(part)

    def _summary_typed(self) -> None:
        if not self._filling:
            self.summary_dirty = True

    def _closing_typed(self, *_args: object) -> None:
        if not self._filling:
            self.closing_dirty = True

    def _date_typed(self, *_args: object) -> None:
        if not self._filling:
            self.closing_dirty = self.date_typed = True

    def _typed_fields(self) -> tuple[str, ...]:
        return (SUMMARY_FIELDS if self.summary_dirty else ()) + (
            CLOSING_FIELDS if self.closing_dirty else ()
        )

    def show_walk(self, walk: WalkDetail) -> None:
        if self.walk is None or self.walk.id != walk.id:
            self.summary_dirty = self.closing_dirty = self.date_typed = False
            self.clear_errors()
        self.walk = walk
        # Saves go against this walk, unless it changed what is being typed: then against the
        # walk the typing started from, so the save is refused and theirs offered.
        shown = self._shown
        if (
            shown is None
            or shown.id != walk.id
            or not changed_attributes(self._typed_fields(), shown, walk)
        ):
            self._shown = walk
        left = [field for field in self._rows if field not in self._typed_fields()]
        self._fill(walk, left)
        self.reload_offer.remember_opened(*left)
        self.hint.setText(
            _("Mark the walk as walked before writing its summary and closing meeting.")
        )
        self.hint.setVisible(not walk.is_walked)
        held = walk.closing_meeting_on is not None
        self.date_label.setText(_("Held on") if held else _("Planned for"))
        # Saving the meeting not yet held records it as held: said on the button, not found
        # out from the step bar afterwards.
        self.save_closing_button.setText(
            key_guide.with_keys(
                _("Save the closing meeting") if held else _("Record the closing meeting as held"),
                key_guide.TEXT_BOX_SAVE,
            )
        )
        for widget in (
            self.summary,
            self.save_summary_button,
            self.held_on,
            self.notes,
            self.save_closing_button,
        ):
            widget.setEnabled(walk.is_walked)
        self.message.setText("")

    def _fill(self, walk: WalkDetail, fields: list[str]) -> None:
        """Put ``walk``'s values in ``fields`` (the program's, not the user's typing)."""
        self._filling = True
        # The text just saved (Ctrl+Enter while writing) keeps its cursor: set anew, it went to
        # the start.
        for field, edit in (("summary", self.summary), ("closing_meeting_notes", self.notes)):
            text = getattr(walk, field) or ""
            if field in fields and text != edit.toPlainText():
                edit.setPlainText(text)
        if "closing_meeting_date" in fields:
            self.held_on.set_value(walk.closing_meeting_date or max(walk.date, clock.today()))
        self._filling = False

    def _call(self, function: Callable[..., object], *args: object) -> bool:
        """Save against the walk shown; a save another desk overtook offers theirs."""
        assert self._shown is not None
        try:
            self.ctx.call(function, *args, self._shown.version)
        except StaleRecordError as error:
            self.refusal = error
            self.reload_offer.offer()
            # Left the tab: said where the text waits (not once the window is gone, closed
            # after its question: nobody to tell, and a box then hung the program's end).
            if not self.isVisible() and self.window().isVisible():
                show_error(self, self._kept_text())
            return False
        except DomainError as error:
            self.refusal = error
            show_error(self, error)
            return False
        self.refusal = None
        self.clear_errors()
        # The walk as saved now, with this change: the next save goes against it.
        self._shown = self.ctx.call(walk_reading.get_walk, self._shown.id)
        return True

    def _kept_text(self) -> str:
        return _(
            "Another desk saved the walk meanwhile, so your text was not saved. It is kept under "
            "“Summary and closing meeting”: load their change there and save again."
        )

    def save_summary(self) -> None:
        if self.walk is not None and self._call(
            walk_records.save_summary, self.walk.id, self.summary.toPlainText()
        ):
            self.summary_dirty = False
            self.ctx.bus.announce("walks")
            self.message.setText(_("The summary was saved."))

    def save_closing(self) -> None:
        try:
            held_on = self.held_on.value()
        except DomainError as error:  # a typed date that is no date: said, nothing saved
            show_error(self, error)
            return
        if self.walk is not None and self._call(
            walk_steps.record_closing_meeting, self.walk.id, held_on, self.notes.toPlainText()
        ):
            self.closing_dirty = self.date_typed = False
            self.ctx.bus.announce("walks")
            self.message.setText(_("The closing meeting was saved."))

    def save_typed(self) -> None:
        """Save the summary and the closing meeting, whichever was typed in."""
        if self.walk is None or not self.walk.is_walked:
            return
        if self.summary_dirty:
            self.save_summary()
        if self.closing_dirty and not self.summary_dirty:
            self.save_closing()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if not event.spontaneous():
            self.store_typed()

    def typed(self) -> bool:
        """Whether text typed here waits to be saved (leaving the tab saves it)."""
        walk = self.walk
        return walk is not None and walk.is_walked and (self.summary_dirty or self.closing_dirty)

    def let_go(self) -> None:
        """Nothing to save any more: the user chose to lose what was typed."""
        self.summary_dirty = self.closing_dirty = self.date_typed = False

    def refused_question(self) -> str:
        """What could not be saved, with ``{reason}`` for why (ui.widgets.closing)."""
        return _("What you typed under “Summary and closing meeting” could not be saved: {reason}")

    def changed_meanwhile(self) -> str:
        """Why a save refused as stale was refused, after "… could not be saved:"."""
        return _("someone else changed the walk while you were typing.")

    def store_typed(self) -> bool:
        """Save what was typed, as leaving the tab does; False: a save was refused (``refusal``
        says why), the text still typed."""
        walk = self.walk
        if not self.typed() or walk is None:
            return True
        if self.summary_dirty:
            self.save_summary()
        # A summary refused (another desk saved the walk) refuses the notes too: said once.
        if not self.closing_dirty or self.summary_dirty:
            return not self.summary_dirty
        if walk.closing_meeting_on is not None:
            self.save_closing()
        else:
            # Not recorded as held by leaving: the notes and the date are kept, the meeting is
            # recorded with its button (typed and left, they were lost when another walk was
            # opened).
            self.save_closing_draft()
        return not self.closing_dirty

    def save_closing_draft(self) -> None:
        walk = self.walk
        if walk is None:
            return
        held_on = walk.closing_meeting_draft_on  # the date offered is not kept as written
        if self.date_typed:
            try:
                held_on = self.held_on.value()
            except DomainError as error:  # a typed date that is no date: said; the notes kept
                show_error(self, error)
        if self._call(walk_records.save_closing_draft, walk.id, held_on, self.notes.toPlainText()):
            self.closing_dirty = self.date_typed = False
            self.ctx.bus.announce("walks")

    # --- another desk saved the walk meanwhile (ReloadOffer) ----------------------------------

    def shown_record(self) -> WalkDetail | None:
        return self._shown

    def saved_record(self) -> WalkDetail:
        assert self._shown is not None
        return self.ctx.call(walk_reading.get_walk, self._shown.id)

    def show_record(self, record: WalkDetail) -> None:
        self._shown = self.walk = record
        self._fill(record, list(self._rows))
