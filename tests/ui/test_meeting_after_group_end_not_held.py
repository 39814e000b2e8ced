"""A past meeting kept after its group's end cannot be held (the group no longer meets then),
so the editor no longer offers "Markera som genomfört" for it, beside the badge or under "Mer":
it offered only a refusal. The badge reads "Efter gruppens slut", not "Ej markerat som
genomfört"."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import group_editing
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.main_window import MainWindow


def test_no_mark_as_held_after_the_group_ended(qtbot: QtBot, ctx: AppContext) -> None:
    today = clock.today()
    group = ctx.call(make_group)
    day = today - dt.timedelta(days=3)
    workshop = meeting_service.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
    meeting = ctx.call(meeting_service.add_meeting, group, workshop)
    ctx.call(group_editing.end_group, group, today - dt.timedelta(days=5), today=today)

    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)
    window.navigate("calendar", meeting)
    settle(qtbot)
    editor = area_of(window, "calendar", CalendarArea).editor
    assert editor.status_badge.text() == "Efter gruppens slut"
    assert not editor.held_button.isVisible()
    assert not editor.more_menu.held_action.isVisible()
    assert editor.more_menu.cancel_action.isVisible()  # what the note under the title points to
