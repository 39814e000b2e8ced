"""The meeting editor's combined use cases: each is one unit of work, so a refused part leaves
nothing half stored (details with the minute-taker, everyone present, an action with its status
and a follow-up note)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ActionSource, ActionStatus, AttendanceStatus
from samverkan_desktop.services import action_reading, meetings
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.meeting_editing import (
    mark_all_present,
    note_day,
    save_details,
    save_meeting_action,
)
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 10, 6)


def _setup(db: Database) -> tuple[int, int]:
    with db.session() as s:
        group_id = make_group(s)
        meeting_id = meetings.add_meeting(
            s, group_id, meetings.MeetingInput(at(DAY, 9), at(DAY, 10, 30), "Karlavägen 104")
        )
        person_id = meetings.get_meeting(s, meeting_id).invitees[0].person_id
    return meeting_id, person_id


def test_details_and_minute_taker_are_saved_together_or_not_at_all(db: Database) -> None:
    meeting_id, _person = _setup(db)
    bad = meetings.MeetingInput(at(DAY, 10), at(DAY, 9), "Polishuset")
    with pytest.raises(ValidationError), db.session() as s:
        save_details(s, meeting_id, bad, "Sara Holm")
    with db.session() as s:
        detail = meetings.get_meeting(s, meeting_id)
        assert (detail.place, detail.minutes_by) == ("Karlavägen 104", None)
        good = meetings.MeetingInput(at(DAY, 13), at(DAY, 14), "Polishuset")
        save_details(s, meeting_id, good, "Sara Holm")
        detail = meetings.get_meeting(s, meeting_id)
    assert (detail.place, detail.minutes_by, detail.starts_at) == (
        "Polishuset",
        "Sara Holm",
        at(DAY, 13),
    )


def test_everyone_not_yet_marked_is_present(db: Database) -> None:
    meeting_id, _person = _setup(db)
    with db.session() as s:
        first = meetings.get_meeting(s, meeting_id).invitees[0]
        meetings.set_attendance(s, first.id, AttendanceStatus.ABSENT)
        assert mark_all_present(s, meeting_id) == 1
        statuses = {i.id: i.status for i in meetings.get_meeting(s, meeting_id).invitees}
    assert statuses[first.id] is AttendanceStatus.ABSENT
    assert sorted(s.value for s in statuses.values()) == ["absent", "present"]


def test_an_action_with_status_and_note_is_all_or_nothing(db: Database) -> None:
    meeting_id, person_id = _setup(db)
    data = ActionInput(
        "Ta fram statistik",
        responsible_person_id=person_id,
        source_type=ActionSource.MEETING,
        source_id=meeting_id,
    )
    too_long = "x" * 5000  # the note is refused: nothing of the action may remain
    with pytest.raises(ValidationError), db.session() as s:
        save_meeting_action(s, None, data, ActionStatus.IN_PROGRESS, too_long, meeting_id, DAY)
    with db.session() as s:
        assert meetings.get_meeting(s, meeting_id).actions == ()
        action_id = save_meeting_action(
            s, None, data, ActionStatus.DONE, "Klart till mötet", meeting_id, DAY
        )
        row = action_reading.get_action(s, action_id)
    assert row.status is ActionStatus.DONE and row.closed_on == DAY
    assert [(n.text, n.meeting_id, n.noted_on) for n in row.notes] == [
        ("Klart till mötet", meeting_id, DAY)
    ]


def test_notes_carry_the_meeting_day_or_today_for_a_meeting_ahead() -> None:
    assert note_day(DAY, today=dt.date(2026, 11, 30)) == DAY
    assert note_day(dt.date(2027, 1, 5), today=dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)
