"""The Overview's coming meetings at 1024 × 768 say where they are: a place with no room beside
the time goes on a line under the name and time. It was dropped ("Chefsamråd trygghet — mån 7
dec 10.00–11.00…"), seen only on hover."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import overview_entries
from ui.context import AppContext


# A week with meetings: at Monday 28 December 07.00 the week between the holidays had none, and
# the test found nothing to look at.
@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_coming_meetings_show_their_place(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    entries = [
        entry
        for entry in overview_entries(qtbot, demo_ctx, *size)
        if entry.item.area == "calendar" and entry.item.dated and entry.item.rest
    ]
    assert entries  # the demo's meetings in the coming week have places
    for entry in entries:
        shown = entry.text()
        lines = shown.split("\n")
        assert entry.item.head in shown, shown  # the time whole, as before
        assert any(entry.item.rest in line for line in lines), shown  # the place whole
        # the entry tall enough for its lines, each line within the card's width
        assert entry.height() >= entry.fontMetrics().height() * len(lines), shown
        widest = max(entry.fontMetrics().horizontalAdvance(line) for line in lines)
        assert widest <= entry.width(), shown
