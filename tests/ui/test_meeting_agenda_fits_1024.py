"""A meeting's "Dagordning och anteckningar" at 1024 × 768, in the program's own style: under the
follow-up item the line "2 åtgärder från tidigare möten (fortfarande öppna: 1)" stood on one line
beside its hint, and the tab's minimum width pushed the main window to 1084 px, where it stayed
after "← Kalender" (the right edge of every view cut off). The line wraps where it must; the
window keeps its width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.record_tabs import meeting_follow_up_item
from tests.ui.text_fit import plain
from tests.ui.windows import area_of, keep_shot, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow
from ui.meetings.agenda_tab import AgendaTab

GROUP = "Lokal beredningsgrupp Östermalm"  # meets monthly, actions open from earlier


# December's list holds such a meeting (the demo's district board on the 1st).
@pytest.mark.moment("2026-12-05T17:30")
def test_the_agenda_tab_keeps_the_window_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        tab = meeting_follow_up_item(qtbot, window)
        editor = area_of(window, "calendar", CalendarArea).editor
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
    assert plain(str(seen["line"])) == "2 åtgärder från tidigare möten (fortfarande öppna: 1)"
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


def _row_of(button: QWidget, tab: AgendaTab) -> int:
    return button.mapTo(tab, QPoint(0, 0)).y()


@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.parametrize("size", [(900, 700), (1024, 768)], ids=["900", "1024"])
def test_the_minutes_keep_the_larger_share_at_900(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    """At 900 the agenda's five buttons on one row held the agenda at 318 px and left the
    minutes 312 (the heading over the earlier actions on four lines). Now ↑ ↓ go under the
    other buttons there and the minutes are the wider column, as at 1024, where the buttons
    stay on one row and the columns are as they were."""

    def look(window: MainWindow) -> dict[str, object]:
        tab = meeting_follow_up_item(qtbot, window)
        keep_shot(window, f"meeting_agenda_{size[0]}")
        return {
            "minutes wider": tab.notes_edit.width() > tab.items.width(),
            "arrows beside": _row_of(tab.up_button, tab) == _row_of(tab.add_button, tab),
            "arrows whole": tab.down_button.mapTo(tab, QPoint(tab.down_button.width(), 0)).x()
            <= tab.items.mapTo(tab, QPoint(tab.items.width(), 0)).x(),
            "agenda": tab.items.width(),
            "width": window.width(),
        }

    seen = look_at_demo(size, look)
    assert seen["minutes wider"] is True, seen
    assert seen["arrows whole"] is True, seen
    assert seen["width"] == size[0]
    if size[0] == 1024:
        assert seen["arrows beside"] is True and seen["agenda"] == 318, seen
    else:
        assert seen["arrows beside"] is False, seen
