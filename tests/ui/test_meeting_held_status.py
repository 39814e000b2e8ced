"""A meeting's status is said beside its day, and once it has begun "Markera som genomfört" is a
button in the header (it was only under "Mer", and a meeting with minutes and decisions left as
planned dropped out of the group's T1/T2/VB follow-up unseen). Taking it back stays under "Mer".
The clock is set relative to the meeting, so the tests do not depend on today's date."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar, follow_up, meetings
from tests.ui.clicks import click_button
from tests.ui.openers import calendar_window, open_meeting
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor


def _held_with_decisions(ctx: AppContext) -> int:
    """One of the demo's held meetings with decisions (all earlier ones are held)."""
    today = clock.today()
    rows = ctx.call(calendar.list_calendar, today - dt.timedelta(days=120), today)
    for row in reversed(rows):
        detail = ctx.call(meetings.get_meeting, row.id)
        if detail.status is MeetingStatus.HELD and detail.decisions:
            return row.id
    raise AssertionError("the demo has no held meeting with decisions")


def _left_as_planned(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, after_start: dt.timedelta
) -> MeetingEditor:
    """A meeting with decisions, not marked held, opened ``after_start`` past its start."""
    meeting_id = _held_with_decisions(ctx)
    ctx.call(meetings.set_meeting_status, meeting_id, MeetingStatus.PLANNED)
    starts = ctx.call(meetings.get_meeting, meeting_id).starts_at
    monkeypatch.setattr(clock, "now", lambda: starts + after_start)
    _window, area = calendar_window(qtbot, ctx, 1100, 700)
    return open_meeting(qtbot, area, meeting_id)


def _visible_entries(editor: MeetingEditor) -> list[str]:
    return [a.text() for a in editor.more_menu.actions() if a.isVisible() and a.text()]


def test_a_begun_meeting_not_marked_held_says_so_and_is_marked_with_one_click(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _left_as_planned(qtbot, demo_ctx, monkeypatch, dt.timedelta(hours=2))
    detail = editor.meeting
    assert detail is not None
    assert editor.status_badge.isVisible()
    assert editor.status_badge.text() == "Ej markerat som genomfört"
    assert "uppföljning (T1, T2, VB)" in editor.held_button.toolTip()
    assert "Markera som genomfört" not in _visible_entries(editor)  # the button, not twice

    click_button(qtbot, editor, "Markera som genomfört")

    assert editor.status_badge.text() == "Genomfört"
    assert not editor.held_button.isVisible()
    assert "Markera som planerat" in _visible_entries(editor)  # taking it back stays there
    day = detail.starts_at.date()
    held, _cancelled, _planned = demo_ctx.call(follow_up.meeting_counts, detail.group_id, day, day)
    assert held == (day,)  # counted in the follow-up now


def test_a_meeting_not_yet_begun_reads_planned_without_the_button(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _left_as_planned(qtbot, demo_ctx, monkeypatch, -dt.timedelta(days=1))
    assert editor.status_badge.isVisible()
    assert editor.status_badge.text() == "Planerat"
    assert not editor.held_button.isVisible()
    assert "Markera som genomfört" in _visible_entries(editor)  # still there, under "Mer"
