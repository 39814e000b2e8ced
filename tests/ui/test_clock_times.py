"""Clock times as Swedish writes them, 09.00, as the areas and printouts do: the time fields
show "17.00" (they showed "17:00") and take what a user types, "09:00", "9.00", "0900" or just
"9"."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.helpers import (
    show_window,
)
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog
from ui.meetings.details_tab import DetailsTab
from ui.widgets.fields import TimeEdit

CLOCK = re.compile(r"\d{2}\.\d{2}")
DATE_AND_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}\.\d{2}")


def _field(qtbot: QtBot) -> tuple[QWidget, TimeEdit]:
    """A field at 10.15 in a window of its own (the window kept by the caller)."""
    form = show_window(qtbot, QWidget(), 300, 100)
    edit = TimeEdit(form, dt.time(10, 15))
    QVBoxLayout(form).addWidget(edit)
    edit.show()
    return form, edit


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09:00", dt.time(9, 0)),
        ("9:00", dt.time(9, 0)),
        ("9.00", dt.time(9, 0)),
        ("0900", dt.time(9, 0)),
        ("17.30", dt.time(17, 30)),
        ("9", dt.time(9, 15)),  # the hour; the minutes stay as they were
    ],
)
def test_a_time_field_shows_a_dot_and_takes_what_is_typed(
    qtbot: QtBot, typed: str, expected: dt.time
) -> None:
    _form, edit = _field(qtbot)
    assert edit.text() == "10.15"
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == "10")  # the hour, as after Tab
    qtbot.keyClicks(edit, typed)
    assert edit.value() == expected
    assert edit.text() == expected.strftime("%H.%M")


def test_a_pasted_time_with_a_colon_is_taken(qtbot: QtBot) -> None:
    _form, edit = _field(qtbot)
    edit.setFocus()
    edit.lineEdit().selectAll()
    QApplication.clipboard().setText("17:30")
    edit.lineEdit().paste()
    assert edit.value() == dt.time(17, 30) and edit.text() == "17.30"


def test_the_meeting_and_rule_times_show_a_dot(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tab = DetailsTab(demo_ctx)
    qtbot.addWidget(tab)
    assert (tab.start_edit.text(), tab.end_edit.text()) == ("09.00", "10.00")
    group = demo_ctx.call(groups.list_groups, "")[0]
    dialog = RuleDialog(demo_ctx, group.id, group.name)
    qtbot.addWidget(dialog)
    assert CLOCK.fullmatch(dialog.fields.start_time.text())
    assert CLOCK.fullmatch(dialog.fields.end_time.text())
