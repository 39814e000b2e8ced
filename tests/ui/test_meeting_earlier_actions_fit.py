"""A meeting's actions open from earlier meetings on a laptop's screen (1024 × 768) and a
narrower window (900 × 700): "Väckt vid" writes the meeting's day with its week, as the lists
write a day ("Möte 2026-11-03 (v. 45) 09.00", not "Möte 2026-11-03 09.00"), and "Vad" gets the
room Status does not need: it read on four lines beside a Status column half empty."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.openers import meeting_editor
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext

SIZES = [(1024, 768), (900, 700)]
MEETING_DAY = re.compile(r"^Möte \d{4}-\d\d-\d\d \(v\. \d{1,2}\) \d\d\.\d\d$")
WHAT_LINES = 2  # a title of some 50 letters on two lines at the most, as in the Actions area


def _earlier_actions(qtbot: QtBot, demo_ctx: AppContext, width: int, height: int):  # type: ignore[no-untyped-def]
    """The meeting's Åtgärder tab, its earlier actions' table (shot as shown)."""
    editor = meeting_editor(qtbot, demo_ctx, "actions_tab", width, height)
    settle(qtbot)
    keep_shot(editor.window(), f"earlier_actions_{width}")
    return editor.actions_tab.earlier


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_raised_at_writes_the_day_with_its_week(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    table = _earlier_actions(qtbot, demo_ctx, width, height)
    shown = column_texts(table, "Väckt vid")
    assert shown and all(MEETING_DAY.match(text) for text in shown), shown
    assert cut_cells(table, "Väckt vid") == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_what_takes_the_room_status_does_not_need(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    table = _earlier_actions(qtbot, demo_ctx, width, height)
    lines = lines_of_column(table, "Vad")
    assert max(lines.values()) <= WHAT_LINES, lines
    shown = ["Status", "Klart senast", "Väckt vid", "Vem"]
    if width >= 1024:  # at 900 px the latest follow-up is left out (in "Följ upp…")
        shown.append("Senaste uppföljning")
    for title in shown:
        assert cut_cells(table, title) == [], title
