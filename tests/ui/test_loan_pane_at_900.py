"""Larm → Lån in a 900 × 700 window with a loan chosen: the pane beside the list reads whole.
Its department was cut at the pane's edge ("Socialtjänste", a sideways scroll bar under it)
and the borrower's phone broke inside the number ("08-508 10" / "310")."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_a_chosen_loan_reads_whole_at_900(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 900, 700)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, column_texts(table, "Larm")[0])
    settle(qtbot)
    facts = page.detail.facts
    assert facts.fact("department") == "Socialtjänsten"
    scroll = page.detail.findChild(QScrollArea)
    assert scroll is not None
    assert not scroll.horizontalScrollBar().isVisible()
    department = facts.value_label("department")
    word = department.fontMetrics().horizontalAdvance("Socialtjänsten")
    assert department.contentsRect().width() >= word
    assert wrapped_lines(facts.value_label("phone")) == ["08-508 10 330"]
