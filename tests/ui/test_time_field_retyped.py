"""A time refused in red ("25.00") is put right as any text is: Ctrl+A and the right time typed
replace it, Backspace takes back what was wrong; a time typed over all of a field stays in it. Before, Ctrl+A did nothing and "09.00" was
added to the refused text ("25.0009.00", shown as "09.00" in the narrow field while the form
refused it), and taking the text back to nothing then typing "09.00" gave Qt's 09.09, which
the meeting's details saved as a move to 09.09."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.openers import meeting_editor
from tests.ui.test_clock_times import _field
from tests.ui.test_time_fields_refuse import type_time
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.widgets.time_field import TimeEdit


def _refused(qtbot: QtBot, edit: TimeEdit) -> None:
    type_time(qtbot, edit, "25.00")
    assert edit.lineEdit().toolTip() == "Ogiltig tid: 25.00 – timmen måste vara 0–23."
    edit.setFocus(Qt.FocusReason.MouseFocusReason)  # back to put it right
    qtbot.waitUntil(edit.hasFocus)


def test_select_all_and_the_right_time_typed_replace_a_refused_time(qtbot: QtBot) -> None:
    _form, edit = _field(qtbot)
    _refused(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.lineEdit().selectedText() == "25.00"
    qtbot.keyClicks(edit, "09.00")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.lineEdit().text() == "09.00" and edit.lineEdit().toolTip() == ""
    assert edit.value() == dt.time(9, 0)


def test_backspace_takes_a_refused_time_back_and_what_is_typed_then_is_read(
    qtbot: QtBot,
) -> None:
    _form, edit = _field(qtbot)  # at 10.15
    _refused(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    for _ in "25.00":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.lineEdit().text() == ""
    qtbot.keyClicks(edit, "09.00")
    assert edit.lineEdit().text() == "09.00"  # as typed, not in red
    assert edit.lineEdit().toolTip() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == dt.time(9, 0)

    _form, edit = _field(qtbot)
    _refused(qtbot, edit)  # the hour alone put right: "2" of "25" kept, "3" typed
    qtbot.keyClick(edit, Qt.Key.Key_End)
    for _ in "5.00":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "3.30")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == dt.time(23, 30)


def test_the_meeting_saves_the_time_typed_over_a_refused_one(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="details_tab")
    tab = editor.details_tab
    assert editor.meeting is not None
    starts = editor.meeting.starts_at
    _refused(qtbot, tab.start_edit)
    qtbot.keyClick(tab.start_edit, Qt.Key.Key_End)
    for _ in "25.00":
        qtbot.keyClick(tab.start_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tab.start_edit, starts.strftime("%H.%M"))
    click_button(qtbot, tab, "Spara uppgifterna")
    assert tab.error_text("ends_at") == ""
    assert editor.meeting.starts_at == starts  # not moved to 09.09


def test_a_time_typed_over_all_of_the_field_stays_in_it(qtbot: QtBot) -> None:
    """Ctrl+A and "08.00" typed, each key to the field that has the focus, as a keyboard does:
    the "." took Qt's parts past the minutes and on to the next field, which got the "00"."""
    form = show_window(qtbot, QWidget(), 300, 120)
    edit = TimeEdit(form, dt.time(10, 30))
    place = QLineEdit(form)
    layout = QVBoxLayout(form)
    layout.addWidget(edit)
    layout.addWidget(place)
    qtbot.waitUntil(form.isActiveWindow)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in "08.00":
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, char)
    assert edit.hasFocus() and place.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == dt.time(8, 0) and edit.lineEdit().text() == "08.00"
    assert place.hasFocus()  # Tab moves on, not to the minutes of the time just typed
