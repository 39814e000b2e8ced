"""A person who has left: the groups they are in are named (with their roles) and they can be
taken out of them at once; what else names them keeps them in the register and is said, on
SQLite and PostgreSQL. An organisation's refusal says what names it too."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import InUseError
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    actions,
    contact_deletion,
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
    person_groups,
)
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput


def test_groups_are_named_left_at_once_and_the_rest_keeps_the_person(db: Database) -> None:
    with db.session() as s:
        housing = contacts.create_organisation(s, OrganisationInput("Stockholmshem"))
        person = contacts.create_person(s, PersonInput("Oskar Lund", organisation_id=housing))
        work = group_editing.create_group(
            s, group_rows.GroupInput("Arbetsgrupp boende", GroupType.ARBETSGRUPP)
        )
        steering = group_editing.create_group(
            s, group_rows.GroupInput("Styrgrupp", GroupType.STYRGRUPP)
        )
        membership_changes.add_member(s, work, person)
        data = groups.get_group(s, steering).to_input()
        group_editing.update_group(s, steering, dataclasses.replace(data, police_contact_id=person))
        actions.create_action(
            s, actions.ActionInput("Byt lampor i trapphuset", responsible_person_id=person)
        )
        actions.create_action(
            s, actions.ActionInput("Klipp buskarna", responsible_organisation_id=housing)
        )
    with pytest.raises(InUseError) as refused, db.session() as s:
        contact_deletion.check_person_deletable(s, person)
    assert refused.value.message == (
        "”Oskar Lund” kan inte tas bort: personen är med i 2 grupper: "
        "Arbetsgrupp boende (Ledamot) och Styrgrupp (kontaktperson polisen). "
        "Ta först bort personen ur grupperna."
    )
    with db.session() as s:
        assert person_groups.leave_groups(s, person).group_count == 2
    with db.session() as s:
        assert person_groups.group_ties(s, person) == []
        assert groups.get_group(s, work).members == ()
        assert groups.get_group(s, steering).police_contact is None
    with pytest.raises(InUseError) as refused, db.session() as s:
        contact_deletion.delete_person(s, person)
    assert refused.value.message.startswith(
        "”Oskar Lund” kan inte tas bort: ansvarig för 1 åtgärd. Behåll personen i registret"
    )
    with pytest.raises(InUseError) as refused, db.session() as s:
        contact_deletion.check_organisation_deletable(s, housing)
    assert "1 person i kontaktregistret" in refused.value.message


def test_leaving_withdraws_the_invitations_to_meetings_still_to_come(db: Database) -> None:
    import datetime as dt

    from samverkan_desktop.models import Invitee, Meeting
    from samverkan_desktop.services import agenda, meetings

    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        group = group_editing.create_group(
            s, group_rows.GroupInput("Platssamverkan", GroupType.PLATSSAMVERKAN)
        )
        # A member before both meetings' days: each invites him when opened.
        membership_changes.add_member(s, group, person, joined_on=dt.date(2026, 10, 1))
        held, coming = (
            meetings.add_meeting(
                s, group, meetings.MeetingInput(dt.datetime(*day, 9), dt.datetime(*day, 10))
            )
            for day in ((2026, 11, 4), (2026, 12, 2))
        )
        for meeting in (held, coming):
            agenda.prepare(s, s.get_one(Meeting, meeting))  # opened: its own invitation list
        s.flush()
        # Withdrawn with the group, so not what keeps him in the register: the held one does,
        # and his membership since October, the group's history.
        assert contact_deletion.person_uses(s, person, now) == [
            "tidigare medlem i 1 grupp",
            "inbjuden till 1 möte",
        ]
        person_groups.leave_groups(s, person, now)
    with db.session() as s:
        invited = s.scalars(select(Invitee.meeting_id).where(Invitee.person_id == person)).all()
    assert invited == [held]


def test_deleting_with_the_groups_is_one_step_and_a_refusal_leaves_them_in_the_groups(
    db: Database,
) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Vikarie Västlund"))
        busy = contacts.create_person(s, PersonInput("Upptagen Person"))
        work = group_editing.create_group(
            s, group_rows.GroupInput("Arbetsgrupp boende", GroupType.ARBETSGRUPP)
        )
        membership_changes.add_member(s, work, person)
        membership_changes.add_member(s, work, busy)
        actions.create_action(s, actions.ActionInput("Byt lampor", responsible_person_id=busy))
    with db.session() as s:
        contact_deletion.delete_person(s, person, leaving_groups=True)
    with pytest.raises(InUseError), db.session() as s:
        contact_deletion.delete_person(s, busy, leaving_groups=True)
    with db.session() as s:
        assert [p.name for p in contacts.list_people(s)] == ["Upptagen Person"]
        assert [m.name for m in groups.get_group(s, work).members] == ["Upptagen Person"]
