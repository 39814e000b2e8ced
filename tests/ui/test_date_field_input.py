"""Property-based tests of the typeable date field (OptionalDateEdit): any date typed as digits is
the date kept; any keys at all leave either no date or a real one, and what the field shows
after editing is exactly what it will save (never a date the user did not see)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import type_date, type_text
from ui.widgets.fields import OptionalDateEdit

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
    value = field.value()
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


def test_the_calendar_of_an_empty_field_opens_on_this_month(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QTableView

    field = _field(qtbot)
    qtbot.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2)
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
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
