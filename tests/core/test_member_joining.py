"""A member added to a group is invited to the group's meetings still to come, also those opened
before (which keep their own invitation list), not to the meetings past or cancelled: the mirror
of tests/core/test_member_leaving.py."""

from __future__ import annotations

from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.models import AttendanceStatus, GroupType, Invitee
from samverkan_desktop.services import (
    agenda,
    contacts,
    group_editing,
    group_rows,
    meetings,
    membership_changes,
)
from samverkan_desktop.services.contacts import PersonInput
from tests.core.member_meetings import NOW, invited_to, meeting_on, place_and_council


def test_a_new_member_is_invited_to_the_meetings_to_come_opened_before(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        place, other = place_and_council(s)
        past = meeting_on(s, place, (2026, 11, 4))  # past, never marked held
        coming = meeting_on(s, place, (2026, 12, 2))
        later = meeting_on(s, place, (2027, 1, 13))
        cancelled = meeting_on(s, place, (2026, 12, 16))
        meetings.cancel_meeting(s, cancelled, "Krockar med julledighet")
        unopened = meeting_on(s, place, (2027, 2, 10), opened=False)
        elsewhere = meeting_on(s, other, (2026, 12, 3))
        membership_changes.add_member(s, place, person, now=NOW)
    with db.session() as s:
        assert invited_to(s, person) == sorted([coming, later])
        assert not {past, cancelled, elsewhere} & set(invited_to(s, person))
        # The meeting not opened yet takes him with the members when it is, once.
        agenda.prepared_meeting(s, unopened)
    with db.session() as s:
        assert invited_to(s, person) == sorted([coming, later, unopened])


def test_a_guest_made_member_keeps_their_one_invitation_and_answer(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Nora Ek"))
        place = group_editing.create_group(
            s, group_rows.GroupInput("Platssamverkan", GroupType.PLATSSAMVERKAN)
        )
        coming = meeting_on(s, place, (2026, 12, 2))
        guest = meetings.add_invitee(s, coming, person)
        meetings.set_attendance(s, guest, AttendanceStatus.ABSENT)
        membership_changes.add_member(s, place, person, now=NOW)
    with db.session() as s:
        rows = s.scalars(select(Invitee).where(Invitee.person_id == person)).all()
        assert [(r.meeting_id, r.status) for r in rows] == [(coming, AttendanceStatus.ABSENT)]


def test_a_member_removed_and_added_again_is_invited_again(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Oskar Lund"))
        work = group_editing.create_group(
            s, group_rows.GroupInput("Arbetsgrupp boende", GroupType.ARBETSGRUPP)
        )
        member = membership_changes.add_member(s, work, person, now=NOW)
        coming = meeting_on(s, work, (2026, 12, 9))
        membership_changes.remove_member(s, member, NOW)
    with db.session() as s:
        assert invited_to(s, person) == []
        membership_changes.add_member(s, work, person, now=NOW)
    with db.session() as s:
        assert invited_to(s, person) == [coming]
