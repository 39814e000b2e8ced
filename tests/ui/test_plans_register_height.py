"""The plans register takes the page's height until a plan is chosen: the empty pane under it
("Välj en plan …") kept the lower half of a 1100 × 700 window while the 11 plans of the demo
scrolled. A plan chosen low in the list stays in view as its pane opens under the list, and as
the window narrows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import plans
from tests.ui.tables import click_row
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_register_has_the_height_until_a_plan_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, CrisisArea(demo_ctx), 1100, 700)
    area.tabs.setCurrentWidget(area.plans_page)
    page = area.plans_page
    settle(qtbot)
    table, pane = page.table, page.detail
    names = [row.name for row in demo_ctx.call(plans.list_plans)]
    assert len(names) == 11
    assert page.current_row() is None
    assert table.verticalScrollBar().maximum() == 0  # every plan in view
    assert pane.placeholder.isVisible() and pane.height() < 80

    model = table.model()
    last = model.index(model.rowCount() - 1, 0).data()  # the plan shown lowest
    click_row(qtbot, table, last)
    settle(qtbot)
    chosen = page.current_row()
    assert chosen is not None and chosen.name == last
    assert pane.height() >= 270 and pane.title.text() == last
    shown = table.visualRect(model.index(model.rowCount() - 1, 0))
    assert table.viewport().rect().contains(shown), "the chosen plan went out of view"


def test_a_chosen_plan_stays_in_view_as_the_window_narrows(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The lowest plan chosen, the window narrowed to 800 px: the titles above it take more
    lines, and it stays whole above its pane. It went partly under the pane (the register had
    scrolled it into view before its rows grew), as at 1100 px when the pane's opening wrapped
    a title."""
    area = show_window(qtbot, CrisisArea(demo_ctx), 1100, 700)
    area.tabs.setCurrentWidget(area.plans_page)
    settle(qtbot)
    table = area.plans_page.table
    model = table.model()
    click_row(qtbot, table, model.index(model.rowCount() - 1, 0).data())
    settle(qtbot)
    heights = [table.rowHeight(row) for row in range(model.rowCount())]

    area.resize(800, 700)
    settle(qtbot)
    assert [table.rowHeight(row) for row in range(model.rowCount())] != heights  # titles wrapped
    shown = table.visualRect(model.index(model.rowCount() - 1, 0))
    assert table.viewport().rect().contains(shown), "the chosen plan went out of view"
