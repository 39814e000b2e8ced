"""A walk planned for a coming day: "Markera som genomförd" is greyed until that day, its
tooltip naming the day; on the day it takes the step. Before, the button was live and a click
only brought a message box titled "Samverkan" saying the walk could be marked from that day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places
from samverkan_desktop.services import walks as walk_service
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.walks.area import WalksArea

TODAY = dt.date(2026, 12, 2)
WALK_DAY = dt.date(2026, 12, 20)


def test_the_step_waits_for_the_walks_day(qtbot: QtBot, demo_ctx: AppContext, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    place = demo_ctx.call(places.list_places)[0].id
    walk_id = demo_ctx.call(
        walk_service.create_walk, walk_service.WalkInput(place, WALK_DAY, checklist_template_id=1)
    )
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    area.open_walk(walk_id)
    button = area.view.next_button
    assert button.text() == "Markera som genomförd"
    assert not button.isEnabled()
    assert button.toolTip() == (
        "Vandringen är planerad till 2026-12-20; den kan markeras som genomförd från den dagen."
    )

    monkeypatch.setattr(clock, "today", lambda: WALK_DAY)
    area.view.refresh()
    assert button.isEnabled() and button.toolTip() == ""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_service.get_walk, walk_id).status is WalkStatus.WALKED
