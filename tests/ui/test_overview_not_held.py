"""The Overview's card "Passerade möten, ej genomförda": its "Visa alla N…" opens the calendar's
"Passerade, ej genomförda" list with exactly those N (a group type chosen, or a meeting left open
in the calendar before, is let go), and a line opens its meeting, to mark it held."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups, meetings
from tests.core.meeting_data import at
from tests.ui.clicks import click_button
from tests.ui.openers import calendar_window, first_coming_meeting, overview_card
from tests.ui.tables import column_texts
from tests.ui.windows import area_of, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import ENTRY_MARK

GROUP = "Platssamverkan Stureplan/Östermalmstorg"


def test_show_all_opens_the_calendars_past_not_held_list(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    group_id = next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == GROUP)
    for weeks in range(2, 12):  # more than the card shows
        day = clock.today() - dt.timedelta(weeks=weeks)
        demo_ctx.call(meetings.add_meeting, group_id, meetings.MeetingInput(at(day, 8), at(day, 9)))
    window, calendar = calendar_window(qtbot, demo_ctx)
    # A meeting left open there, and a group type chosen on an earlier visit.
    calendar.open_meeting(first_coming_meeting(calendar, lambda _detail: True))
    calendar.filter_bar.type_filter.setCurrentIndex(1)
    card = overview_card(qtbot, window, "meetings_not_held")
    count = card.section.total
    first = card.findChildren(EntryButton)[0]
    assert count >= 10 and first.full_text.startswith(f"{ENTRY_MARK}  {GROUP}")
    click_button(qtbot, card, f"Visa alla {count}…")
    assert window.current_area_key() == "calendar"
    assert calendar.stack.currentWidget() is calendar.page
    assert calendar.filter_bar.not_held.check.isChecked()
    assert calendar.filter_bar.type_filter.currentText() == "Alla typer"
    assert calendar.title.text() == "Passerade möten som inte markerats som genomförda"
    assert len(column_texts(calendar.list_view, "Status")) == count


def test_a_line_opens_its_meeting(qtbot: QtBot, demo_ctx: AppContext) -> None:
    group_id = next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == GROUP)
    day = clock.today() - dt.timedelta(days=6)
    meeting_id = demo_ctx.call(
        meetings.add_meeting, group_id, meetings.MeetingInput(at(day, 8), at(day, 9))
    )
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    button = overview_card(qtbot, window, "meetings_not_held").findChildren(EntryButton)[0]
    assert f"— {day.isoformat()} 08.00" in button.full_text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    calendar = area_of(window, "calendar", CalendarArea)
    assert window.current_area_key() == "calendar"
    assert calendar.stack.currentWidget() is calendar.editor
    assert calendar.editor.meeting is not None and calendar.editor.meeting.id == meeting_id
