"""Kris och övningar → Övningar at 1024 × 768: the annual plan under the list takes the height
its months need and the list the rest, so every exercise shows without scrolling and no empty
band stays under the plan (shared half and half, the list scrolled while ~85 px under the
plan stayed empty). At 1440 × 900 the same."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import crisis_tab
from tests.ui.windows import settle
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_the_plan_takes_what_it_needs_and_the_list_the_rest(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack", *size)
    page = area.exercises_page
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    plan = page.plan_view
    need = plan.needed_height(plan.width())
    assert plan.height() - need <= 4  # no empty band under the months
    assert plan.height() >= need  # and none of them cut
    assert table.verticalScrollBar().maximum() == 0  # every exercise in view
