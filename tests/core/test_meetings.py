"""One meeting: invitees and attendance, agenda from the template plus free items, minutes per
item, decisions, actions carried forward until closed, and the guards around deleting."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    ValidationError,
)
from samverkan_desktop.models import (
    ActionSource,
    ActionStatus,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
)
from samverkan_desktop.services import (
    actions,
    agenda,
    contacts,
    group_editing,
    groups,
    meetings,
    membership_changes,
)
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.agenda import TemplateItem
from tests.core.meeting_data import at, make_group

DAY1, DAY2, DAY3 = dt.date(2026, 9, 8), dt.date(2026, 10, 6), dt.date(2026, 11, 3)


def _meeting(session: object, group_id: int, day: dt.date, title: str | None = None) -> int:
    return meetings.add_meeting(
        session,  # type: ignore[arg-type]
        group_id,
        meetings.MeetingInput(at(day, 9), at(day, 10, 30), "Karlavägen 104", title),
    )


def test_meeting_starts_with_the_groups_members_and_standing_items(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, members=("Anna Berglund", "Sara Holm", "Johan Ek"))
        mid = _meeting(s, gid, DAY1)
        detail = meetings.get_meeting(s, mid)
    assert [i.name for i in detail.invitees] == ["Anna Berglund", "Johan Ek", "Sara Holm"]
    assert {i.status for i in detail.invitees} == {AttendanceStatus.INVITED}
    assert [(a.number, a.title) for a in detail.agenda] == [
        (1, "Uppföljning av åtgärder"),
        (2, "Vad har vi gjort / Hur fortsätter vi"),
        (3, "Laget runt – lägesbild och behov"),
    ]
    assert detail.week == 37 and detail.starts_at == at(DAY1, 9) and not detail.has_minutes
    # A member who joins after the meeting's day is not on its list; a meeting opened later,
    # on a day since, invites them.
    with db.session() as s:
        newcomer = contacts.create_person(s, contacts.PersonInput("Ny Medlem"))
        membership_changes.add_member(s, gid, newcomer, joined_on=DAY1 + dt.timedelta(days=1))
        assert len(meetings.get_meeting(s, mid).invitees) == 3
        assert len(meetings.get_meeting(s, _meeting(s, gid, DAY2)).invitees) == 4


def test_attendance_substitutes_and_invitee_changes(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        mid = _meeting(s, gid, DAY1)
        anna, sara = meetings.get_meeting(s, mid).invitees
        meetings.set_attendance(s, anna.id, AttendanceStatus.PRESENT)
        with pytest.raises(ValidationError) as error:
            meetings.set_attendance(s, sara.id, AttendanceStatus.SUBSTITUTE, "  ")
        assert error.value.field == "substitute_name"
        meetings.set_attendance(s, sara.id, AttendanceStatus.SUBSTITUTE, "Per Persson")
        guest = contacts.create_person(s, contacts.PersonInput("Gäst Gästsson"))
        meetings.add_invitee(s, mid, guest)
        with pytest.raises(ConflictError, match="redan kallad"):
            meetings.add_invitee(s, mid, guest)
    with db.session() as s:
        detail = meetings.get_meeting(s, mid)
        by_name = {i.name: i for i in detail.invitees}
        assert by_name["Sara Holm"].substitute_name == "Per Persson"
        assert by_name["Anna Berglund"].status is AttendanceStatus.PRESENT
        assert detail.has_minutes
        meetings.remove_invitee(s, by_name["Gäst Gästsson"].id)
        assert len(meetings.get_meeting(s, mid).invitees) == 2


def test_agenda_items_minutes_and_decisions(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        mid = _meeting(s, gid, DAY1)
        extra = agenda.add_agenda_item(
            s, mid, "Lägesbild från polisen", "Kommunpolisen", position=0
        )
        detail = meetings.get_meeting(s, mid)
        assert [a.title for a in detail.agenda][:2] == [
            "Lägesbild från polisen",
            "Uppföljning av åtgärder",
        ]
        agenda.move_agenda_item(s, extra, 3)
        done_next = next(
            a for a in meetings.get_meeting(s, mid).agenda if a.standing_key == "done_and_next"
        )
        agenda.record_minutes(
            s, done_next.id, "Genomfört fyra träffar.", "Fortsätta med samma agenda."
        )
        agenda.add_decision(s, mid, "Gruppen fortsätter med samma mötesfrekvens.", done_next.id)
        agenda.add_decision(s, mid, "Nästa möte hålls i Stadshuset.")
        with pytest.raises(InUseError):
            agenda.remove_agenda_item(s, done_next.id)
        with pytest.raises(ValidationError):
            agenda.add_decision(s, mid, "   ")
    with db.session() as s:
        detail = meetings.get_meeting(s, mid)
        assert [a.title for a in detail.agenda][-1] == "Lägesbild från polisen"
        assert [a.number for a in detail.agenda] == [1, 2, 3, 4]
        item = next(a for a in detail.agenda if a.standing_key == "done_and_next")
        assert (item.notes, item.next_steps) == (
            "Genomfört fyra träffar.",
            "Fortsätta med samma agenda.",
        )
        assert [d.text for d in detail.decisions] == [
            "Gruppen fortsätter med samma mötesfrekvens.",
            "Nästa möte hålls i Stadshuset.",
        ]
        assert detail.decisions[0].agenda_item_id == item.id and detail.has_minutes


def test_group_template_replaces_the_default(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        agenda.set_agenda_template(
            s,
            gid,
            [
                TemplateItem("Mötets öppnande"),
                TemplateItem("Laget runt – lägesbild och behov", "round_table"),
            ],
        )
        assert [t.title for t in agenda.get_agenda_template(s, gid)][0] == "Mötets öppnande"
        mid = _meeting(s, gid, DAY1)
        assert [a.title for a in meetings.get_meeting(s, mid).agenda] == [
            "Mötets öppnande",
            "Laget runt – lägesbild och behov",
        ]
    with pytest.raises(ValidationError), db.session() as s:
        agenda.set_agenda_template(s, gid, [TemplateItem(" ")])


def test_open_actions_stand_on_later_agendas_until_closed(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        first, second, third = (_meeting(s, gid, d) for d in (DAY1, DAY2, DAY3))
        sara = meetings.get_meeting(s, first).invitees[1].person_id
        lighting = actions.create_action(
            s,
            ActionInput(
                "Bättre belysning i trappan",
                responsible_person_id=sara,
                due_on=dt.date(2026, 9, 30),
                source_type=ActionSource.MEETING,
                source_id=first,
            ),
        )
        actions.create_action(
            s,
            ActionInput(
                "Bjuda in fastighetsägarna",
                responsible_person_id=sara,
                source_type=ActionSource.MEETING,
                source_id=first,
            ),
        )
        actions.set_action_status(s, lighting, ActionStatus.DONE, on=DAY2, note="Klart.")
    with db.session() as s:
        at_first = meetings.get_meeting(s, first)
        at_second = meetings.get_meeting(s, second)
        at_third = meetings.get_meeting(s, third)
    # Open first, closed last.
    assert [(a.title, a.status) for a in at_first.actions] == [
        ("Bjuda in fastighetsägarna", ActionStatus.OPEN),
        ("Bättre belysning i trappan", ActionStatus.DONE),
    ]
    assert at_first.carried_actions == ()
    # Closed on the day of the second meeting: reported there, gone from the third.
    assert {a.title for a in at_second.carried_actions} == {
        "Bättre belysning i trappan",
        "Bjuda in fastighetsägarna",
    }
    assert [a.title for a in at_third.carried_actions] == ["Bjuda in fastighetsägarna"]
    # Closed the day before the third meeting, while preparing it: reported at the third.
    with db.session() as s:
        invite = next(a.id for a in at_third.carried_actions)
        third_day = meetings.get_meeting(s, third).starts_at.date()
        actions.set_action_status(
            s, invite, ActionStatus.DONE, on=third_day - dt.timedelta(days=1), note="Inbjudna."
        )
        carried = meetings.get_meeting(s, third).carried_actions
    assert [(a.title, a.status) for a in carried] == [
        ("Bjuda in fastighetsägarna", ActionStatus.DONE)
    ]
    assert at_second.previous_meeting is not None and at_second.previous_meeting.id == first
    assert at_second.next_meeting is not None and at_second.next_meeting.id == third
    assert at_first.actions[0].raised_on == DAY1 and at_first.actions[0].group_id == gid


def test_move_cancel_delete_and_bad_input(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        mid = _meeting(s, gid, DAY1)
        with pytest.raises(ValidationError) as error:
            meetings.move_meeting(s, mid, at(DAY1, 10), at(DAY1, 9))
        assert error.value.field == "ends_at" and "sluta efter" in error.value.message
        meetings.cancel_meeting(s, mid, "Krock")
        detail = meetings.get_meeting(s, mid)
        assert detail.status is MeetingStatus.CANCELLED and detail.note == "Krock"
        meetings.set_meeting_status(s, mid, MeetingStatus.HELD)
        with pytest.raises(ConflictError):
            meetings.cancel_meeting(s, mid)
        meetings.set_meeting_status(s, mid, MeetingStatus.PLANNED)
        meetings.delete_meeting(s, mid)
    with pytest.raises(NotFoundError, match="inget möte med nummer 9999"), db.session() as s:
        meetings.get_meeting(s, 9999)
    # The database itself refuses a meeting ending before it starts.
    with pytest.raises(ConflictError, match="databasens regler"), db.session() as s:
        s.add(Meeting(group_id=gid, starts_at=at(DAY1, 10), ends_at=at(DAY1, 9)))
        s.flush()


def test_a_meeting_with_minutes_is_not_deleted(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        mid = _meeting(s, gid, DAY1)
        agenda.add_decision(s, mid, "Beslut.")
    with pytest.raises(InUseError, match="ställ in det"), db.session() as s:
        meetings.delete_meeting(s, mid)


def test_deleting_a_group_with_minutes_is_refused_with_the_offer_to_end_it(db: Database) -> None:
    with db.session() as s:
        with_minutes = make_group(s, "Gruppen med protokoll")
        empty = make_group(s, "Felskapad grupp")
        mid = _meeting(s, with_minutes, DAY1)
        _meeting(s, empty, DAY1)
        detail = meetings.get_meeting(s, mid)
        agenda.record_minutes(s, detail.agenda[2].id, "Lugnt i området.")
    with pytest.raises(InUseError) as error, db.session() as s:
        group_editing.delete_group(s, with_minutes)
    assert "Avsluta gruppen i stället" in error.value.message
    with db.session() as s:
        assert groups.get_group(s, with_minutes).name == "Gruppen med protokoll"
        group_editing.delete_group(s, empty)  # a group without history goes, meetings and all
        group_editing.end_group(s, with_minutes, DAY2)
