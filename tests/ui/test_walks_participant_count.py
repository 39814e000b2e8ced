"""The walk's plan says how many take part without counts of nothing: the demo's planned walk at
Gyllenstiernsgatan read "3 namngivna personer och 0 boende: 3 totalt."."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.demo_walks import gyllenstiernsgatan_follow_up, tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea


def test_the_participant_count_leaves_out_what_is_none(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    planned = gyllenstiernsgatan_follow_up(demo_ctx)
    assert demo_ctx.call(walk_reading.get_walk, planned).resident_count == 0
    area.open_walk(planned)
    assert area.view.plan_tab.count_label.text() == "3 namngivna personer."
    # Both counts there: both said, and their sum.
    area.open_walk(tessinparken(demo_ctx))
    assert area.view.plan_tab.count_label.text() == "5 namngivna personer och 11 boende: 16 totalt."
