"""A dialog with a form whose errors appear beside the field they concern.

The subclass builds rows with ``add_row(field, label, widget)`` (``new_column()`` starts a second
column for long forms) and implements ``save()`` calling a service; a DomainError keeps the
dialog open with everything typed, shows the message under the field named by the error (or at
the top) and puts the cursor there. The message under a field goes as soon as the user changes
that field (it speaks of what is no longer there); the next save judges again.
``error_text(field)`` reads what is shown under a field.

Wrapped texts (an error under a field, a history or a description shown as a field) get the
height their lines need, in two places Qt leaves that to us:
- QFormLayout measures a row's height for the whole width of the field column but places a field
  that is not Expanding at its preferred width, so a wrapped label there breaks into a narrow
  column taller than its row and is cut top and bottom. Every field therefore takes the column's
  width (AllNonFixedFieldsGrow); ``add_row`` keeps a field that does not grow (a date, a short
  list) at its own width inside its row.
- A window's minimum height ignores height-for-width (a wrapped label counts one line), so a
  dialog given a size, restored at its last size, or shown before an error appears is too low
  for its texts: it grows to the height its layout needs for its width. Once that text goes,
  the dialog keeps its height while it is shown (the room stays under the rows): shrinking
  as an error went while the user typed moved "Spara" up from under the mouse, and the click
  landed on nothing. Before it is shown, it gives the room back, down to the height it had
  before (a height the user gave stays). And a window with a minimum width of its own no longer gets its layout's: narrower than
  that, the form is laid out wider than the dialog and its texts measured for a width they do
  not get.

A dialog opens at the size its fields need, or at the size the user last gave it by dragging
its edges: only such a size is remembered. Every size was, and a form that has rows only at
times (a new exercise's checklist, a walked place's "same route as last time") then opened
with their height empty above its buttons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, FieldErrors, StaleRecordError, ValidationError
from samverkan_desktop.text_limits import NAME_MAX_LENGTH
from ui.widgets.asking_dialog import AskingDialog
from ui.widgets.date_field import refusing_date
from ui.widgets.dialogs import button_box
from ui.widgets.field_kinds import grows_sideways, when_edited
from ui.widgets.form_reload import changed_attributes
from ui.widgets.number_field import NumberField
from ui.widgets.reload_offer import ERROR_STYLE, ReloadOffer
from ui.widgets.row_note import FieldLine, NoteRoom, RowNote, noting
from ui.widgets.typed_checks import Check, TypedChecks, with_rules

MINIMUM_WIDTH = 520


def within_screen(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """A window's first size, no larger than the screen it opens on: at 1024 × 768 the new
    group's 1100 px put its buttons and its pickers' "Ny person…" off the screen."""
    screen = widget.screen()
    if screen is None:
        return width, height
    room = screen.availableGeometry()
    return min(width, room.width()), min(height, room.height())


class FormDialog(AskingDialog):
    # The narrowest the dialog opens: most forms have long fields; one of two dates asks less
    # (PeriodDialog), its layout's own minimum being the floor anyway.
    minimum_width = MINIMUM_WIDTH

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        ok_text: str | None = None,
        settings: QSettings | None = None,
        size: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._settings = settings
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        # Offered when another desk's save refused this one (see reload_kept).
        self.reload_offer = ReloadOffer(self, self.general_error, self)
        self.reload_button = self.reload_offer.button
        # A form whose fields are none of the record's (a loan of a unit) has nothing to load:
        # what its refusal says instead (the record's "copy your text, open it again" fits not).
        self.retry_text: str | None = None
        self._labels: dict[str, str] = {}
        self._label_width = 0  # the rows across the dialog's: the first column's (rows_across)
        self._checks = TypedChecks()
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.form = self._new_form()
        self._first_form = self.form
        self.buttons = button_box(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.buttons)
        # The OK button is the default (Enter) only once it is the dialog's: made so in
        # button_box, before it had a dialog, Qt did not know, and on show made the form's first
        # button the default ("I dag" in "Ny person": Enter filled in a date, saved nothing).
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(False)  # (setting it again to True alone changes nothing)
        ok.setDefault(True)
        self.setMinimumWidth(self.minimum_width)
        self._needed: int | None = None  # the height the layout last needed (_fit_height)
        self._height_before_fit = 0  # the height it had before it grew to fit its texts
        self._sized_by_user = False  # dragged to a size of the user's: remembered (see module)
        if size is not None:
            self.resize(*within_screen(self, *size))  # later the size the user left it at
        if settings is not None:
            geometry = settings.value(self._geometry_key())
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)

    def _geometry_key(self) -> str:
        # Not ".../geometry": those held every size the dialog had, not only the user's.
        return f"dialogs/{type(self).__name__}/chosen_geometry"

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # The window system's (the user dragging an edge), not the dialog's own resize().
        if event.spontaneous() and self.isVisible():
            self._sized_by_user = True

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        # Fields fill the column: a wrapped text is measured for that width (see the module).
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)  # the style's own spacing between rows is far too loose
        # Between a label and its field: the columns' spacing, which the form took from its
        # column until the column's own spacing went to 0 (see below).
        form.setHorizontalSpacing(self.columns.spacing())
        column = QVBoxLayout()
        column.setSpacing(0)  # a note's room right under the rows, as high as the note's line
        column.addLayout(form)
        column.addStretch(1)  # rows keep their natural height; extra height stays below
        self.columns.addLayout(column, 1)
        self._column = column
        self._note_room: NoteRoom | None = None  # this column's, once a row has a note
        return form

    def rows_across(self) -> None:
        """Rows added from now on go under the columns, across the dialog's whole width: for
        fields whose text is long (a person picked, "Namn — titel, organisation", was cut in
        half a 1024 px form's width)."""
        first = self._first_form
        items = (
            first.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(first.rowCount())
        )
        labels = [item.widget() for item in items if item is not None]
        # Their fields start where the first column's do: a label as wide as its widest.
        self._label_width = max((w.sizeHint().width() for w in labels if w is not None), default=0)
        self.form = self._new_form()
        column = self._column
        self.columns.removeItem(column)
        column.takeAt(column.count() - 1)  # no stretch: the columns above take the height
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(self.buttons), column)

    def _column_note_room(self) -> NoteRoom:
        """The room at the column's foot that its rows' notes take while they say nothing."""
        if self._note_room is None:
            self._note_room = NoteRoom(self)
            self._column.insertWidget(1, self._note_room)  # under the form, over the stretch
        return self._note_room

    def new_column(self) -> None:
        """Rows added from now on go into a new column to the right."""
        self.form = self._new_form()

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none): what the user reads there."""
        _widget, label = self._fields[field]
        return label.text() if not label.isHidden() else ""

    def add_row(self, field: str, label: str, widget: QWidget, note_room: bool = True) -> QWidget:
        """``note_room`` False: the line under a picker for whom its typing stands for takes
        its room only while the picker is typed in (``RowNote``'s ``kept``)."""
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        container = QWidget(self)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if grows_sideways(widget) or widget.hasHeightForWidth():  # a wrapped text fills the row
            box.addWidget(widget)
        else:  # its own width, as a field that does not grow; its error line below fills the row
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        # What the field made of the typing ("→ Elsa Holmgren — …"), when it says such things.
        noting_fields = noting(widget)
        if noting_fields:
            note = RowNote(noting_fields, container, kept=note_room, error=error, field=widget)
            if note_room:
                note.keep_room_in(self._column_note_room())
            box.addWidget(note)
        box.addWidget(error)
        # Not the field's minimum width (a list is as wide as its longest entry): narrower than
        # the form's minimum, the column measures the form's wrapped texts for that minimum
        # width and they do not get it. Too narrow a dialog squeezes the field, as before.
        container.setMinimumWidth(1)
        self.form.addRow(label, container)
        if self._label_width:
            shown = self.form.labelForField(container)
            if shown is not None:
                shown.setMinimumWidth(self._label_width)
        if field == "name" and isinstance(widget, QLineEdit):
            # Typing stops at the limit every register's name has, rather than the save
            # refusing a name already typed in full.
            widget.setMaxLength(min(widget.maxLength(), NAME_MAX_LENGTH))
        for number in [widget, *widget.findChildren(NumberField)]:
            if isinstance(number, NumberField):
                number.keep_outside()  # refused below (accept), as typed, not another number
        self._fields[field] = (widget, error)
        self._labels[field] = label.replace("&", "").rstrip(": ")
        self._checks.add_fields_of(field, widget)
        when_edited(widget, error.hide)  # what it refused is no longer there
        return widget

    def add_check(self, field: str, check: Check) -> None:
        """``check`` raises ValidationError when what is typed in ``field`` cannot be read (a
        time, a name no one has): judged with every field's before the save, all shown."""
        self._checks.add(field, check)

    def add_part(self, field: str, row_field: str, widget: QWidget) -> None:
        """``widget``, already in ``row_field``'s row (a time span's end), as a field of its
        own: its refusal shown under that row, the focus given to it."""
        _row_widget, error = self._fields[row_field]
        self._fields[field] = (widget, error)
        self._labels[field] = self._labels[row_field]
        when_edited(widget, error.hide)

    def add_note(self, field: str, text: str) -> QLabel:
        """A wrapped line right under ``field``, above its error line (a row of its own in the
        form stood apart from the field it is about)."""
        note = QLabel(text, self)
        note.setWordWrap(True)
        self._put_under(field, note)
        return note

    def add_field_line(self, field: str) -> FieldLine:
        """A line right under ``field`` saying something of what it holds (the borrower's
        training), set with ``say``: its room kept as the picker's "→" line's is, under the
        field while the focus is in it or it says something, else at the column's foot, so
        that it coming and going as a name is typed moves no row below."""
        widget, error = self._fields[field]
        line = FieldLine(widget, self, error=error)
        line.keep_room_in(self._column_note_room())
        self._put_under(field, line)
        return line

    def _put_under(self, field: str, line: QLabel) -> None:
        _widget, error = self._fields[field]
        container = error.parentWidget()
        assert container is not None
        box = container.layout()
        assert isinstance(box, QVBoxLayout)
        # Right under the field: above the picker's "→" line too, whose room is kept empty.
        row_notes = container.findChildren(RowNote)
        box.insertWidget(box.indexOf(row_notes[0] if row_notes else error), line)

    def clear_errors(self) -> None:
        self.reload_offer.clear()
        for _widget, label in self._fields.values():
            label.hide()

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Every field's refusal at once, the cursor in the first field refused."""
        self.clear_errors()
        for error in reversed(errors):
            self._show_one(error)

    def show_error(self, error: DomainError) -> None:
        """Under its field; several fields refused at once (FieldErrors) each under its own,
        the cursor in the first."""
        if isinstance(error, FieldErrors):
            self.show_errors(list(error.errors))
            return
        self.clear_errors()
        self._show_one(error)

    def _show_one(self, error: DomainError) -> None:
        target = self._fields.get(error.field or "") or refusing_date(
            self._fields.values(), error.message
        )
        if target is None:
            self.general_error.setText(error.message)
            self.general_error.show()
            return
        widget, label = target
        label.setText(error.message)
        label.show()
        widget.setFocus()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has been brought up to date
            self._fit_height()
        return handled

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._as_opened is None:  # filled by now: what the user then changes is theirs
            self._focus_first_field()
            self._remember_as_opened()
        self._fit_height()

    def _remember_as_opened(self) -> None:
        self.remember_as_opened()
        self.reload_offer.remember_opened()

    def _focus_first_field(self) -> None:
        """Typing starts in the first field, not on a button (the button box is made before
        the rows, so Qt's first focus fell on Save: Ctrl+N, typing, Enter saved an empty
        form), unless the dialog chose a field itself."""
        focused = self.focusWidget()
        if focused is not None and not self.buttons.isAncestorOf(focused):
            return
        for field, _label in self._fields.values():
            for widget in (field, *field.findChildren(QWidget)):
                takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                if takes_focus and widget.isEnabled() and widget.isVisibleTo(self):
                    widget.setFocus(Qt.FocusReason.TabFocusReason)
                    return

    def give_back_room(self, room: int) -> None:
        """A line that held ``room`` pixels has gone (a picker's "none yet" once the first
        record is made): the form gives that room back rather than keep a gap above its
        buttons, whatever height it had (restored, or given by the user), never below what its
        rows need. Done once the layout has placed the rows without the line."""
        QTimer.singleShot(0, self, lambda: self._shrink_by(room))

    def _shrink_by(self, room: int) -> None:
        needed = self._needed_height()
        target = max(needed, self.height() - room)
        if target < self.height():
            self.resize(self.width(), target)
            self._needed = needed

    def _needed_height(self) -> int:
        layout = self.layout()
        assert layout is not None
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalMinimumSize().height()
        return min(needed, self.maximumHeight())

    def _fit_height(self) -> None:
        """At least the layout's minimum width, and grow to the height the layout needs at this
        width: Qt's minimum height of a window counts a wrapped label as one line. Grown for a
        text that has gone again (an error under a field), by Qt or here, it keeps that height
        while shown, so that its buttons stay under the mouse (see the module); before that the
        room is given back, down to the height it had before; a height the user gave stays."""
        layout = self.layout()
        if layout is None:
            return
        self.setMinimumWidth(max(self.minimum_width, layout.totalMinimumSize().width()))
        needed = self._needed_height()
        content_sized = self.height() == self._needed  # as high as its texts asked, last time
        self._needed = needed
        if needed > self.height():
            if not content_sized:
                self._height_before_fit = self.height()
            self.resize(self.width(), needed)
        elif needed < self.height() and content_sized and not self.isVisible():
            self.resize(self.width(), max(needed, self._height_before_fit))

    def save(self) -> None:
        """Store the form through a service; raise DomainError to keep the dialog open."""
        raise NotImplementedError

    # --- another desk saved the record meanwhile ---------------------------------------------
    # A form that edits one record implements the last three (ui.widgets.record_form.RecordForm);
    # the others say their ``retry_text``, or else the refusal's own message. See ReloadOffer.

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        return self._fields

    def field_label(self, field: str) -> str:
        return self._labels[field]

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        return changed_attributes(self._fields, before, after)

    def shown_record(self) -> object | None:
        """The record the fields were filled from (None: a new one)."""
        return None

    def saved_record(self) -> object:
        """The record as it is saved now, read anew."""
        raise NotImplementedError

    def show_record(self, record: Any) -> None:
        """Fill the fields from ``record`` and save against its version from now on."""
        raise NotImplementedError

    def reload_kept(self) -> None:
        """F5 or the button: load the other desk's change, keeping what the user typed."""
        self.reload_offer.reload_kept()

    def rule_refusals(self) -> list[ValidationError]:
        """What the service's rules refuse of the fields that did read (those that did not
        read as empty: typed_checks.readable), saving nothing. Asked when a field's typing is
        refused, so that both are said at once; a form without it says its rules at the save,
        once its typing reads."""
        return []

    def accept(self) -> None:
        refusals = self._checks.refusals()
        if refusals:
            try:
                rules = self.rule_refusals()
            except DomainError:
                rules = []  # said at the save, once the typing reads
            rows = {field: label for field, (_widget, label) in self._fields.items()}
            self.show_errors(with_rules(refusals, rules, rows))
            return
        try:
            self.save()
        except StaleRecordError as error:
            if not self.reload_offer.offer():
                retry = self.retry_text
                self.show_error(error if retry is None else StaleRecordError(retry))
            return
        except DomainError as error:
            self.show_error(error)
            return
        self._remember_geometry()
        super().accept()

    def discard(self) -> None:
        self._remember_geometry()
        super().discard()

    def _remember_geometry(self) -> None:
        if self._settings is not None and self._sized_by_user:
            self._settings.setValue(self._geometry_key(), self.saveGeometry())
