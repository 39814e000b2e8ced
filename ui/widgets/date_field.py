"""The date field of forms and filters: an ISO date that may be empty, typed whole or picked in
a calendar, a text that names no date kept as typed and refused (``OptionalDateEdit``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import EMPTY
from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.calendar_key import open_calendar
from ui.widgets.calendar_popup import calendar_popup
from ui.widgets.kept_as_typed import REFUSED_STYLE, is_shortcut

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
    # Today's date as the example: a fixed one (2026-03-12) read as a date to use.
    return _("“{text}” is not a date; write it as {example}.").format(
        text=text, example=clock.today().isoformat()
    )


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
        self.setSpecialValueText(EMPTY)  # the empty value as every other view writes it
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
        typing = len(char) == 1 and char.isprintable() and not is_shortcut(event)
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
        line.setStyleSheet(REFUSED_STYLE if self._refused else "")
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
