"""An agenda item, a decision or an invitee removed from a meeting comes back with Undo exactly
as it was: in its place, with its heading, presenter, time, the decisions under it, its
number, its attendance. Refused, with nothing changed, only when another desk has made the old
state impossible meanwhile (meeting deleted, the decision's item removed, the person invited
again). Both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import agenda, meeting_removals, meetings
from samverkan_desktop.services.meetings import MeetingDetail
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 8)


def _meeting(s: Session) -> int:
    group = make_group(s)
    return meetings.add_meeting(s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 11), "Sal 2"))


def _detail(db: Database, meeting: int) -> MeetingDetail:
    return db.call(meetings.get_meeting, meeting)


def _agenda(detail: MeetingDetail) -> list[tuple[int, str, str | None, int | None]]:
    return [(i.number, i.title, i.presenter, i.minutes) for i in detail.agenda]


def test_an_agenda_item_comes_back_in_its_place_with_its_decisions(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Lägesbild", "Polisen", position=1, minutes=15)
        under = agenda.add_decision(s, meeting, "Polisen återkommer med statistik.", item)
    before = _detail(db, meeting)
    removed = db.call(meeting_removals.remove_agenda_item, item)
    gone = _detail(db, meeting)
    assert "Lägesbild" not in [i.title for i in gone.agenda]
    assert gone.decisions[0].agenda_item_id is None

    restored = db.call(meeting_removals.restore_agenda_item, removed)
    after = _detail(db, meeting)
    assert _agenda(after) == _agenda(before)
    assert after.agenda[1].id == restored
    assert [(d.id, d.agenda_item_id) for d in after.decisions] == [(under, restored)]


def test_an_item_added_or_moved_meanwhile_does_not_stop_it(db: Database) -> None:
    """Another desk's new item last and a move of the first: the removed item is back before
    the item that followed it."""
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Lägesbild", None, position=1)
    titles = [i.title for i in _detail(db, meeting).agenda]
    follower = titles[2]
    removed = db.call(meeting_removals.remove_agenda_item, item)
    first = _detail(db, meeting).agenda[0]
    db.call(agenda.move_agenda_item, first.id, 5)
    db.call(agenda.add_agenda_item, meeting, "Nattvandring", None)
    db.call(meeting_removals.restore_agenda_item, removed)
    now = [i.title for i in _detail(db, meeting).agenda]
    assert now[now.index("Lägesbild") + 1] == follower
    assert [i.number for i in _detail(db, meeting).agenda] == list(range(1, len(now) + 1))


def test_a_meeting_deleted_meanwhile_refuses_the_undo(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Lägesbild", None)
    removed = db.call(meeting_removals.remove_agenda_item, item)
    db.call(meetings.delete_meeting, meeting)
    with pytest.raises(NotFoundError, match="Det finns inget möte"):
        db.call(meeting_removals.restore_agenda_item, removed)


def test_a_decision_comes_back_with_its_number_and_item(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Lägesbild", None)
        agenda.add_decision(s, meeting, "Första beslutet.")
        second = agenda.add_decision(s, meeting, "Andra beslutet.", item)
        agenda.add_decision(s, meeting, "Tredje beslutet.")
    removed = db.call(meeting_removals.remove_decision, second)
    assert len(_detail(db, meeting).decisions) == 2
    restored = db.call(meeting_removals.restore_decision, removed)
    decisions = _detail(db, meeting).decisions
    assert [d.text for d in decisions] == [
        "Första beslutet.",
        "Andra beslutet.",
        "Tredje beslutet.",
    ]
    assert (decisions[1].id, decisions[1].agenda_item_id) == (restored, item)


def test_the_last_decision_keeps_its_number_before_one_added_meanwhile(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        agenda.add_decision(s, meeting, "Första beslutet.")
        last = agenda.add_decision(s, meeting, "Andra beslutet.")
    removed = db.call(meeting_removals.remove_decision, last)
    db.call(agenda.add_decision, meeting, "Beslut från en annan dator.")
    db.call(meeting_removals.restore_decision, removed)
    assert [d.text for d in _detail(db, meeting).decisions] == [
        "Första beslutet.",
        "Andra beslutet.",
        "Beslut från en annan dator.",
    ]


def test_a_decision_whose_item_was_removed_meanwhile_is_refused(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
        item = agenda.add_agenda_item(s, meeting, "Lägesbild", None)
        decision = agenda.add_decision(s, meeting, "Polisen återkommer.", item)
    removed = db.call(meeting_removals.remove_decision, decision)
    db.call(agenda.remove_agenda_item, item)
    with pytest.raises(ConflictError, match="beslutet"):
        db.call(meeting_removals.restore_decision, removed)
    assert _detail(db, meeting).decisions == ()


def test_an_invitee_comes_back_with_their_attendance(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
    sara = next(i for i in _detail(db, meeting).invitees if i.name == "Sara Holm")
    db.call(meetings.set_attendance, sara.id, AttendanceStatus.SUBSTITUTE, "Per Persson")
    removed = db.call(meeting_removals.remove_invitee, sara.id)
    assert "Sara Holm" not in [i.name for i in _detail(db, meeting).invitees]
    restored = db.call(meeting_removals.restore_invitee, removed)
    back = next(i for i in _detail(db, meeting).invitees if i.name == "Sara Holm")
    assert (back.id, back.status, back.substitute_name) == (
        restored,
        AttendanceStatus.SUBSTITUTE,
        "Per Persson",
    )


def test_an_invitee_invited_again_meanwhile_is_refused(db: Database) -> None:
    with db.session() as s:
        meeting = _meeting(s)
    sara = next(i for i in _detail(db, meeting).invitees if i.name == "Sara Holm")
    db.call(meetings.set_attendance, sara.id, AttendanceStatus.PRESENT)
    removed = db.call(meeting_removals.remove_invitee, sara.id)
    again = db.call(meetings.add_invitee, meeting, removed.person_id)
    with pytest.raises(ConflictError, match="Sara Holm"):
        db.call(meeting_removals.restore_invitee, removed)
    back = next(i for i in _detail(db, meeting).invitees if i.name == "Sara Holm")
    assert (back.id, back.status) == (again, AttendanceStatus.INVITED)
