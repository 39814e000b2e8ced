"""A member removed from a group is taken off the group's meetings still to come (those opened
before keep their own invitation list), not off the meetings held; and taking a person out of
their groups is undone exactly: roles, contact places and invitations."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_leaving,
    group_rows,
    groups,
    membership_changes,
    person_groups,
)
from samverkan_desktop.services.contacts import PersonInput
from tests.core.member_meetings import NOW, invited_to, meeting_on, place_and_council

AUTUMN = dt.date(2026, 9, 1)


def test_a_removed_member_is_no_longer_invited_to_the_meetings_to_come(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        place, other = place_and_council(s)
        # Members before the meetings' days: opened, each invites those of its day.
        member = membership_changes.add_member(s, place, person, now=NOW, joined_on=AUTUMN)
        membership_changes.add_member(s, other, person, now=NOW, joined_on=AUTUMN)
        held = meeting_on(s, place, (2026, 11, 4))
        coming = meeting_on(s, place, (2026, 12, 2))
        elsewhere = meeting_on(s, other, (2026, 12, 3))
        left = membership_changes.remove_member(s, member, NOW)
    assert left.meeting_count == 1
    with db.session() as s:
        # The held meeting keeps its attendance; the other group still invites him.
        assert invited_to(s, person) == sorted([held, elsewhere])
        assert coming not in invited_to(s, person)


def test_leaving_the_groups_is_undone_exactly(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Oskar Lund"))
        work = group_editing.create_group(
            s, group_rows.GroupInput("Arbetsgrupp boende", GroupType.ARBETSGRUPP)
        )
        steering = group_editing.create_group(
            s, group_rows.GroupInput("Styrgrupp", GroupType.STYRGRUPP)
        )
        membership_changes.add_member(
            s, work, person, MemberRole.CONVENER, now=NOW, joined_on=AUTUMN
        )
        data = groups.get_group(s, steering).to_input()
        group_editing.update_group(s, steering, dataclasses.replace(data, police_contact_id=person))
        coming = meeting_on(s, work, (2026, 12, 9))
        left = person_groups.leave_groups(s, person, NOW)
    assert (left.group_count, left.meeting_count) == (2, 1)
    with db.session() as s:
        assert invited_to(s, person) == []
        group_leaving.come_back(s, left)
    with db.session() as s:
        assert [(m.name, m.role) for m in groups.get_group(s, work).members] == [
            ("Oskar Lund", MemberRole.CONVENER)
        ]
        assert groups.get_group(s, steering).police_contact == "Oskar Lund"
        assert invited_to(s, person) == [coming]


def test_an_undo_after_another_desk_filled_the_place_changes_nothing(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Oskar Lund"))
        successor = contacts.create_person(s, PersonInput("Nora Ek"))
        steering = group_editing.create_group(
            s, group_rows.GroupInput("Styrgrupp", GroupType.STYRGRUPP)
        )
        membership_changes.add_member(s, steering, person)
        data = groups.get_group(s, steering).to_input()
        group_editing.update_group(s, steering, dataclasses.replace(data, convener_id=person))
        left = person_groups.leave_groups(s, person, NOW)
        data = groups.get_group(s, steering).to_input()
        group_editing.update_group(s, steering, dataclasses.replace(data, convener_id=successor))
    with pytest.raises(StaleRecordError), db.session() as s:
        group_leaving.come_back(s, left)
    with db.session() as s:
        assert groups.get_group(s, steering).members == ()
        assert groups.get_group(s, steering).convener == "Nora Ek"
