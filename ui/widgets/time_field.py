"""Clock times in forms: the ``TimeEdit`` field ("09.00"), and ``parse_clock`` for a time in a
free-text field that may be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QTimeEdit, QWidget

from samverkan_desktop.clock_input import could_become_clock, read_clock, read_optional_clock
from samverkan_desktop.errors import ValidationError
from ui import key_guide
from ui.widgets.kept_as_typed import REFUSED_STYLE, is_shortcut


def parse_clock(text: str, field: str, example: str = "09.30") -> dt.time | None:
    """A time typed in a field that may be left empty: "18.30", "18:30", the hour alone ("9",
    "kl 9") as Swedes write it; empty: no time. (TimeEdit where a time is required.)"""
    return read_optional_clock(text, field=field, example=example)


class TimeEdit(QTimeEdit):
    """A clock time as Swedish writes it, "09.00" (as the program's views and printouts do).
    Edited part by part, as Qt does: "0900", "9.00", "9:00" and "09:00" all give 09.00, and "9"
    the hour 9 with the minutes left as they were. A pasted "09:00" is taken as "09.00".

    What is typed from the start of the field is also read by the program's one clock reader
    (``clock_input.read_clock``) when typing ends (Tab, Enter, leaving the field): Qt's parts
    took "25:00" as 20.15 and "9.75" as 09.07. A time no clock has stays as typed, in red,
    and ``value()`` refuses it with one line ("Ogiltig tid: 25:00 – timmen måste vara 0–23.").
    Such a text, and one typed over the whole field (Ctrl+A), is edited as text, not by Qt's
    parts: typing replaces the selection, Backspace takes back a character (Qt's parts appended
    "09.00" to a refused text, made 09.09, or stepped on to the next field at the ".")."""

    # Also on the class: a focus or validation event reached a field whose Python attributes
    # were gone (seen once on CI, while an earlier test's windows were torn down) and raised.
    field = "start_time"
    _typed: str | None = None
    _refused: str | None = None
    _as_typed = False

    def __init__(
        self, parent: QWidget | None = None, value: dt.time | None = None, field: str = "start_time"
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._typed: str | None = None  # typed from the start of the field, not yet ended
        self._refused: str | None = None  # why the text shown as typed is no time
        self._as_typed = False  # the field shows the text as typed (once refused), not Qt's
        self.setDisplayFormat("HH.mm")
        if value is not None:
            self.set_value(value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._as_typed and text == self._typed:  # ours to judge, not Qt's parts
            return QValidator.State.Intermediate, text, pos
        return super().validate(text.replace(":", "."), pos)

    def value(self) -> dt.time:
        """The time shown; ValidationError when the text typed names no time."""
        if self._refused is not None:
            raise ValidationError(self._refused, field=self.field)
        if self._as_typed and self._typed:  # edited, not ended yet (Ctrl+S saves at once)
            return read_clock(self._typed, field=self.field, minute=self.time().minute())
        time = self.time()
        held = dt.time(time.hour(), time.minute())
        if self._typed and not could_become_clock(self._typed):
            read_clock(self._typed, field=self.field)  # raises, naming the problem
        return held

    def set_value(self, value: dt.time) -> None:
        self._typed = None
        self._show_refused(None)
        self.setTime(QTime(value.hour, value.minute))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        typing = bool(text) and text.isprintable() and not is_shortcut(event)
        line = self.lineEdit()
        if typing and line.hasSelectedText() and line.selectedText() == line.text():
            # Typed over all of it (Ctrl+A): kept as typed until typing ends. Qt's parts took
            # the "." of "08.00" as a step past the minutes and on to the next field.
            self._show_refused(text, "" if could_become_clock(text) else None)
            return
        if self._as_typed and self._edit_as_typed(event, text if typing else None):
            return
        if typing and self._typed is None and self._at_start():
            self._typed = ""
        if self._typed is not None and typing:
            self._typed += text
            if not could_become_clock(self._typed):
                self._show_refused(self._typed)  # "9.7": no key makes it a time
                return
        elif not typing:
            self._end_typing()
            if self._refused is not None:
                if key_guide.FORM_SAVE.matches(event) or key_guide.FORM_CANCEL.matches(event):
                    event.ignore()  # the dialog's Save (which names the problem) or Cancel
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        as_typed = self._as_typed
        self._end_typing()
        if as_typed or self._refused is not None:  # Tab moves on from a text kept as typed
            return QWidget.focusNextPrevChild(self, next)  # (Qt's stepped on to the minutes)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        refused = self._refused
        super().focusInEvent(event)
        if refused is None:
            self._typed = None
        else:
            self._show_refused(self._typed)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._end_typing()
        refused, typed = self._refused, self._typed
        super().focusOutEvent(event)
        if refused is not None:
            self._show_refused(typed)  # Qt put the time held back

    def _at_start(self) -> bool:
        line = self.lineEdit()
        return line.selectionStart() == 0 if line.hasSelectedText() else line.cursorPosition() == 0

    def _end_typing(self) -> None:
        """The typed text read by the clock reader: the time it names, or kept and refused."""
        typed, self._typed = self._typed, None
        if typed is None or not typed.strip():
            if self._as_typed:  # all of it taken back: the time held is shown again
                self._show_refused(None)
            return
        try:
            time = read_clock(typed, field=self.field, minute=self.time().minute())
        except ValidationError as error:
            self._show_refused(typed, error.message)
            return
        self._typed = None
        self._show_refused(None)
        if self.value() != time:
            self.setTime(QTime(time.hour, time.minute))

    def _show_refused(
        self, typed: str | None, message: str | None = None, cursor: int | None = None
    ) -> None:
        """Show ``typed`` as typed, refused with ``message`` (None: the clock reader's; "": not
        refused, still being typed); ``typed`` None: the time held, as Qt shows it."""
        line = self.lineEdit()
        self._as_typed = typed is not None
        if typed is None:
            if self._refused is not None:
                self._refused = None
                self.timeChanged.emit(self.time())
            line.setStyleSheet("")
            line.setToolTip("")
            held = self.time().toString("HH.mm")
            if line.text() != held:
                line.setText(held)
            return
        if message is None:
            try:
                read_clock(typed, field=self.field)
                message = ""
            except ValidationError as error:
                message = error.message
        changed = self._refused != (message or None)
        self._typed, self._refused = typed, message or None
        line.setStyleSheet(REFUSED_STYLE if message else "")
        line.setToolTip(message)
        blocked = line.blockSignals(True)  # Qt would put the time held back at once
        line.setText(typed)
        line.blockSignals(blocked)
        line.setCursorPosition(len(typed) if cursor is None else cursor)
        if changed:  # those who follow the field ask again, and hear the refusal
            self.timeChanged.emit(self.time())

    def _edit_as_typed(self, event: QKeyEvent, text: str | None) -> bool:
        """A key on the text shown as typed edits it as text: ``text`` replaces the selection
        (or goes in at the cursor), Backspace takes back, Ctrl+A selects all of it. Red only
        while no more typing could make it a time; read when typing ends. True: handled."""
        line = self.lineEdit()
        if key_guide.FORM_SELECT_ALL.matches(event):
            line.selectAll()
            return True
        shown = line.text()
        start, end = line.cursorPosition(), line.cursorPosition()
        if line.hasSelectedText():
            start = line.selectionStart()
            end = start + len(line.selectedText())
        if text is None:
            if not key_guide.DATE_TAKE_BACK.matches(event):
                return False
            text, start = "", start - 1 if start == end and start > 0 else start
        typed = shown[:start] + text + shown[end:]
        self._show_refused(typed, "" if could_become_clock(typed) else None, start + len(text))
        return True
