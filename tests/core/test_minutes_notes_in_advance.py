"""A follow-up note recorded for a meeting ahead of today keeps the day it was written; the
minutes mark it "(skriven i förväg)" so "2026-12-03: Klart, rapporterat." does not read as
reported at the meeting of 2026-12-10. Notes from earlier meetings, and notes written on the
meeting's day, are printed as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import actions
from samverkan_desktop.services.meeting_editing import note_day, save_meeting_action
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_cycle import cycle, printed_text

WRITTEN, AHEAD = dt.date(2026, 12, 3), dt.date(2026, 12, 10)
DAYS = (dt.date(2026, 11, 5), AHEAD, dt.date(2027, 1, 14))


def test_a_note_written_before_the_meeting_is_marked_in_its_minutes(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: WRITTEN)
    with sqlite_db.session() as s:
        (_first, meeting, _next), action_id, data, _v = cycle(s, DAYS)
        on = note_day(AHEAD)
        save_meeting_action(
            s, action_id, data, ActionStatus.DONE, "Klart, rapporterat.", meeting, on
        )
        minutes = printed_text(held_minutes_pdf(s, meeting), tmp_path)
        agenda = printed_text(agenda_pdf(s, meeting), tmp_path)
    assert on == WRITTEN
    assert "2026-12-03 (skriven i förväg): Klart, rapporterat." in minutes
    assert "2026-12-03: Klart, rapporterat." in agenda  # the agenda is written ahead anyway


def test_notes_from_earlier_meetings_and_on_the_day_are_not_marked(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        (first, meeting, _next), action_id, _data, _v = cycle(s, DAYS)
        actions.add_action_note(s, action_id, "Offert begärd.", on=DAYS[0], meeting_id=first)
        before = printed_text(held_minutes_pdf(s, meeting), tmp_path)
        actions.add_action_note(s, action_id, "Beställd.", on=AHEAD, meeting_id=meeting)
        on_the_day = printed_text(held_minutes_pdf(s, meeting), tmp_path)
    assert "2026-11-05: Offert begärd." in before
    assert "2026-12-10: Beställd." in on_the_day
    assert "förväg" not in before + on_the_day
