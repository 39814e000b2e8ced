"""A meeting opened from another area goes back there: from a group's "Nästa möten" the editor's
"← Grupper och möten" (or Alt+Left) returns to that group as it was left; opened in the calendar
it keeps "← Kalender"; opened from the Overview it reads "← Översikt"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups, meetings
from tests.ui.clicks import click_sidebar, click_tab, type_text
from tests.ui.openers import first_coming_meeting, overview_card
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton

GROUP = "Säkerhetssamordnarnätverket (SLK)"
TYPED = "Lugnt i centrum, två nya platsvärdar."


def _meeting_opened_from_group(
    qtbot: QtBot, ctx: AppContext, width: int, height: int
) -> tuple[MainWindow, GroupsArea, QWidget]:
    """The window at this size with GROUP's first coming meeting opened from its "Nästa möten";
    the link clicked, to open it again."""
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, height)
    group_id = next(g.id for g in ctx.call(groups.list_groups) if g.name == GROUP)
    window.navigate("groups", group_id)
    settle(qtbot)
    group_area = area_of(window, "groups", GroupsArea)
    link = group_area.next_meetings.links[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    return window, group_area, link


def test_a_meeting_opened_from_a_group_goes_back_to_that_group(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, group_area, link = _meeting_opened_from_group(qtbot, demo_ctx, 1280, 800)
    calendar = area_of(window, "calendar", CalendarArea)
    assert window.current_area_key() == "calendar"
    assert calendar.stack.currentWidget() is calendar.editor
    back = calendar.editor.back_button
    assert back.text() == "← Grupper och möten"
    assert back.toolTip().startswith("Tillbaka till Grupper och möten")

    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "groups"
    shown = group_area.current_group()
    assert shown is not None and shown.name == GROUP
    assert group_area.tabs.currentWidget() is group_area.detail
    # The calendar, chosen next, shows its period, and a meeting opened there goes back to it.
    window.navigate("calendar")
    assert calendar.stack.currentWidget() is calendar.page

    # Alt+Left, the editor's key for "back", follows the same way.
    window.navigate("groups")
    link = group_area.next_meetings.links[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    assert calendar.stack.currentWidget() is calendar.editor
    qtbot.keyClick(calendar.editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_area_key() == "groups"


def test_a_meeting_opened_in_the_calendar_goes_back_to_the_calendar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    # Opened from a group once: that way back is not kept for the next meeting.
    group_id = next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == GROUP)
    window.navigate("groups", group_id)
    settle(qtbot)
    group_area = area_of(window, "groups", GroupsArea)
    link = group_area.next_meetings.links[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    calendar = area_of(window, "calendar", CalendarArea)
    qtbot.mouseClick(calendar.editor.back_button, Qt.MouseButton.LeftButton)

    window.navigate("calendar")
    calendar.open_meeting(first_coming_meeting(calendar))
    assert calendar.editor.back_button.text() == "← Kalender"
    qtbot.mouseClick(calendar.editor.back_button, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "calendar"
    assert calendar.stack.currentWidget() is calendar.page


def test_a_meeting_opened_from_the_overview_goes_back_to_it(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    card = overview_card(qtbot, window, "meetings_coming")
    qtbot.mouseClick(card.findChildren(EntryButton)[0], Qt.MouseButton.LeftButton)
    calendar = area_of(window, "calendar", CalendarArea)
    assert calendar.stack.currentWidget() is calendar.editor
    assert calendar.editor.back_button.text() == "← Översikt"
    qtbot.mouseClick(calendar.editor.back_button, Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "overview"


def test_kalender_clicked_after_a_meeting_opened_from_a_group_shows_the_calendar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The sidebar marks Kalender while the meeting is shown; clicking it kept the meeting (and
    so did coming back from another area). Minutes typed are saved on the way."""
    window, group_area, link = _meeting_opened_from_group(qtbot, demo_ctx, 1024, 768)
    calendar = area_of(window, "calendar", CalendarArea)
    editor = calendar.editor
    assert calendar.stack.currentWidget() is editor and editor.meeting is not None
    meeting_id = editor.meeting.id
    click_tab(qtbot, editor.tabs, editor.agenda_tab)
    type_text(qtbot, editor.agenda_tab.notes_edit, TYPED)

    click_sidebar(qtbot, window, "calendar")
    assert window.current_area_key() == "calendar"
    assert calendar.stack.currentWidget() is calendar.page
    notes = [i.notes for i in demo_ctx.call(meetings.get_meeting, meeting_id).agenda]
    assert TYPED in notes

    # Opened from the group again, then Åtgärder and Kalender: the calendar too.
    window.navigate("groups")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    assert calendar.stack.currentWidget() is editor
    click_sidebar(qtbot, window, "actions")
    click_sidebar(qtbot, window, "calendar")
    assert calendar.stack.currentWidget() is calendar.page

    # A meeting opened in the calendar stays when Kalender is clicked.
    calendar.open_meeting(first_coming_meeting(calendar))
    click_sidebar(qtbot, window, "calendar")
    assert calendar.stack.currentWidget() is editor
