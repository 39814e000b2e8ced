"""A meeting's day and its group's dates, from the meeting's side: a meeting added or moved to
a day before the group's start or after its end, or marked held there, is refused in one line
naming the group's date and the meeting's day, nothing changed. A group without a start has no
limit; a meeting kept from before a later start stays editable on its day, but is neither
reinstated once cancelled nor given minutes: notes, decisions, attendance marks or new actions
(unmarking stays possible, and an action raised there before still saves)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ActionSource, ActionStatus, AttendanceStatus, MeetingStatus
from samverkan_desktop.services import (
    action_reading,
    actions,
    agenda,
    calendar,
    contacts,
    group_editing,
    groups,
)
from samverkan_desktop.services import meetings as meeting_service
from samverkan_desktop.services.after_group_end import outside_note, outside_status, outside_word
from samverkan_desktop.services.meeting_common import meetings_with_minutes
from samverkan_desktop.services.meeting_editing import mark_all_present, save_meeting_action
from tests.core.database_rules import sql
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)
START = dt.date(2026, 3, 2)
GROUP = "Lokal beredningsgrupp"
OPEN = ActionStatus.OPEN


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _data(day: dt.date, title: str | None = None) -> meeting_service.MeetingInput:
    return meeting_service.MeetingInput(at(day, 9), at(day, 11), title=title)


def _meeting(db: Database, group: int, day: dt.date, title: str | None = None) -> int:
    return db.call(meeting_service.add_meeting, group, _data(day, title))


def _meetings(db: Database, group: int) -> list[tuple[dt.date, str | None, MeetingStatus]]:
    rows = db.call(
        calendar.list_calendar,
        dt.date(2025, 1, 1),
        dt.date(2027, 6, 30),
        calendar.CalendarFilter(group_ids=(group,)),
    )
    return [(r.starts_at.date(), r.title, r.status) for r in rows]


def _start_group(db: Database, group: int, start: dt.date) -> None:
    detail = db.call(groups.get_group, group)
    db.call(
        group_editing.update_group, group, dataclasses.replace(detail.to_input(), starts_on=start)
    )


def test_a_meeting_before_the_groups_start_is_refused_naming_both_days(db: Database) -> None:
    group = db.call(make_group, starts_on=START)
    with pytest.raises(ValidationError) as refused:
        _meeting(db, group, dt.date(2026, 2, 24), "Uppstart")
    assert refused.value.message == (
        f"”{GROUP}” startar 2026-03-02: gruppen kan inte ha möte den 2026-02-24, före det. "
        "Välj en dag från och med 2026-03-02."
    )
    assert refused.value.field == "date"
    assert _meetings(db, group) == []
    _meeting(db, group, START, "Uppstart")  # its first day fits
    assert _meetings(db, group) == [(START, "Uppstart", MeetingStatus.PLANNED)]


def test_a_group_without_a_start_meets_any_day(db: Database) -> None:
    group = db.call(make_group, starts_on=None)
    _meeting(db, group, dt.date(2025, 6, 3))
    assert len(_meetings(db, group)) == 1


def test_a_meeting_moved_before_the_start_is_refused_and_stays(db: Database) -> None:
    group = db.call(make_group, starts_on=START)
    meeting = _meeting(db, group, dt.date(2026, 4, 7), "Workshop")
    before = _meetings(db, group)
    with pytest.raises(ValidationError) as refused:
        db.call(
            meeting_service.move_meeting,
            meeting,
            at(dt.date(2026, 3, 1), 9),
            at(dt.date(2026, 3, 1), 11),
        )
    assert refused.value.message == (
        f"”{GROUP}” startar 2026-03-02: gruppen kan inte ha möte den 2026-03-01, före det. "
        "Välj en dag från och med 2026-03-02."
    )
    assert _meetings(db, group) == before


def test_a_meeting_kept_from_before_a_later_start_is_edited_but_not_marked_held(
    db: Database,
) -> None:
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))  # added by hand: a later start keeps it
    _start_group(db, group, START)
    db.call(meeting_service.update_meeting, kept, _data(dt.date(2026, 2, 10), "Förberedelse"))
    with pytest.raises(ValidationError) as refused:
        db.call(meeting_service.mark_held, kept)
    assert refused.value.message == (
        f"”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10 kan inte ha hållits före det."
    )
    assert _meetings(db, group) == [(dt.date(2026, 2, 10), "Förberedelse", MeetingStatus.PLANNED)]


def test_a_meeting_outside_the_groups_days_says_which_side(db: Database) -> None:
    """A planned meeting kept from before a later start reads "Före gruppens start" (in the
    calendar's status, the editor's badge), "före gruppens start" (the group's pane) and
    "Före gruppens start (2026-03-02)" on hover, as one kept after the end reads "Efter
    gruppens slut"; one inside the group's days reads as any other."""
    group = db.call(make_group, starts_on=None)
    early = _meeting(db, group, dt.date(2026, 2, 10))
    inside = _meeting(db, group, dt.date(2026, 6, 10))
    late = _meeting(db, group, dt.date(2026, 11, 10))
    _start_group(db, group, START)
    db.call(group_editing.end_group, group, dt.date(2026, 10, 30))
    rows = db.call(
        calendar.list_calendar,
        dt.date(2026, 1, 1),
        dt.date(2026, 12, 31),
        calendar.CalendarFilter(),
    )
    sides = {row.id: row.outside_group_days for row in rows}
    assert sides[inside] is None
    early_side, late_side = sides[early], sides[late]
    assert early_side is not None and late_side is not None
    said = [
        (outside_status(side), outside_word(side), outside_note(side))
        for side in (early_side, late_side)
    ]
    assert said == [
        ("Före gruppens start", "före gruppens start", "Före gruppens start (2026-03-02)"),
        ("Efter gruppens slut", "efter gruppens slut", "Efter gruppens slut (2026-10-30)"),
    ]
    assert db.call(meeting_service.get_meeting, early).outside_group_days == early_side
    assert db.call(meeting_service.get_meeting, late).outside_group_days == late_side
    db.call(meeting_service.cancel_meeting, early)
    assert db.call(meeting_service.get_meeting, early).outside_group_days is None


def test_after_the_groups_end_a_meeting_is_neither_added_nor_marked_held(db: Database) -> None:
    group = db.call(make_group, starts_on=START)
    late = _meeting(db, group, dt.date(2026, 11, 10))
    db.call(group_editing.end_group, group, dt.date(2026, 10, 30))  # the single meeting stays
    with pytest.raises(ValidationError) as added:
        _meeting(db, group, dt.date(2026, 11, 3))
    assert added.value.message == (
        f"”{GROUP}” avslutades 2026-10-30: gruppen kan inte ha möte den 2026-11-03, efter det. "
        "Välj en dag till och med 2026-10-30."
    )
    with pytest.raises(ValidationError) as held:
        db.call(meeting_service.set_meeting_status, late, MeetingStatus.HELD)
    assert held.value.message == (
        f"”{GROUP}” avslutades 2026-10-30: dess möte den 2026-11-10 kan inte ha hållits efter det."
    )
    assert _meetings(db, group) == [(dt.date(2026, 11, 10), None, MeetingStatus.PLANNED)]


def test_meetings_held_refuses_in_one_line_and_changes_nothing(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))
    _start_group(db, group, START)
    before = _meetings(db, group)
    assert run_cli(capsys, "--db", db.url, "meetings", "held", str(kept)) == (
        1,
        "",
        f"Fel: ”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10 kan inte ha hållits "
        "före det.\n",
    )
    assert _meetings(db, group) == before


def test_a_meeting_cancelled_before_a_later_start_is_not_reinstated(db: Database) -> None:
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))
    db.call(meeting_service.cancel_meeting, kept, "Flyttat")
    _start_group(db, group, START)
    with pytest.raises(ValidationError) as refused:
        db.call(meeting_service.set_meeting_status, kept, MeetingStatus.PLANNED)
    assert refused.value.message == (
        f"”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10, före det, kan inte återställas."
    )
    assert _meetings(db, group) == [(dt.date(2026, 2, 10), None, MeetingStatus.CANCELLED)]


def test_a_meeting_cancelled_after_the_groups_end_is_not_reinstated(db: Database) -> None:
    group = db.call(make_group, starts_on=START)
    inside = _meeting(db, group, dt.date(2026, 10, 6))
    late = _meeting(db, group, dt.date(2026, 11, 10))
    for meeting in (inside, late):
        db.call(meeting_service.cancel_meeting, meeting)
    db.call(group_editing.end_group, group, dt.date(2026, 10, 30))
    with pytest.raises(ValidationError) as refused:
        db.call(meeting_service.set_meeting_status, late, MeetingStatus.PLANNED)
    assert refused.value.message == (
        f"”{GROUP}” avslutades 2026-10-30: dess möte den 2026-11-10, efter det, kan inte "
        "återställas."
    )
    db.call(meeting_service.set_meeting_status, inside, MeetingStatus.PLANNED)  # its days fit
    assert _meetings(db, group) == [
        (dt.date(2026, 10, 6), None, MeetingStatus.PLANNED),
        (dt.date(2026, 11, 10), None, MeetingStatus.CANCELLED),
    ]


def test_no_minutes_on_a_meeting_kept_from_before_a_later_start(db: Database) -> None:
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))
    _start_group(db, group, START)
    item = db.call(meeting_service.get_meeting, kept).agenda[0].id
    expected = (
        f"”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10, före det, kan inte ha "
        "minnesanteckningar."
    )
    with pytest.raises(ValidationError) as notes:
        db.call(agenda.record_minutes, item, "Genomgång av läget")
    assert notes.value.message == expected
    with pytest.raises(ValidationError) as decision:
        db.call(agenda.add_decision, kept, "Polisen kallar")
    assert decision.value.message == expected
    db.call(agenda.record_minutes, item, "")  # emptying them stays possible
    assert db.call(meeting_service.get_meeting, kept).decisions == ()
    assert db.call(meetings_with_minutes, [kept]) == set()


def _invite(db: Database, meeting: int) -> tuple[int, int]:
    """Two people invited to this meeting only (the members joined later); their invitees."""

    def invite(session: Session, name: str) -> int:
        person = contacts.create_person(session, contacts.PersonInput(name))
        return meeting_service.add_invitee(session, meeting, person)

    return db.call(invite, "Karin Lund"), db.call(invite, "Omar Said")


def _responsible(db: Database, meeting: int) -> int:
    _invite(db, meeting)
    return db.call(meeting_service.get_meeting, meeting).invitees[0].person_id


def _action(title: str, person: int, meeting: int) -> actions.ActionInput:
    return actions.ActionInput(
        title, responsible_person_id=person, source_type=ActionSource.MEETING, source_id=meeting
    )


def test_no_attendance_marked_on_a_meeting_kept_from_before_a_later_start(db: Database) -> None:
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))
    _start_group(db, group, START)
    anna, sara = _invite(db, kept)
    expected = (
        f"”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10, före det, kan inte få "
        "närvaron antecknad."
    )
    for mark in (
        lambda: db.call(meeting_service.set_attendance, anna, AttendanceStatus.PRESENT),
        lambda: db.call(meeting_service.set_attendance, sara, AttendanceStatus.ABSENT),
        lambda: db.call(
            meeting_service.set_attendance, anna, AttendanceStatus.SUBSTITUTE, "Lena Ek"
        ),
        lambda: db.call(mark_all_present, kept),
    ):
        with pytest.raises(ValidationError) as refused:
            mark()
        assert refused.value.message == expected
    db.call(meeting_service.set_attendance, anna, AttendanceStatus.INVITED)  # unmarking: fine
    assert db.call(meetings_with_minutes, [kept]) == set()
    inside = _meeting(db, group, dt.date(2026, 3, 3))
    _invite(db, inside)
    assert db.call(mark_all_present, inside) == 2  # on the group's days


def test_no_new_action_on_a_meeting_kept_from_before_a_later_start(db: Database) -> None:
    group = db.call(make_group, starts_on=None)
    kept = _meeting(db, group, dt.date(2026, 2, 10))
    person = _responsible(db, kept)
    day = dt.date(2026, 2, 10)
    earlier = db.call(  # raised there while the group had no start: it stays and saves
        save_meeting_action, None, _action("Kalla polisen", person, kept), OPEN, None, kept, day
    )
    # The start set after it as data from before the rule has it (the services refuse it now).
    sql(db, "UPDATE groups SET starts_on = :day WHERE id = :g", day=START, g=group)
    with pytest.raises(ValidationError) as refused:
        db.call(
            save_meeting_action, None, _action("Boka lokal", person, kept), OPEN, None, kept, day
        )
    assert refused.value.message == (
        f"”{GROUP}” startar 2026-03-02: dess möte den 2026-02-10, före det, kan inte få nya "
        "åtgärder."
    )
    saved = _action("Kalla polisen och kommunen", person, kept)
    db.call(save_meeting_action, earlier, saved, OPEN, None, kept, day)
    assert [a.title for a in db.call(action_reading.meeting_actions, kept)] == [
        "Kalla polisen och kommunen"
    ]


def test_after_the_groups_end_a_meeting_gets_no_attendance_nor_actions(db: Database) -> None:
    group = db.call(make_group, starts_on=START)
    late = _meeting(db, group, dt.date(2026, 11, 10))
    db.call(group_editing.end_group, group, dt.date(2026, 10, 30))
    with pytest.raises(ValidationError) as marked:
        db.call(mark_all_present, late)
    assert marked.value.message == (
        f"”{GROUP}” avslutades 2026-10-30: dess möte den 2026-11-10, efter det, kan inte få "
        "närvaron antecknad."
    )
    with pytest.raises(ValidationError) as raised:
        db.call(actions.create_action, _action("Boka lokal", _responsible(db, late), late))
    assert raised.value.message == (
        f"”{GROUP}” avslutades 2026-10-30: dess möte den 2026-11-10, efter det, kan inte få nya "
        "åtgärder."
    )
    assert db.call(meetings_with_minutes, [late]) == set()
