"""A chosen plan's facts on a 1024 × 768 screen read without scrolling sideways: squeezed to
three tenths of the pane beside the versions and files, "Fastställd … av Stadsdelsdirektö"
was cut above a horizontal scroll bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext


def test_a_plans_facts_need_no_sideways_scrolling(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1024, 768)
    table = area.plans_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    name = column_texts(table, "Namn")[0]
    click_row(qtbot, table, name)
    detail = area.plans_page.detail
    qtbot.waitUntil(lambda: detail.title.text() == name)
    settle(qtbot)
    assert detail._scroll.horizontalScrollBar().maximum() == 0
