"""Grupper och möten at 1280 × 800, in the program's own style (labels taller than Qt's plain
style): a group with a long meeting rule ("Arbetsgrupp skolan som brottsplats") shows its
dates and follow-up without scrolling. Its rule's eight lines put Löptid and Uppföljning below
the pane's foot, reachable only by scrolling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_row, settle
from tests.ui.own_style import LookAt
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

GROUP = "Arbetsgrupp skolan som brottsplats"


def test_dates_and_follow_up_in_sight_at_1280_by_800(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        settle(qtbot)
        click_row(qtbot, area.page.table, GROUP)
        settle(qtbot)
        pane = area.detail
        assert pane.title.text() == GROUP
        viewport = pane._scroll.viewport()
        hidden = []
        for key in ("starts_on", "term", "follow_up"):
            value = pane.facts.value_label(key)
            assert value.text(), key
            spot = QRect(value.mapTo(viewport, QPoint(0, 0)), value.size())
            if not viewport.rect().contains(spot):
                hidden.append(f"{key} {value.text()!r} at {spot.getRect()}")
        return hidden

    assert look_at_demo((1280, 800), look) == []
