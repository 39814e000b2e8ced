"""Kris och övningar → Planer at 1024 × 768, a plan chosen: the pane under the register takes
the height the plan needs from the register, so its facts read down to "Senast övad" without
scrolling and the version history shows four versions (its share showed two and cut "Senast
övad" at the bottom). The register keeps the chosen plan in view; at 1440 × 900 the same."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext

VERSION_ROWS = 4


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_a_chosen_plans_facts_and_versions_show_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "plans_page", *size)
    page = area.plans_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    pane = page.detail
    names = column_texts(page.table, "Namn")
    click_row(qtbot, page.table, names[0])
    for number, name in enumerate(names):
        if number:  # down the register by keyboard, as one reads plan after plan
            qtbot.keyClick(page.table, Qt.Key.Key_Down)
        settle(qtbot)
        assert pane.title.text() == name
        if os.environ.get("SAMVERKAN_SHOTS") and name.startswith("Krisledningsplan"):
            window.grab().save(os.path.join(os.environ["SAMVERKAN_SHOTS"], f"plan_{size[0]}.png"))
        assert pane._scroll.verticalScrollBar().maximum() == 0, name  # facts whole
        versions = pane.versions
        rows = min(versions.model().rowCount(), VERSION_ROWS)
        if rows:
            assert versions.viewport().height() >= rows * versions.rowHeight(0), name
        assert versions.horizontalScrollBar().maximum() == 0, name
        chosen = page.table.visualRect(page.table.currentIndex())
        assert page.table.viewport().rect().contains(chosen), name  # still in view
