"""Kris och övningar → Planer: a click on each plan in turn chooses that plan and the pane under
the register shows it. A press first moved the current row (choosing none for a moment): the
pane closed, the register grew and scrolled under the pointer, and the press selected another
plan or none ("Välj en plan …" for 4 of the 11 demo plans at 1024 × 768)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_a_click_on_each_plan_chooses_it(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", *size)
    page = area.plans_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    names = column_texts(page.table, "Namn")
    assert len(names) > 5
    missed = []
    for name in names:
        click_row(qtbot, page.table, name)
        settle(qtbot)
        chosen = page.current_row()
        if chosen is None or chosen.name != name or page.detail.title.text() != name:
            missed.append((name, chosen.name if chosen else None))
        rect = page.table.visualRect(page.table.currentIndex())
        assert page.table.viewport().rect().contains(rect), name  # the chosen plan in view
    assert not missed
