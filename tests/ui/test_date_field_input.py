"""Property-based tests of the typeable date field (OptionalDateEdit): any date typed as digits is
the date kept; any keys at all leave either no date or a real one, and what the field shows
after editing is exactly what it will save (never a date the user did not see)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from tests.ui.clicks import type_date, type_text
from tests.ui.windows import show_window
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
KEYS = {
    "backspace": Qt.Key.Key_Backspace,
    "delete": Qt.Key.Key_Delete,
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
}


def _field(qtbot: QtBot) -> OptionalDateEdit:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    return field


def _shown(field: OptionalDateEdit) -> str:
    return field.lineEdit().text()


@SETTINGS
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_a_typed_date_is_the_date_kept(qtbot: QtBot, day: dt.date) -> None:
    field = _field(qtbot)
    type_date(qtbot, field, day)
    assert field.value() == day
    assert _shown(field) == day.isoformat()
    field.clearFocus()
    assert field.value() == day


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789-/ .abcåäö", min_size=1, max_size=4),
            st.sampled_from(sorted(KEYS)),
        ),
        max_size=10,
    ),
    st.booleans(),
)
def test_any_keys_leave_no_date_or_the_date_shown(
    qtbot: QtBot, strokes: list[str], start_empty: bool
) -> None:
    field = _field(qtbot)
    if not start_empty:
        field.set_value(dt.date(2026, 3, 12))
    for stroke in strokes:
        if stroke in KEYS:
            qtbot.keyClick(field, KEYS[stroke])
        else:
            type_text(qtbot, field, stroke)  # QTest alone only knows ASCII
    qtbot.keyClick(field, Qt.Key.Key_Return)  # editing finished: Qt settles the text
    try:
        value = field.value()
    except ValidationError as refusal:  # text that names no date is kept as typed and refused
        assert _shown(field) in refusal.message
        return
    assert value is None or isinstance(value, dt.date)
    assert _shown(field) == (value.isoformat() if value else "–")


def test_select_all_and_delete_empties_the_field(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.set_value(dt.date(2026, 3, 12))
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    assert _shown(field) == "–"


def test_the_first_day_the_program_takes_is_a_date_not_an_empty_field(qtbot: QtBot) -> None:
    field = _field(qtbot)
    type_date(qtbot, field, dt.date(1900, 1, 1))
    assert field.value() == dt.date(1900, 1, 1)
    assert _shown(field) == "1900-01-01"


def _open_calendar(qtbot: QtBot, field: OptionalDateEdit) -> QCalendarWidget:
    """The calendar popped up by a click on the field's arrow."""
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2)
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_calendar_of_an_empty_field_opens_on_the_programs_month(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stockholm's day as the program reads it (clock.today), not the machine's: they differ
    on a machine running on UTC, or in a test setting the day."""
    monkeypatch.setattr(clock, "today", lambda: dt.date(2031, 5, 10))
    field = _field(qtbot)
    calendar = _open_calendar(qtbot, field)
    assert (calendar.yearShown(), calendar.monthShown()) == (2031, 5)


def test_the_calendar_of_an_empty_field_opens_on_this_month(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableView

    field = _field(qtbot)
    calendar = _open_calendar(qtbot, field)
    today = clock.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    days = calendar.findChild(QTableView)
    assert days is not None
    model = days.model()
    # The 15th of the month shown (rows 3-4 hold no day of a neighbouring month).
    cell = next(
        model.index(row, column)
        for row in range(2, 5)
        for column in range(model.columnCount())
        if str(model.index(row, column).data()) == "15"
    )
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=days.visualRect(cell).center())
    assert field.value() == today.replace(day=15)


# Typing a date the way it is shown, as a user does in a form: the focus arrives by Tab from the
# field before (Qt selects the year) or by a click (the cursor lands in the day), into a field
# holding a date or an empty one ("–"). Qt edits a date part by part: a typed "-" moved on a part
# too many (2027-01-15 became 2027-12-01) and a day the month lacks was cut (2027-02-30 became
# 2027-02-03).

START = dt.date(2026, 11, 30)


def _form(qtbot: QtBot, start: dt.date | None) -> tuple[QWidget, QLineEdit, OptionalDateEdit]:
    form = QWidget()
    before = QLineEdit(form)
    field = OptionalDateEdit(form)
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    for widget in (before, field, after):
        layout.addWidget(widget)
    field.set_value(start)
    show_window(qtbot, form, 300, 120)
    qtbot.waitUntil(form.isActiveWindow)  # focus events as a user gets them
    return form, before, field


def _focus(qtbot: QtBot, before: QLineEdit, field: OptionalDateEdit, how: str) -> None:
    if how == "tab":
        before.setFocus()
        qtbot.waitUntil(before.hasFocus)
        qtbot.keyClick(before, Qt.Key.Key_Tab)
    else:  # a click on the day ("30" of 2026-11-30; where it would be in the empty field)
        line = field.lineEdit()
        x = line.fontMetrics().horizontalAdvance("2026-11-3") + 4
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(field.hasFocus)


def _leave(qtbot: QtBot, field: OptionalDateEdit) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field: editing finished
    assert not field.hasFocus()


@pytest.mark.parametrize("how", ["tab", "click"])
@pytest.mark.parametrize("start", [START, None], ids=["filled", "empty"])
@pytest.mark.parametrize(
    "typed", ["2027-01-15", "20270115", "2026-12-20", "2026-12-05", "2027-1-5"]
)
def test_a_date_typed_as_shown_is_the_date_kept(
    qtbot: QtBot, how: str, start: dt.date | None, typed: str
) -> None:
    _form_, before, field = _form(qtbot, start)
    _focus(qtbot, before, field, how)
    qtbot.keyClicks(field, typed)
    expected = dt.date.fromisoformat("-".join(f"{int(p):02}" for p in typed.split("-")))
    if "-" not in typed:
        expected = dt.date(int(typed[:4]), int(typed[4:6]), int(typed[6:]))
    _leave(qtbot, field)
    assert field.value() == expected
    assert _shown(field) == expected.isoformat()


def test_the_click_that_brings_the_focus_lands_in_the_day(qtbot: QtBot) -> None:
    """The click-focus tests above type with the cursor in the day, as a user would."""
    _form_, before, field = _form(qtbot, START)
    _focus(qtbot, before, field, "click")
    assert field.lineEdit().cursorPosition() >= len("2026-11-")


@pytest.mark.parametrize("how", ["tab", "click"])
@pytest.mark.parametrize("start", [START, None], ids=["filled", "empty"])
@pytest.mark.parametrize("typed", ["2027-02-30", "20270230", "2027-13-01"])
def test_an_impossible_date_is_kept_as_typed_and_refused(
    qtbot: QtBot, how: str, start: dt.date | None, typed: str, today: dt.date
) -> None:
    _form_, before, field = _form(qtbot, start)
    _focus(qtbot, before, field, how)
    qtbot.keyClicks(field, typed)
    _leave(qtbot, field)
    assert _shown(field) == typed  # never silently another date
    with pytest.raises(ValidationError) as refusal:
        field.value()
    assert refusal.value.message == f"”{typed}” är inget datum; skriv det som {today}."


@pytest.mark.parametrize("typed", ["24/12", "31/2", "24.12"])
def test_a_day_written_with_a_slash_or_point_is_kept_as_typed_and_refused(
    qtbot: QtBot, typed: str, today: dt.date
) -> None:
    """As many Swedes write a day ("24/12"): the field takes no date without its year ("1224",
    "12-24"), so this one is refused naming what was typed. The "/" was dropped: "24/12" became
    "2412" and "31/2" was refused as "312"."""
    _form_, before, field = _form(qtbot, START)
    _focus(qtbot, before, field, "tab")
    qtbot.keyClicks(field, typed)
    _leave(qtbot, field)
    assert _shown(field) == typed
    with pytest.raises(ValidationError) as refusal:
        field.value()
    assert refusal.value.message == f"”{typed}” är inget datum; skriv det som {today}."


def test_what_the_field_refuses_is_known_when_its_editing_finishes(
    qtbot: QtBot, today: dt.date
) -> None:
    """Read from ``editingFinished`` (Tab out of the field): inside Qt's focus-out the field
    showed its held date for a moment and said the text was fine."""
    _form_, before, field = _form(qtbot, START)
    heard: list[str | None] = []
    field.editingFinished.connect(lambda: heard.append(field.refusal()))
    _focus(qtbot, before, field, "tab")
    qtbot.keyClicks(field, "2027-02-30")
    _leave(qtbot, field)
    # Today's date as the example (it was a fixed, unrelated 2026-03-12).
    assert heard == [f"”2027-02-30” är inget datum; skriv det som {today}."]


def test_a_date_the_program_does_not_take_is_refused(qtbot: QtBot) -> None:
    _form_, before, field = _form(qtbot, None)
    _focus(qtbot, before, field, "tab")
    qtbot.keyClicks(field, "1899-12-31")  # the empty field's own day: not silently "–"
    _leave(qtbot, field)
    assert _shown(field) == "1899-12-31"
    with pytest.raises(ValidationError, match="före 1900-01-01"):
        field.value()


def test_a_refused_date_can_be_corrected(qtbot: QtBot) -> None:
    _form_, before, field = _form(qtbot, START)
    _focus(qtbot, before, field, "tab")
    qtbot.keyClicks(field, "2027-02-30")
    for _key in range(2):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "28")
    _leave(qtbot, field)
    assert field.value() == dt.date(2027, 2, 28)
    assert _shown(field) == "2027-02-28"


def test_arrow_keys_after_typing_a_date_step_it(qtbot: QtBot) -> None:
    _form_, before, field = _form(qtbot, START)
    _focus(qtbot, before, field, "tab")
    qtbot.keyClicks(field, "2027-01-15")
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the cursor is in the day
    assert field.value() == dt.date(2027, 1, 16)
    assert _shown(field) == "2027-01-16"


class _DueDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("Åtgärd")
        self.due = OptionalDateEdit(self)
        self.add_row("due_on", "Klart senast", self.due)
        self.saved: list[dt.date | None] = []

    def save(self) -> None:
        self.saved.append(self.due.value())


def test_a_form_refuses_an_impossible_date_in_swedish(qtbot: QtBot, today: dt.date) -> None:
    dialog = _DueDialog()
    show_window(qtbot, dialog, 520, 200)
    dialog.due.setFocus()
    qtbot.waitUntil(dialog.due.hasFocus)
    qtbot.keyClicks(dialog.due, "2027-02-30")
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)  # the dialog's OK
    assert dialog.isVisible()
    assert dialog.saved == []
    # Beside the field it is about, not at the top of the form.
    assert dialog.error_text("due_on") == f"”2027-02-30” är inget datum; skriv det som {today}."
    assert not dialog.general_error.isVisible() and dialog.due.hasFocus()
    assert _shown(dialog.due) == "2027-02-30"
