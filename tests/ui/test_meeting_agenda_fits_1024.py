"""A meeting's "Dagordning och anteckningar" at 1024 × 768, in the program's own style: under the
follow-up item the line "2 åtgärder från tidigare möten (fortfarande öppna: 1)" stood on one line
beside its hint, and the tab's minimum width pushed the main window to 1084 px, where it stayed
after "← Kalender" (the right edge of every view cut off). The line wraps where it must; the
window keeps its width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import groups, meetings
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.windows import area_of, keep_shot, settle, show_window
from ui.calendar.area import CalendarArea
from ui.calendar.list_view import item_key
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

GROUP = "Lokal beredningsgrupp Östermalm"  # meets monthly, actions open from earlier


def _partly_closed(window: MainWindow, area: CalendarArea) -> int:
    """A meeting in the list with actions from earlier meetings, some closed since: the longest
    line over them ("… (fortfarande öppna: 1)")."""
    with window.ctx.db.session() as s:
        for row in area.list_view.rows():
            if item_key(row)[0] != "meeting":
                continue
            carried = meetings.get_meeting(s, row.id).carried_actions
            if any(a.is_open for a in carried) and not all(a.is_open for a in carried):
                return row.id
    raise AssertionError("no meeting in the list with earlier actions partly closed")


# December's list holds such a meeting (the demo's district board on the 1st).
@pytest.mark.moment("2026-12-05T17:30")
def test_the_agenda_tab_keeps_the_window_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        sidebar = window.sidebar
        calendar = sidebar.item(window.area_keys().index("calendar"))
        qtbot.mouseClick(
            sidebar.viewport(),
            Qt.MouseButton.LeftButton,
            pos=sidebar.visualItemRect(calendar).center(),
        )
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        qtbot.mouseClick(area.list_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        table = area.list_view
        assert table.select_id(("meeting", _partly_closed(window, area)))
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.currentIndex()).center(),
        )
        editor = area.editor
        tab = editor.agenda_tab
        click_tab(qtbot, editor.tabs, tab)
        assert editor.meeting is not None
        follow_up = next(i for i in editor.meeting.agenda if i.standing_key == STANDING_ACTIONS)
        row = next(
            r
            for r in range(tab.items.count())
            if tab.items.item(r).data(Qt.ItemDataRole.UserRole) == follow_up.id
        )
        qtbot.mouseClick(
            tab.items.viewport(),
            Qt.MouseButton.LeftButton,
            pos=tab.items.visualItemRect(tab.items.item(row)).center(),
        )
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "meeting_agenda_1024")
        seen: dict[str, object] = {
            "line": tab.carried_label.text() if tab.carried_label.isVisible() else "",
            "hint shown": tab.earlier.hint.isVisible(),
            "width": window.width(),
            "tab fits": tab.minimumSizeHint().width() <= tab.width(),
            "hint inside": tab.earlier.hint.geometry().right() < tab.earlier.heading.width(),
        }
        qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        seen["width back"] = window.width()
        return seen

    seen = look_at_demo((1024, 768), look)
    assert seen["line"] == "2 åtgärder från tidigare möten (fortfarande öppna: 1)"
    assert seen["hint shown"] is True
    assert seen["width"] == 1024
    assert seen["tab fits"] is True
    assert seen["hint inside"] is True
    assert seen["width back"] == 1024


def test_the_actions_from_earlier_meetings_show_every_row_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The group's next meeting, opened from Grupper: its three open actions from earlier
    meetings stand whole under the follow-up item (the box showed about two, the third behind a
    scroll bar), the window still 768 high."""
    group = next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == GROUP)
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate("groups", group)
    settle(qtbot)
    link = area_of(window, "groups", GroupsArea).next_meetings.links[0]
    qtbot.mouseClick(
        link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.fontMetrics().height() // 2 + 1)
    )
    editor = area_of(window, "calendar", CalendarArea).editor
    tab = editor.agenda_tab
    click_tab(qtbot, editor.tabs, tab)
    first = tab.items.item(0)  # the follow-up of actions opens every agenda
    qtbot.mouseClick(
        tab.items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tab.items.visualItemRect(first).center(),
    )
    settle(qtbot)
    carried = tab.carried
    assert carried.isVisible() and carried.count() >= 3
    bottom = carried.viewport().height()
    cut = [
        carried.item(row).text().split("\n")[0]
        for row in range(carried.count())
        if carried.visualItemRect(carried.item(row)).bottom() >= bottom
    ]
    assert cut == []
    assert window.height() == 768
