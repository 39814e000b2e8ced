"""A safety walk beside meetings at its time in the week: its lane read "Trygghetsv…" /
"Gyllenstier…", the long word cut. In a lane too narrow for that word the walk is now
"Vandring Gyllenstiernsgatan", in one too narrow for that "Vandring" alone (as a meeting's
initials); in a wide one still "Trygghetsvandring Gyllenstiernsgatan"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.openers import calendar_window, week_of
from tests.ui.test_calendar_walks_exercises import WALK, _tile, _walk_day
from ui.context import AppContext


def _walk_lines(qtbot: QtBot, ctx: AppContext) -> list[str]:
    """The walk's lines in its week at 1280 × 800."""
    _window, area = calendar_window(qtbot, ctx)
    week_of(qtbot, area, _walk_day(ctx))
    QApplication.processEvents()
    return [text for text, _bold in _tile(area, WALK).shown_lines()]


def test_a_walk_in_a_wide_lane_keeps_its_name(qtbot: QtBot, demo_ctx: AppContext) -> None:
    lines = _walk_lines(qtbot, demo_ctx)
    assert " ".join(lines).startswith("18.30 Trygghetsvandring Gyllenstiernsgatan"), lines


@pytest.mark.parametrize(
    ("beside", "shown"),
    [(1, ["18.30", "Vandring", "Gyllen"]), (2, ["18.30", "Vandring"])],
    ids=["one meeting beside", "two meetings beside"],
)
def test_a_walk_in_a_narrow_lane_reads_as_a_walk(
    qtbot: QtBot, demo_ctx: AppContext, beside: int, shown: list[str]
) -> None:
    """Beside one meeting "Vandring Gyllenstiernsgatan"; beside two (64 px) "Vandring" alone,
    as a meeting's name by its initials there."""
    day = _walk_day(demo_ctx)
    for group in demo_ctx.call(groups.list_groups)[:beside]:  # meetings at the walk's time
        at = dt.datetime.combine(day, dt.time(18, 0))
        meeting = MeetingInput(at, at + dt.timedelta(hours=2), "Karlavägen 104")
        demo_ctx.call(meetings.add_meeting, group.id, meeting)
    lines = _walk_lines(qtbot, demo_ctx)
    assert len(lines) >= len(shown), lines
    assert all(line.startswith(start) for line, start in zip(lines, shown, strict=False)), lines
    assert not any(line.startswith("Trygghetsv") for line in lines), lines
