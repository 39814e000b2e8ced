"""An action whose due date is moved later says so in a follow-up note ("Nytt klart senast
2027-02-19 (var 2027-01-02)."), so the minutes and the next agenda, which print the latest
note, show that it slipped instead of the new date alone."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionSource, ActionStatus
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.reports.minutes import minutes_pdf
from samverkan_desktop.services import actions, meetings
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.meeting_editing import save_meeting_action
from tests.core.meeting_data import at, make_group

FIRST, SECOND, THIRD = dt.date(2026, 10, 6), dt.date(2026, 11, 3), dt.date(2026, 12, 1)
SLIPPED = "Nytt klart senast 2026-12-18 (var 2026-11-03)."


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "utskrift.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())  # a note wraps in its cell


def _cycle(s):  # type: ignore[no-untyped-def]
    group = make_group(s)
    first, second, third = (
        meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10), "Sal 2"))
        for d in (FIRST, SECOND, THIRD)
    )
    person = meetings.get_meeting(s, first).invitees[0].person_id
    data = ActionInput(
        "Belysning i gångtunneln",
        responsible_person_id=person,
        due_on=SECOND,
        source_type=ActionSource.MEETING,
        source_id=first,
    )
    action_id = actions.create_action(s, data, today=FIRST)
    version = actions.get_action(s, action_id).version
    return second, third, action_id, data, version


def test_a_due_date_moved_later_at_a_meeting_is_in_its_minutes_and_the_next_agenda(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        second, third, action_id, data, version = _cycle(s)
        later = ActionInput(**{**data.__dict__, "due_on": dt.date(2026, 12, 18)})
        save_meeting_action(
            s, action_id, later, ActionStatus.IN_PROGRESS, "Väntar på elfirman.", second, SECOND
        )
        minutes = _text(minutes_pdf(s, second), tmp_path)
        agenda = _text(agenda_pdf(s, third), tmp_path)
        notes = actions.get_action(s, action_id).notes
    assert [(n.noted_on, n.text, n.meeting_id) for n in notes] == [
        (SECOND, SLIPPED + " Väntar på elfirman.", second)
    ]
    assert f"2026-11-03: {SLIPPED} Väntar på elfirman." in minutes
    assert SLIPPED in agenda


def test_an_earlier_or_unchanged_due_date_adds_no_note(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        second, _third, action_id, data, _version = _cycle(s)
        earlier = ActionInput(**{**data.__dict__, "due_on": dt.date(2026, 10, 20)})
        save_meeting_action(s, action_id, data, ActionStatus.OPEN, None, second, SECOND)
        save_meeting_action(s, action_id, earlier, ActionStatus.OPEN, None, second, SECOND)
        assert actions.get_action(s, action_id).notes == ()


def test_the_actions_area_form_notes_a_postponement_today(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Actions area saves its form through update_action alone: the note is written there."""
    from samverkan_desktop import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 11, 20))
    with sqlite_db.session() as s:
        _second, _third, action_id, data, version = _cycle(s)
        later = ActionInput(
            **{**data.__dict__, "due_on": dt.date(2026, 12, 18), "expected_version": version}
        )
        actions.update_action(s, action_id, later)
        notes = actions.get_action(s, action_id).notes
    assert [(n.noted_on, n.text, n.meeting_id) for n in notes] == [
        (dt.date(2026, 11, 20), SLIPPED, None)
    ]
