"""The Actions list beside a chosen action's pane in a laptop's window (1100 × 700): its texts
were cut to about 62 px ("Möte 2…", "Sara H…"). The Source column then gives its room to the
others, the pane showing the source whole; at 1280 × 800 the list keeps all six columns."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from ui.actions.area import ActionsArea
from ui.actions.model import AREA, RESPONSIBLE, SOURCE
from ui.context import AppContext


def _choose_first_from_a_meeting(qtbot: QtBot, area: ActionsArea) -> str:
    """Click the list's first action raised at a meeting (which rows come first depends on the
    day the demo was built)."""
    sources = column_texts(area.table, "Ursprung")
    row = next(i for i, source in enumerate(sources) if source.startswith("Möte "))
    title = column_texts(area.table, "Åtgärd")[row]
    click_row(qtbot, area.table, title)
    qtbot.waitUntil(lambda: area.detail.title.text() == title)
    return sources[row]


def test_a_laptop_list_beside_the_pane_leaves_out_the_source(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1100, 700)
    table = area.table
    assert not table.isColumnHidden(SOURCE)  # no pane yet: the list shows where each came from
    source = _choose_first_from_a_meeting(qtbot, area)
    qtbot.waitUntil(lambda: table.isColumnHidden(SOURCE))
    for column in (RESPONSIBLE, AREA):
        # About READABLE_TEXT (90): the Status column keeps room for its longest text,
        # "Tillfrågad, försenad" (10 px more than "Begärd, försenad"), and the rest share it.
        assert table.columnWidth(column) >= 88
    meeting_day, group = source.split(", ", 1)  # the pane adds the meeting's time
    shown = area.detail.facts.fact("source")
    assert shown.startswith(meeting_day) and shown.endswith(group)  # whole in the pane
    assert not table.horizontalScrollBar().isVisible()


def test_a_wider_window_keeps_the_source_beside_the_pane(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1280, 800)
    _choose_first_from_a_meeting(qtbot, area)
    qtbot.wait(100)  # the pane's width settled
    assert not area.table.isColumnHidden(SOURCE)
    assert area.table.columnWidth(SOURCE) >= 90
