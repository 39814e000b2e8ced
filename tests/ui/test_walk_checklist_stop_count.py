"""A walk's Checklistsvar: each stop in the list reads "2. Biblioteksgatan · 3/9", its answers'
count set apart by a dot and held to it; it read "2. Biblioteksgatan  (3/9)", the two spaces
like a slip."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.cell_room import wrapped_lines
from tests.ui.record_tabs import walk_tab
from ui.context import AppContext


def test_each_stop_reads_its_answers_count_after_a_dot(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = walk_tab(qtbot, demo_ctx, "checklist_tab", 1024, 768)
    tab = view.checklist_tab
    assert tab.walk is not None
    sheet = demo_ctx.call(walk_records.get_checklist, tab.walk.id)
    stops = tab.stops
    texts = [stops.item(i).text() for i in range(stops.count())]
    assert texts == [
        f"{stop.label} ·\u00a0{stop.answer_count}/{len(sheet.items)}" for stop in sheet.stops
    ]
    assert all("  " not in text for text in texts)
    # a name wrapped at 1024 px keeps the count beside its dot, not on a line alone
    for text in texts:
        lines = wrapped_lines(text, stops.font(), stops.viewport().width() - 8)
        assert not any(line.endswith("·") for line in lines), lines
