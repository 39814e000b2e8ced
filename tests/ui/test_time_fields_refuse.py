"""A start time no clock has, typed in a time field, is refused naming the problem, through the
program's one clock reader (samverkan_desktop.clock_input): Qt's parts took "25:00" as 20.15,
"9.75" as 09.07 and "kl 25" as 02.15, without a word. The text stays as typed, in red; the rule
dialog says why beside its read-back and saves nothing, the meeting editor beside the time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.openers import meeting_editor, rule_dialog
from tests.ui.test_clock_times import _field
from tests.ui.test_rule_dialog import GROUP
from tests.ui.text_fit import plain
from ui.context import AppContext
from ui.widgets.time_field import TimeEdit

WRONG = [
    ("25:00", "Ogiltig tid: 25:00 – timmen måste vara 0–23."),
    ("kl 25", "Ogiltig tid: kl 25 – timmen måste vara 0–23."),
    ("9.75", "Ogiltig tid: 9.75 – minuterna måste vara 00–59."),
    ("9:60", "Ogiltig tid: 9:60 – minuterna måste vara 00–59."),
]


def type_time(qtbot: QtBot, edit: TimeEdit, typed: str) -> None:
    """Tab into the field (its hour selected, as Qt does), type, and Tab on."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == edit.text()[:2])
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(("typed", "message"), WRONG)
def test_a_time_no_clock_has_stays_as_typed_and_is_refused(
    qtbot: QtBot, typed: str, message: str
) -> None:
    _form, edit = _field(qtbot)
    type_time(qtbot, edit, typed)
    assert edit.lineEdit().text() == typed
    assert edit.lineEdit().toolTip() == message
    with pytest.raises(ValidationError) as error:
        edit.value()
    assert error.value.message == message


@pytest.mark.parametrize(
    ("typed", "time"),
    [("9", dt.time(9, 15)), ("9.30", dt.time(9, 30)), ("09:30", dt.time(9, 30)),
     ("kl 9", dt.time(9, 15)), ("0930", dt.time(9, 30))],
)  # fmt: skip
def test_the_ways_swedes_write_a_time_keep_working(qtbot: QtBot, typed: str, time: dt.time) -> None:
    _form, edit = _field(qtbot)  # at 10.15: the hour alone keeps the minutes
    type_time(qtbot, edit, typed)
    assert edit.value() == time and edit.lineEdit().text() == time.strftime("%H.%M")


def test_the_rule_dialog_says_why_and_saves_nothing(qtbot: QtBot, demo_ctx: AppContext) -> None:
    group_id = demo_ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    type_time(qtbot, dialog.fields.start_time, "25:00")
    qtbot.waitUntil(lambda: dialog.rule_error.isVisible())
    assert plain(dialog.rule_error.text()) == "Ogiltig tid: 25:00 – timmen måste vara 0–23."
    click_button(qtbot, dialog, "Spara")
    assert dialog.isVisible() and demo_ctx.call(meeting_rules.get_rule, group_id) is None


def test_the_meeting_editor_says_why_beside_the_time(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="details_tab")
    tab = editor.details_tab
    before = tab.start_edit.value()
    type_time(qtbot, tab.start_edit, "9.75")
    click_button(qtbot, tab, "Spara uppgifterna")
    assert tab.error_text("ends_at") == "Ogiltig tid: 9.75 – minuterna måste vara 00–59."
    tab.start_edit.set_value(before)
    click_button(qtbot, tab, "Spara uppgifterna")
    assert tab.error_text("ends_at") == ""
