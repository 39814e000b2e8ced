"""A walk whose closing meeting is held, on its Follow-up tab: "Planera uppföljande vandring…"
stood twice on one screen, as the header's next step and again above the ratings. It is now
once, the header's step button, seen from every tab. A walk walked but whose closing meeting is
still to come keeps the tab's button: its header offers the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.demo_walks import stureplan, tessinparken
from tests.ui.own_style import LookAt
from tests.ui.windows import area_of, settle
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

PLAN = "Planera uppföljande vandring…"


@pytest.mark.parametrize(
    ("walk", "buttons"),
    [(tessinparken, ["nextStep"]), (stureplan, ["planFollowUp"])],
    ids=["closing meeting held", "walked"],
)
def test_plan_follow_up_is_offered_once(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], walk: object, buttons: list[str]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("walks")
        area = area_of(window, "walks", WalksArea)
        assert callable(walk)
        area.open_walk(walk(window.ctx))
        view = area.view
        click_tab(qtbot, view.tabs, view.followup_tab)
        settle(qtbot)
        return [
            button.objectName()
            for button in window.findChildren(QPushButton)
            if button.isVisible() and button.text() == PLAN
        ]

    assert look_at_demo((1280, 800), look) == buttons
