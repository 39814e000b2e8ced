"""Holding the meeting: the attendance tab's title counts who came, the summary gives each
number its own singular or plural, and a meeting marked held says so beside its day."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button
from tests.ui.openers import meeting_editor
from tests.ui.tables import click_row
from ui.context import AppContext


def test_one_absent_of_all_is_not_counted_as_there(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = meeting_editor(qtbot, demo_ctx)
    tab = editor.attendance_tab
    editor.tabs.setCurrentWidget(tab)
    assert editor.meeting is not None
    invitees = [i.name for i in editor.meeting.invitees]
    count = len(invitees)
    assert count >= 3
    click_button(qtbot, tab, "Alla närvarande")
    assert editor.tabs.tabText(1) == f"Närvaro ({count}/{count})"
    click_row(qtbot, tab.table, invitees[0])
    click_button(qtbot, tab, "Frånvarande")
    assert editor.tabs.tabText(1) == f"Närvaro ({count - 1}/{count})"
    click_row(qtbot, tab.table, invitees[1])
    click_button(qtbot, tab, "Ej markerad")
    assert tab.summary.text() == (
        f"{count} kallade · {count - 2} närvarande · 0 ersättare · 1 frånvarande · 1 ej markerad"
    )


def test_a_meeting_marked_held_says_so(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = meeting_editor(qtbot, demo_ctx)
    assert editor.meeting is not None
    begun = editor.meeting.starts_at + dt.timedelta(minutes=5)  # not asked "not yet held?"
    monkeypatch.setattr(clock, "now", lambda: begun)
    assert editor.status_badge.text() != "Genomfört"
    editor.more_menu.held_action.trigger()  # "Mer" → "Markera som genomfört"
    assert editor.status_badge.text() == "Genomfört"
    editor.more_menu.planned_action.trigger()
    assert editor.status_badge.text() != "Genomfört"
