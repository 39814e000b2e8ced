"""Input widgets used in forms: optional dates, clock times, enum pickers, check lists, text
(the record picker, ``RecordCombo``, is in ``record_combo``)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QValidator,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.clock_input import could_become_clock, read_clock, read_optional_clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.calendar_key import open_calendar
from ui.widgets.calendar_popup import calendar_popup

# The empty field: the day before the first one the program takes (1900-01-01, as the command
# line), so that every date a user may type is kept as typed.
_NULL_DATE = QDate(1899, 12, 31)
_FIRST_DAY = dt.date(1900, 1, 1)
# A date typed whole, as shown (2027-01-15) or as digits (20270115); 2027-1-15 too. Complete as
# soon as the day has two digits; when typing ends, a one-digit day counts as well (2027-1-5).
_WHOLE_DATE = re.compile(r"(\d{4})(?:(\d{2})(\d{2})|-(\d{1,2})-(\d{2}))")
_ENDED_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_LONGEST_TYPED = len("2027-01-15")
# Kept as typed: "-" of a whole date; "/" and "." of a day written without its year ("24/12",
# "24.12"), which the field does not take (nor "1224" or "12-24"): refused naming that text.
_SEPARATORS = "-/."
_REFUSED_STYLE = "color: #b42318;"  # as the form's error texts


def _shortcut(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta held: a shortcut (Ctrl+A), not a character typed into the field."""
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return bool(event.modifiers() & (held | Qt.KeyboardModifier.MetaModifier))


def _typed_date(text: str, ended: bool) -> dt.date | None:
    """The date a whole typed date names; None while it is incomplete or names no day."""
    match = _WHOLE_DATE.fullmatch(text) or (_ENDED_DATE.fullmatch(text) if ended else None)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups() if part is not None)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _refusal(text: str) -> str:
    """Why typed text is no date the field takes (shown under the field or atop the form)."""
    if re.fullmatch(r"\d{4}", text[:4]) and int(text[:4]) < _FIRST_DAY.year:
        return _("“{text}” is before 1900-01-01, the first date the program takes.").format(
            text=text
        )
    return _("“{text}” is not a date; write it as 2026-03-12.").format(text=text)


class OptionalDateEdit(QDateEdit):
    """An ISO date field that may be empty (shown as "–"); a calendar pops up on demand.

    Typing a date when the focus has just arrived (by Tab or a click, whatever part of the date
    the cursor is in), into the empty field or over the whole text selected replaces the whole
    date: "2027-01-15" and "20270115" both give 2027-01-15. The field keeps such a date as typed
    until it is one (Qt's own editing works part by part, and a typed "-" moved on a part too
    many). Text that names no date, e.g. "2027-02-30", is kept, shown in red, and refused by
    ``value()`` with a ValidationError: never silently another date. After moving inside the
    field with the arrow keys, typing edits the year, month or day the cursor is in, as Qt does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: str | None = None  # a whole date being typed
        self._raw: str | None = None  # shown as typed: not (yet) a date
        self._refused = False  # the raw text is what the user left: value() refuses it
        self._fresh = False  # the focus has just arrived: typing replaces the whole date
        self._click_focus = False  # the focus arrived by the click still to come to the text
        self._committing = False
        self._holding_raw = False  # Qt shows the held date for a moment: the raw text stands
        self._raw_at_calendar: tuple[str | None, bool] = (None, False)  # given back on Esc
        self.setDisplayFormat("yyyy-MM-dd")
        calendar_popup(self, on_cancel=self._calendar_cancelled).installEventFilter(self)
        self.setMinimumDate(_NULL_DATE)
        self.setSpecialValueText("–")
        self.lineEdit().installEventFilter(self)
        self.dateChanged.connect(self._date_changed)
        self.setDate(_NULL_DATE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget():
            # Moving in the calendar sets a date (the raw text goes): Esc gives the text back.
            self._raw_at_calendar = (self._raw, self._refused)
        # The calendar of an empty field opens on this month, not on the empty day's (1899).
        if (
            event.type() == QEvent.Type.Show
            and watched is self.calendarWidget()
            and self.date() == _NULL_DATE
        ):
            today = clock.today()  # Stockholm's day, as the rest of the program
            self.calendarWidget().setCurrentPage(today.year, today.month)
        if event.type() == QEvent.Type.MouseButtonPress and watched is self.lineEdit():
            if self._click_focus:  # the click that brought the focus: still fresh
                self._click_focus = False
            else:  # a click inside the field: edit the part clicked, as Qt does
                self._end_typing()
                self._fresh = False
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        line = self.lineEdit()
        self._forget_stale_raw()
        if key_guide.DATE_CALENDAR.matches(event):  # not Qt's Down: the year stepped back
            self._end_typing()
            open_calendar(self)
            return
        all_selected = line.hasSelectedText() and line.selectedText() == line.text()
        # Delete/Backspace on all of it empties the field.
        if key_guide.DATE_EMPTY.matches(event) and all_selected:
            self.clear_value()
            return
        if self._typed is None and self._raw is not None:
            self._typed = self._raw  # what was typed (and refused) is typed on
        char = event.text()
        typing = len(char) == 1 and char.isprintable() and not _shortcut(event)
        if typing:
            empty = self._typed is None and self.date() == _NULL_DATE
            if char.isdigit() and (self._fresh or all_selected or empty):
                self._typed = ""  # a new date over the whole field
            self._fresh = False
            if self._typed is not None:
                # A "/" or "." is kept, as typed: "24/12" dropped to "2412" was refused as
                # a text never typed. Letters are no part of a date.
                if (char.isdigit() or char in _SEPARATORS) and not self._complete():
                    self._typed += char
                    self._show_typed()
                return
        elif self._typed is not None:
            if key_guide.DATE_TAKE_BACK.matches(event):
                self._typed = self._typed[:-1]
                if self._typed:
                    self._show_typed()
                else:  # all of it taken back: the field is empty
                    self.clear_value()
                return
            if key_guide.DATE_EMPTY.matches(event):
                return  # Delete (Backspace is above): nothing after the cursor
            if key_guide.FORM_SELECT_ALL.matches(event):
                line.selectAll()
                return
            self._end_typing()
            if self._refused:  # kept as typed: no key steps or moves on a date not shown
                if key_guide.FORM_SAVE.matches(event) or key_guide.FORM_CANCEL.matches(event):
                    event.ignore()  # the dialog's default button (and refusal) or Cancel
                return
        self._fresh = False
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        # Tab after a whole date typed moves on (Qt's Tab moves on to the month, then the day);
        # so does Tab from the empty field ("–" has no parts: Qt's Tab stayed in it for good).
        if self._typed is not None or self._raw is not None or self.date() == _NULL_DATE:
            self._end_typing()
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._keeping_raw(lambda: super(OptionalDateEdit, self).focusInEvent(event))
        self._fresh = True
        self._click_focus = event.reason() == Qt.FocusReason.MouseFocusReason

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._end_typing()
        self._keeping_raw(lambda: super(OptionalDateEdit, self).focusOutEvent(event))
        self._fresh = self._click_focus = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._keeping_raw(lambda: super(OptionalDateEdit, self).showEvent(event))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._raw is not None and text == self._raw:  # ours to judge, not Qt's parts
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        # Qt's focus-out made a date of the text kept as typed ("2027-02-30" → 2027-02-28) and
        # held it under the refusal: a reader of dateChanged saw a date never typed.
        if self._raw is not None and text == self._raw:
            return text
        return super().fixup(text)

    def value(self) -> dt.date | None:
        """The date shown; ValidationError when the text left in the field names no date."""
        self._forget_stale_raw()
        if self._raw is not None and self._refused:
            raise ValidationError(_refusal(self._raw))
        date = self.date()
        return None if date == _NULL_DATE else dt.date(date.year(), date.month(), date.day())

    def value_or_none(self) -> dt.date | None:
        """The date shown, or None also when the text names no date: for a filter or a default
        (the field shows the refusal itself); a form's save uses ``value()``."""
        try:
            return self.value()
        except ValidationError:
            return None

    def refusal(self) -> str | None:
        """Why the text left in the field is no date, if it is not."""
        try:
            self.value()
        except ValidationError as error:
            return error.message
        return None

    def set_value(self, value: dt.date | None) -> None:
        self._typed = None
        self._show_raw(None)
        self.setDate(_NULL_DATE if value is None else QDate(value.year, value.month, value.day))
        self._show_date()

    def clear_value(self) -> None:
        self.set_value(None)

    # Typing a whole date

    def _complete(self) -> bool:
        typed = self._typed or ""
        return len(typed) >= _LONGEST_TYPED or _WHOLE_DATE.fullmatch(typed) is not None

    def _show_typed(self) -> None:
        """While typing: a complete date is taken at once; anything else is shown as typed, in
        red when it is complete but no date the program takes."""
        typed = self._typed or ""
        day = _typed_date(typed, ended=False)
        if day is not None and day >= _FIRST_DAY:
            self._commit(day)
        else:
            self._show_raw(typed, refused=self._complete())

    def _end_typing(self) -> None:
        """Typing ends (Return, Tab, leaving the field, arrow keys): the date typed, or the text
        kept and refused."""
        typed, self._typed = self._typed, None
        if typed is None:
            return
        day = _typed_date(typed, ended=True)
        if day is not None and day >= _FIRST_DAY:
            self._commit(day)
        else:
            self._show_raw(typed, refused=True)

    def _commit(self, day: dt.date) -> None:
        self._show_raw(None)
        self._committing = True
        try:
            self.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._committing = False
        self._show_date()
        # The cursor ends in the day: the arrow keys step it (Qt keeps a part of its own).
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)
        self.lineEdit().setCursorPosition(len(self.lineEdit().text()))

    def _show_date(self) -> None:
        """The text of the date held (Qt does not rewrite it when the date stays the same)."""
        if self.date() == _NULL_DATE:
            text = self.specialValueText()
        else:
            text = self.date().toString("yyyy-MM-dd")
        line = self.lineEdit()
        if line.text() != text:
            line.setText(text)
            line.setCursorPosition(len(text))

    def _show_raw(self, text: str | None, refused: bool = False) -> None:
        """Show text as typed (None: no longer), without Qt reading it as a date."""
        self._raw = text
        self._refused = text is not None and refused
        line = self.lineEdit()
        line.setStyleSheet(_REFUSED_STYLE if self._refused else "")
        line.setToolTip(_refusal(text) if text is not None and self._refused else "")
        if text is not None and line.text() != text:
            blocked = line.blockSignals(True)  # Qt would put the date held back at once
            line.setText(text)
            line.blockSignals(blocked)
        if text is not None:
            line.setCursorPosition(len(text))

    def _keeping_raw(self, handle: Callable[[], None]) -> None:
        """Let Qt handle an event that puts the text of the date held back; keep raw text.
        Meanwhile the raw text is still what the field holds: ``value()`` and ``refusal()``
        read from ``editingFinished`` (emitted inside Qt's focus-out) refuse it."""
        raw, refused = self._raw, self._refused
        self._holding_raw = True
        try:
            handle()
        finally:
            self._holding_raw = False
        if raw is not None:
            self._show_raw(raw, refused)

    def _forget_stale_raw(self) -> None:
        """The text was replaced behind our back (a day picked in the calendar): it is a date."""
        if self._holding_raw:
            return
        if self._raw is not None and self.lineEdit().text() != self._raw:
            self._typed = None
            self._show_raw(None)

    def _calendar_cancelled(self) -> None:
        """The calendar closed without a day chosen (its date is put back): the text typed
        and refused, if any, is shown again, as it was."""
        raw, refused = self._raw_at_calendar
        if raw is not None:
            self._show_raw(raw, refused)

    def _date_changed(self) -> None:
        if not self._committing:  # the calendar, arrow keys, editing a part: Qt's date
            self._typed = None
            self._show_raw(None)


def refusing_date(
    rows: Iterable[tuple[QWidget, QLabel]], message: str
) -> tuple[QWidget, QLabel] | None:
    """The form row (field, error line) of the date field whose typed text ``message`` refuses:
    a date field does not know the form's name for it, so its refusal names no field."""
    for widget, label in rows:
        dates = [widget, *widget.findChildren(OptionalDateEdit)]
        if any(isinstance(d, OptionalDateEdit) and d.refusal() == message for d in dates):
            return widget, label
    return None


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
        typing = bool(text) and text.isprintable() and not _shortcut(event)
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
        line.setStyleSheet(_REFUSED_STYLE if message else "")
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


class EnumCombo(QComboBox):
    """Pick a member of an enum by its translated label; optionally an "all"/"none" first item."""

    def __init__(
        self,
        members: Iterable[enum.Enum],
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if empty_text is not None:
            self.addItem(empty_text, None)
        for member in members:
            label = getattr(member, "label", None)
            self.addItem(_(label) if label else str(member.value), member)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, member: Any) -> None:
        index = self.findData(member)
        self.setCurrentIndex(max(index, 0))


class CheckList(QListWidget):
    """Several records picked by ticking them (priority areas of a group)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemClicked.connect(self._toggle)
        # A long name breaks onto a second line rather than hide behind a sideways scroll bar
        # ("Riktat arbete mot avgränsade platser och utsa…" in the agreement's form).
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self._all_rows = False

    def show_all_rows(self) -> None:
        """As tall as its lines at its width, wrapped ones counted (the ten priority areas: a
        height of ten one-line rows hid the last behind a scroll bar once the first wrapped)."""
        self._all_rows = True
        self._fit_height()

    def _fit_height(self) -> None:
        if not self._all_rows:
            return
        if self.isVisible():  # laid out at its width: the lines as wrapped
            self.doItemsLayout()
            rows = sum(self.visualItemRect(self.item(i)).height() for i in range(self.count()))
        else:  # before the dialog's first showing the width is a guess: one line each
            rows = self.sizeHintForRow(0) * self.count() if self.count() else 0
        self.setFixedHeight(max(rows, self.fontMetrics().lineSpacing()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # the wrapped lines at the new width

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_height()

    def rows_at_least(self, height: int) -> None:
        """Each row at least ``height`` tall (a wrapped one taller): beside a table, its rows'
        height, so the two read as one form ("Hämta från möte": the agenda items were packed
        tight under roomy meeting rows)."""
        self.setItemDelegate(_LeastHeight(height, self))
        self._fit_height()

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        checked = set(self.values())
        self.clear()
        for record_id, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            # Not "user checkable": we toggle ourselves so a click anywhere on the line counts.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in checked else Qt.CheckState.Unchecked
            )

    def values(self) -> list[Any]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    # What is ticked, for loading another desk's change (form_reload.Compound): no input widget.
    def form_values(self) -> tuple[object, ...]:
        return tuple(self.values())

    def put_form_values(self, values: tuple[object, ...]) -> None:
        self.set_values(values)

    def form_text(self) -> str:
        ticked = [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        return ", ".join(ticked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if key_guide.LIST_TICK.matches(event) and self.currentItem() is not None:
            self._toggle(self.currentItem())
            return
        super().keyPressEvent(event)


class _LeastHeight(QStyledItemDelegate):
    """A list's rows at least ``height`` tall, the text centred in them (CheckList.rows_at_least)."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._height = height

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self._height))


class TextBox(QPlainTextEdit):
    """A few lines of free text (purpose, notes); Tab moves on to the next field, Enter starts a
    new line and Ctrl+Enter confirms the dialog it is in (as Enter does in its other fields)."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "", lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        confirm = key_guide.TEXT_BOX_SAVE.matches(event)
        dialog = self.window()
        if confirm and isinstance(dialog, QDialog):
            dialog.accept()  # a FormDialog saves first and stays open on a refusal
            return
        super().keyPressEvent(event)


def stop_at_length(edit: QPlainTextEdit, max_length: int) -> None:
    """Typing or a paste stops at ``max_length`` characters (the service's limit), as a line
    edit's maxLength does: what went beyond is taken back where it was put, before the cursor."""

    def trim() -> None:
        extra = len(edit.toPlainText()) - max_length
        if extra > 0:
            cursor = edit.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, extra
            )
            cursor.removeSelectedText()

    edit.textChanged.connect(trim)
