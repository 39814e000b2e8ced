"""Two desks editing the same meeting or meeting action: each form sends the version it was
filled from, and the second save is refused with a Swedish message; the first desk's change is
kept whole (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import ActionSource, ActionStatus, Meeting, MeetingStatus
from samverkan_desktop.models.audit import AuditEntry
from samverkan_desktop.services import action_reading, calendar, meetings
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.meeting_editing import save_details, save_meeting_action
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group

MESSAGE = "Någon annan ändrade posten medan du redigerade den"
DAY = dt.date(2026, 10, 6)


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    """A second program on the same database (its own engine and connections)."""
    desk = open_database(db.url)
    yield desk
    desk.dispose()


def _meeting(db: Database) -> tuple[int, int]:
    with db.session() as s:
        group_id = make_group(s)
        meeting_id = meetings.add_meeting(
            s, group_id, MeetingInput(at(DAY, 9), at(DAY, 10, 30), "Karlavägen 104")
        )
        person_id = meetings.get_meeting(s, meeting_id).invitees[0].person_id
    return meeting_id, person_id


def test_details_saved_at_another_desk_refuse_this_desks_save(
    db: Database, other_desk: Database
) -> None:
    meeting_id, _person = _meeting(db)
    mine = db.call(meetings.get_meeting, meeting_id)  # this desk's editor is filled
    theirs = other_desk.call(meetings.get_meeting, meeting_id)
    other_desk.call(
        save_details,
        meeting_id,
        MeetingInput(
            at(DAY, 9), at(DAY, 10, 30), "Polishuset", note="Deras", expected_version=theirs.version
        ),
        "Sara Holm",
    )
    with pytest.raises(ConflictError, match=MESSAGE):
        db.call(
            save_details,
            meeting_id,
            MeetingInput(
                at(DAY, 13), at(DAY, 14), "Mitt rum", note="Min", expected_version=mine.version
            ),
            "Anna Berglund",
        )
    stored = db.call(meetings.get_meeting, meeting_id)
    assert (stored.place, stored.note, stored.minutes_by, stored.starts_at) == (
        "Polishuset",
        "Deras",
        "Sara Holm",
        at(DAY, 9),
    )
    # Filled again from what is saved now, the same desk's save goes through.
    db.call(
        save_details,
        meeting_id,
        MeetingInput(at(DAY, 13), at(DAY, 14), "Mitt rum", expected_version=stored.version),
        "Anna Berglund",
    )
    assert db.call(meetings.get_meeting, meeting_id).place == "Mitt rum"


def test_the_calendars_move_and_cancel_forms_refuse_a_meeting_changed_meanwhile(
    db: Database, other_desk: Database
) -> None:
    meeting_id, _person = _meeting(db)
    (row,) = db.call(calendar.list_calendar, DAY, DAY)  # the chip the forms are opened on
    assert row.id == meeting_id
    other_desk.call(meetings.move_meeting, meeting_id, at(DAY, 15), at(DAY, 16))
    with pytest.raises(ConflictError, match=MESSAGE):
        db.call(meetings.move_meeting, meeting_id, at(DAY, 11), at(DAY, 12), row.version)
    with pytest.raises(ConflictError, match=MESSAGE):
        db.call(meetings.cancel_meeting, meeting_id, "Krock", row.version)
    stored = db.call(meetings.get_meeting, meeting_id)
    assert stored.starts_at == at(DAY, 15) and stored.status is MeetingStatus.PLANNED
    assert stored.note is None
    (fresh,) = db.call(calendar.list_calendar, DAY, DAY)
    assert fresh.version > row.version
    db.call(meetings.cancel_meeting, meeting_id, "Krock", fresh.version)
    assert db.call(meetings.get_meeting, meeting_id).status is MeetingStatus.CANCELLED


def test_a_meeting_action_followed_up_at_two_desks_keeps_the_first_whole(
    db: Database, other_desk: Database
) -> None:
    meeting_id, person_id = _meeting(db)
    data = ActionInput(
        "Byt belysning i trapphuset",
        responsible_person_id=person_id,
        source_type=ActionSource.MEETING,
        source_id=meeting_id,
    )
    action_id = save_meeting_action_now(db, None, data, ActionStatus.OPEN, None, meeting_id)
    mine = db.call(action_reading.get_action, action_id)
    theirs = other_desk.call(action_reading.get_action, action_id)
    save_meeting_action_now(
        other_desk,
        action_id,
        _with(data, title="Deras rubrik", expected_version=theirs.version),
        ActionStatus.IN_PROGRESS,
        "Fastighetsägaren har beställt armaturer",
        meeting_id,
    )
    with pytest.raises(ConflictError, match=MESSAGE):
        save_meeting_action_now(
            db,
            action_id,
            _with(data, title="Min rubrik", expected_version=mine.version),
            ActionStatus.DONE,
            "Klart enligt polisen",
            meeting_id,
        )
    stored = db.call(action_reading.get_action, action_id)
    assert stored.title == "Deras rubrik" and stored.status is ActionStatus.IN_PROGRESS
    assert [n.text for n in stored.notes] == ["Fastighetsägaren har beställt armaturer"]


def _with(data: ActionInput, **changes: object) -> ActionInput:
    return ActionInput(**{**data.__dict__, **changes})  # type: ignore[arg-type]


def save_meeting_action_now(
    db: Database,
    action_id: int | None,
    data: ActionInput,
    status: ActionStatus,
    note: str | None,
    meeting_id: int,
) -> int:
    result: int = db.call(save_meeting_action, action_id, data, status, note, meeting_id, DAY)
    return result


def test_a_first_look_at_a_meeting_elsewhere_is_not_an_edit(
    db: Database, other_desk: Database
) -> None:
    """Opening a meeting the first time gives it invitees and an agenda; a Move form filled
    before that (from the calendar) still saves: nobody changed the meeting itself."""
    with db.session() as s:
        group_id = make_group(s)
        meeting_id = meetings.add_meeting(
            s, group_id, MeetingInput(at(DAY, 9), at(DAY, 10, 30), "Karlavägen 104")
        )
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None and not meeting.prepared
        shown = meeting.version  # what the calendar's Move form was filled from
    opened = other_desk.call(meetings.get_meeting, meeting_id)  # the other desk's first look
    assert opened.invitees and opened.agenda and opened.version == shown
    db.call(meetings.move_meeting, meeting_id, at(DAY, 13), at(DAY, 14), shown)
    moved = db.call(meetings.get_meeting, meeting_id)
    assert (moved.starts_at.hour, moved.version) == (13, shown + 1)
    with db.session() as s:
        trail = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "meetings", AuditEntry.record_id == str(meeting_id)
            )
        ).all()
    assert any("prepared" in entry for entry in trail)  # the first look is on record


def test_minutes_saved_at_another_desk_refuse_this_desks_minutes(
    db: Database, other_desk: Database
) -> None:
    from samverkan_desktop.services import agenda

    meeting_id, _person = _meeting(db)
    item = db.call(meetings.get_meeting, meeting_id).agenda[0]
    shown = (item.notes, item.next_steps)  # both desks show the item without minutes
    other_desk.call(agenda.record_minutes, item.id, "Polisen redovisade läget.", shown=shown)
    with pytest.raises(ConflictError, match=MESSAGE):
        db.call(agenda.record_minutes, item.id, "Mina anteckningar.", shown=shown)
    saved = db.call(meetings.get_meeting, meeting_id).agenda[0]
    assert saved.notes == "Polisen redovisade läget."  # the first desk's minutes are whole
    # Shown the saved minutes, this desk adds to them.
    db.call(
        agenda.record_minutes,
        item.id,
        "Polisen redovisade läget. Mina anteckningar.",
        shown=(saved.notes, saved.next_steps),
    )
    notes = db.call(meetings.get_meeting, meeting_id).agenda[0].notes
    assert notes is not None and notes.endswith("Mina anteckningar.")


def test_reordering_the_agenda_elsewhere_does_not_refuse_minutes(
    db: Database, other_desk: Database
) -> None:
    from samverkan_desktop.services import agenda

    meeting_id, _person = _meeting(db)
    first, second = db.call(meetings.get_meeting, meeting_id).agenda[:2]
    other_desk.call(agenda.move_agenda_item, second.id, 0)  # the other desk moves an item up
    db.call(agenda.record_minutes, first.id, "Noterat.", shown=(first.notes, first.next_steps))
    saved = {i.id: i for i in db.call(meetings.get_meeting, meeting_id).agenda}
    assert saved[first.id].notes == "Noterat." and saved[first.id].number == 2
