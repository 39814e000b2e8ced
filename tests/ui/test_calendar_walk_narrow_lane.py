"""A safety walk beside meetings at its time in the week: its lane read "Trygghetsv…" /
"Gyllenstier…", the long word cut. In a lane too narrow for that word the walk is now
"Vandring Gyllenstiernsgatan", in one too narrow for that "Vandring" alone (as a meeting's
initials); in a wide one still "Trygghetsvandring Gyllenstiernsgatan". Its day a share of the
week a lane (week_widths), the walk beside one or two meetings at 1280 px reads its whole name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Meeting
from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.openers import calendar_window, week_of
from tests.ui.test_calendar_walks_exercises import WALK, _tile, _walk_day
from ui.context import AppContext


def _quiet_week(ctx: AppContext, day: dt.date) -> None:
    """Only the walk and the test's meetings in the walk's week: a lane is a share of the week's
    width (week_widths), so the demo's other meetings that week, which move with the day the
    demo is built, made the walk's lane narrower in some weeks than in others."""
    monday = dt.datetime.combine(day - dt.timedelta(days=day.weekday()), dt.time())

    def clear(session: Session) -> None:
        week = (Meeting.starts_at >= monday) & (Meeting.starts_at < monday + dt.timedelta(days=7))
        for meeting in session.scalars(select(Meeting).where(week)):
            session.delete(meeting)
        session.flush()

    ctx.call(clear)


def _walk_lines(qtbot: QtBot, ctx: AppContext, width: int = 1280) -> list[str]:
    """The walk's lines in its week, the window ``width`` × 800."""
    _window, area = calendar_window(qtbot, ctx, width)
    week_of(qtbot, area, _walk_day(ctx))
    QApplication.processEvents()
    return [text for text, _bold in _tile(area, WALK).shown_lines()]


def test_a_walk_in_a_wide_lane_keeps_its_name(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _quiet_week(demo_ctx, _walk_day(demo_ctx))
    lines = _walk_lines(qtbot, demo_ctx)
    assert " ".join(lines).startswith("18.30 Trygghetsvandring Gyllenstiernsgatan"), lines


WHOLE = ["18.30", "Trygghetsvandring", "Gyllenstiernsgatan"]


@pytest.mark.parametrize(
    ("beside", "width", "shown"),
    [
        (1, 1280, WHOLE),
        (2, 1280, WHOLE),
        (1, 1024, ["18.30", "Vandring", "Gyllen"]),
        (3, 1024, ["18.30", "Vandring", "Gyllen"]),
    ],
    ids=["one beside at 1280", "two beside at 1280", "one beside at 1024", "three at 1024"],
)
def test_a_walk_beside_meetings_reads_as_a_walk(
    qtbot: QtBot, demo_ctx: AppContext, beside: int, width: int, shown: list[str]
) -> None:
    """At 1280 px beside one or two meetings its whole name; at 1024 px "Vandring
    Gyllenstiernsgatan" (cut as it must be), never "Trygghetsv…"."""
    day = _walk_day(demo_ctx)
    _quiet_week(demo_ctx, day)
    for group in demo_ctx.call(groups.list_groups)[:beside]:  # meetings at the walk's time
        at = dt.datetime.combine(day, dt.time(18, 0))
        meeting = MeetingInput(at, at + dt.timedelta(hours=2), "Karlavägen 104")
        demo_ctx.call(meetings.add_meeting, group.id, meeting)
    lines = _walk_lines(qtbot, demo_ctx, width)
    assert len(lines) >= len(shown), lines
    assert all(line.startswith(start) for line, start in zip(lines, shown, strict=False)), lines
    assert not any(line.startswith("Trygghetsv") and "…" in line for line in lines), lines
