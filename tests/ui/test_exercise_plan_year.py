"""The annual plan under the exercises list shows the year picked in the list's year filter (it
stayed on this year, so '2027' listed the May evacuation drill and the plan showed 2026)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_plan_follows_the_year_filter(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.tabs.setCurrentWidget(area.exercises_stack)
    page = area.exercises_page
    # 2021: a year other than this one whatever the day (the demo's coming drills move with it)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2021))
    assert page.plan_view.year.value() == 2021
    assert "Övning för krisledningen" in page.plan_view.month_texts()[1]  # februari
    page.year_filter.setCurrentIndex(0)  # all years: the plan stays where it was
    assert page.plan_view.year.value() == 2021
