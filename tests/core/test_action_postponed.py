"""An action whose due date is moved later says so in a follow-up note ("Nytt klart senast
2027-02-19 (var 2027-01-02)."), so the minutes and the next agenda, which print the latest
note, show that it slipped instead of the new date alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import action_reading, actions
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.meeting_editing import save_meeting_action
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_cycle import SECOND, cycle, printed_text

SLIPPED = "Nytt klart senast 2026-12-18 (var 2026-11-03)."


def test_a_due_date_moved_later_at_a_meeting_is_in_its_minutes_and_the_next_agenda(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        (_first, second, third), action_id, data, _version = cycle(s)
        later = ActionInput(**{**data.__dict__, "due_on": dt.date(2026, 12, 18)})
        save_meeting_action(
            s, action_id, later, ActionStatus.IN_PROGRESS, "Väntar på elfirman.", second, SECOND
        )
        minutes = printed_text(held_minutes_pdf(s, second), tmp_path)
        agenda = printed_text(agenda_pdf(s, third), tmp_path)
        notes = action_reading.get_action(s, action_id).notes
    assert [(n.noted_on, n.text, n.meeting_id) for n in notes] == [
        (SECOND, SLIPPED + " Väntar på elfirman.", second)
    ]
    assert f"2026-11-03: {SLIPPED} Väntar på elfirman." in minutes
    assert SLIPPED in agenda


def test_an_earlier_or_unchanged_due_date_adds_no_note(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        (_first, second, _third), action_id, data, _version = cycle(s)
        earlier = ActionInput(**{**data.__dict__, "due_on": dt.date(2026, 10, 20)})
        save_meeting_action(s, action_id, data, ActionStatus.OPEN, None, second, SECOND)
        save_meeting_action(s, action_id, earlier, ActionStatus.OPEN, None, second, SECOND)
        assert action_reading.get_action(s, action_id).notes == ()


def test_the_actions_area_form_notes_a_postponement_today(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Actions area saves its form through update_action alone: the note is written there."""
    from samverkan_desktop import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 11, 20))
    with sqlite_db.session() as s:
        _ids, action_id, data, version = cycle(s)
        later = ActionInput(
            **{**data.__dict__, "due_on": dt.date(2026, 12, 18), "expected_version": version}
        )
        actions.update_action(s, action_id, later)
        notes = action_reading.get_action(s, action_id).notes
    assert [(n.noted_on, n.text, n.meeting_id) for n in notes] == [
        (dt.date(2026, 11, 20), SLIPPED, None)
    ]


def test_postponing_at_a_meeting_needs_a_later_day_and_notes_it(sqlite_db: Database) -> None:
    from samverkan_desktop.errors import ValidationError
    from samverkan_desktop.services.meeting_editing import postpone_action

    with sqlite_db.session() as s:
        (_first, second, _third), action_id, _data, version = cycle(s)
        for day in (SECOND, None):
            with pytest.raises(ValidationError) as refused:
                postpone_action(s, action_id, day, None, second, SECOND, version)
            assert refused.value.field == "due_on"
        postpone_action(s, action_id, dt.date(2026, 12, 18), "Väntar.", second, SECOND, version)
        action = action_reading.get_action(s, action_id)
    assert action.due_on == dt.date(2026, 12, 18)
    assert [(n.noted_on, n.text, n.meeting_id) for n in action.notes] == [
        (SECOND, SLIPPED + " Väntar.", second)
    ]
