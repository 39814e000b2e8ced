"""The Overview's overdue actions read whole at a district office's window sizes: each action's
title and how late it is ("Skulle vara klar 2026-11-22 (för 12 dagar sedan)"), on two lines
where one has no room for both, and who is responsible (beside that or under it; at 1024 × 768
every action's was seen only on hover). At 1280 × 800 they read "Beskära buskagen längs passagen —
Skulle var…", at 1024 × 768 "Riktad närvaro kvällstid vid bollplanen tillsamm…"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import overview_entries
from ui.context import AppContext
from ui.overview.entry_button import PADDING


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_each_overdue_action_reads_its_title_and_how_late(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    entries = [
        entry
        for entry in overview_entries(qtbot, demo_ctx, *size)
        if entry.item.area == "actions" and entry.item.head.startswith("Skulle vara klar")
    ]
    assert entries
    for entry in entries:
        shown = " ".join(entry.text().split())  # the lines as one, without their indent
        assert entry.item.title in shown, (size, entry.text())
        assert entry.item.head in shown, (size, entry.text())
        # and who is responsible ("Sara Holm · Lokalpolisområde Norrmalm"), not only on hover
        # (on one line at 1920 px a long title's may still end in "…")
        if size[0] < 1920:
            assert entry.item.rest in shown, (size, entry.text())
        # every line has room in the button
        room = entry.width() - 2 * PADDING  # the text's room, inside the padding
        metrics = entry.fontMetrics()
        for line in entry.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= room, (size, line)
