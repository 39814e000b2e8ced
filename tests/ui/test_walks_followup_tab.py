"""A walk's Follow-up tab says what is so: the demo's first walk at Gyllenstiernsgatan has its
follow-up planned, yet the tab told the coordinator to plan one (with 'Öppna den uppföljande
vandringen' right below), and its lists said 'Inget är fortfarande öppet' although there was no
earlier walk to follow up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.demo.walks import follow_up_day
from tests.ui.demo_walks import gyllenstiernsgatan_2021
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_the_follow_up_tab_names_the_planned_follow_up(qtbot: QtBot, demo_ctx: AppContext) -> None:
    # Read on the test's day, not when the module was collected: a run that crossed Stockholm's
    # midnight between the two expected the day before the demo's.
    follow_up = follow_up_day(clock.today())
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(gyllenstiernsgatan_2021(demo_ctx))
    view = area.view
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.followup_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tab = view.followup_tab
    assert tab.intro.text() == (
        "Ingen tidigare vandring på platsen att jämföra med. Den uppföljande vandringen "
        f"{follow_up.isoformat()} ser vad som har gjorts sedan den här."
    )
    # No earlier walk to follow up: the lists hold this walk's own actions (test_walk_own_actions)
    assert tab.open_title.text() == "Fortfarande öppet från vandringen"
