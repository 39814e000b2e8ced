"""The annual exercise plan writes an exercise's day as everything else does, "2021-02-17
(v. 7)"; it wrote "17/2", the only place in the program with day/month."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_plan_writes_the_date_with_its_week(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = show_window(qtbot, CrisisArea(demo_ctx), 1100, 700)
    area.tabs.setCurrentWidget(area.exercises_stack)
    plan = area.exercises_page.plan_view
    plan.year.setValue(2021)  # the demo's held exercise: a day that does not move
    february = plan.month_texts()[1]
    assert february.startswith("2021-02-17 (v. 7) Övning för krisledningen"), february
    assert "17/2" not in february
