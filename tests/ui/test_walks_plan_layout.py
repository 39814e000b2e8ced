"""A walk's plan at a laptop's size (1100×700): its participants with title and organisation
wrap onto a second line instead of hiding behind a sideways scroll bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import tessinparken
from tests.ui.helpers import click_tab, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def test_participants_wrap_rather_than_scroll_sideways(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1100, 700)
    window.navigate("walks", tessinparken(demo_ctx))
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    click_tab(qtbot, area.view.tabs, area.view.plan_tab)  # a held walk opens on its follow-up
    people = area.view.plan_tab.people
    qtbot.waitUntil(people.isVisible)
    settle(qtbot)
    texts = [people.item(i).text() for i in range(people.count())]
    assert any("Trygghets- och säkerhetssamordnare, Östermalms" in t for t in texts)
    assert not people.horizontalScrollBar().isVisible()
    # every row whole inside the list's width
    assert all(
        people.visualItemRect(people.item(i)).right() <= people.viewport().width()
        for i in range(people.count())
    )
