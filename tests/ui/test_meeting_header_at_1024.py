"""A meeting opened from a group at 1024 × 768: the way back, "← Grupper och möten", is a link on
its own line above the buttons, and the buttons (previous, next, the two printouts, "Mer") keep
to one row. Beside the link "Mer" dropped to a row of its own."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

GROUP = "Säkerhetssamordnarnätverket (SLK)"


def test_the_header_keeps_its_buttons_on_one_row_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate(
        "groups", next(g.id for g in demo_ctx.call(groups.list_groups) if g.name == GROUP)
    )
    settle(qtbot)
    link = area_of(window, "groups", GroupsArea).next_meetings.links[0]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    editor = area_of(window, "calendar", CalendarArea).editor
    settle(qtbot)
    assert editor.back_button.text() == "← Grupper och möten"
    buttons = [
        editor.previous_button,
        editor.next_button,
        editor.agenda_button,
        editor.minutes_button,
        editor.more_button,
    ]
    assert len({button.y() for button in buttons}) == 1, [b.geometry() for b in buttons]
    assert all(button.geometry().right() < editor.width() for button in buttons)
    assert editor.back_button.geometry().bottom() < editor.previous_button.y()
    assert editor.previous_button.geometry().bottom() < editor.title.y()
