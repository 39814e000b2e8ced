"""A walk's plan at a laptop's size (1100×700): its participants with title and organisation
wrap onto a second line instead of hiding behind a sideways scroll bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.record_tabs import walk_tab
from ui.context import AppContext


def test_participants_wrap_rather_than_scroll_sideways(qtbot: QtBot, demo_ctx: AppContext) -> None:
    # a held walk opens on its follow-up: its plan's tab clicked
    people = walk_tab(qtbot, demo_ctx, "plan_tab", 1100, 700).plan_tab.people
    assert people.isVisible()
    texts = [people.item(i).text() for i in range(people.count())]
    assert any("Trygghets- och säkerhetssamordnare, Östermalms" in t for t in texts)
    assert not people.horizontalScrollBar().isVisible()
    # every row whole inside the list's width
    assert all(
        people.visualItemRect(people.item(i)).right() <= people.viewport().width()
        for i in range(people.count())
    )
