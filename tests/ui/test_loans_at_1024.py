"""Larm → Lån on a 1024 × 768 screen with a loan chosen: each borrower reads whole and nothing
is scrolled out of sight sideways. Seven columns beside the pane cut the borrower to "Ahmed…"
and pushed the initials off to the right; the purpose and the day lent (both in the pane)
give way first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_a_chosen_loan_leaves_the_borrowers_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    area.tabs.setCurrentWidget(area.loans_page)
    table = area.loans_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, column_texts(table, "Larm")[0])
    settle(qtbot)
    assert area.loans_page.current_row() is not None
    assert cut_cells(table, "Låntagare") == []
    assert table.horizontalScrollBar().maximum() == 0


def test_the_borrowers_read_whole_with_no_loan_chosen(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """With no loan chosen the borrower read "Ahmed H…" in every row beside the purpose: the
    name breaks between its words where it must, so the purpose gives way (it is in the filter
    and the pane) and every borrower and return reads whole."""
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    area.tabs.setCurrentWidget(area.loans_page)
    table = area.loans_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert area.loans_page.current_row() is None
    assert "Ahmed Hassan" in column_texts(table, "Låntagare")
    for title in ("Låntagare", "Tillbaka", "Signatur"):
        assert cut_cells(table, title) == [], title
    assert table.horizontalScrollBar().maximum() == 0


def test_a_late_return_reads_on_one_line(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """ "2026-12-05 08.48 (för sent)" broke onto two lines at 1024 px, its row twice as tall:
    the list says "(sen)" (the pane "(för sent)"); each return, and each borrower beside it,
    on one line."""
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    area.tabs.setCurrentWidget(area.loans_page)
    table = area.loans_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    returns = lines_of_column(table, "Tillbaka")
    assert {text: n for text, n in returns.items() if n > 1} == {}
    late = [text for text in returns if text.endswith("(sen)")]
    assert late, "the demo's first page of loans holds one returned late"
    assert {text: n for text, n in lines_of_column(table, "Låntagare").items() if n > 1} == {}
    assert table.horizontalScrollBar().maximum() == 0
