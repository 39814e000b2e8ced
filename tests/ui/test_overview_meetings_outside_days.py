"""Översikt at 1024 × 768: a coming meeting kept after its group's end, or from before its later
start, says so under its time, "efter gruppens slut · Karlavägen 104", the place kept after
the mark; a meeting as any other has its place alone. It read as any meeting to come."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.core.test_meetings_outside_days_listed import ENDED, GOING_ON, STARTING, kept_outside
from tests.ui.openers import overview_entries
from ui.context import AppContext


@pytest.mark.moment("2026-12-01T08:00")  # the Tuesday kept_outside counts from
def test_the_coming_meetings_card_marks_those_outside_their_groups_days(
    qtbot: QtBot, ctx: AppContext
) -> None:
    kept_outside(ctx.db)
    shown = {
        entry.item.title: entry.text().split("\n")
        for entry in overview_entries(qtbot, ctx, 1024, 768)
        if entry.item.area == "calendar" and entry.item.dated
    }
    # The name and time on the first line; the rest, with no room beside them, whole under them.
    assert {title: [line.strip() for line in lines[1:]] for title, lines in shown.items()} == {
        GOING_ON: ["Karlavägen 104"],
        ENDED: ["efter gruppens slut · Karlavägen 104"],
        STARTING: ["före gruppens start · Karlavägen 104"],
    }
    assert all(title in lines[0] for title, lines in shown.items())
