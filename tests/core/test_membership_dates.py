"""The first and last day of a membership given by the user (the add-member dialog, the
removal's confirmation, ``groups add-member --joined`` / ``remove-member --left``), and the
invitation lists that follow them: a meeting opened invites those who sat in the group on its
day, a member added from an earlier day is invited to the meetings still planned from that day,
one removed as of an earlier day leaves those after it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Group, GroupType, Membership
from samverkan_desktop.services import (
    agenda,
    contacts,
    group_editing,
    group_rows,
    meetings,
    membership_changes,
    membership_dates,
)
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.meeting_common import day_start
from tests.core.member_meetings import invited_to, meeting_on
from tests.days import days_ago, days_ahead

# Each test reads its days on the day it runs, the clock held there (the ``today`` fixture).
pytestmark = pytest.mark.usefixtures("today")

START_DAYS_AGO = 400  # the group most tests use started this many days ago


def _start() -> dt.date:
    return days_ago(START_DAYS_AGO)


def _at_nine(day: dt.date) -> tuple[int, int, int]:
    return (day.year, day.month, day.day)


def _group(s, starts_on: dt.date | None = None) -> int:  # type: ignore[no-untyped-def]
    """A group starting on ``starts_on``, by default START_DAYS_AGO days ago."""
    return group_editing.create_group(
        s,
        group_rows.GroupInput(
            "Platssamverkan Karlaplan", GroupType.PLATSSAMVERKAN, starts_on=starts_on or _start()
        ),
    )


def _membership(s, membership_id: int) -> Membership:  # type: ignore[no-untyped-def]
    found = s.get(Membership, membership_id)
    assert found is not None
    return found


def test_a_meeting_opened_after_its_day_invites_who_sat_in_the_group_then(db: Database) -> None:
    with db.session() as s:
        group = _group(s)
        stayed = contacts.create_person(s, PersonInput("Lina Ek"))
        leaver = contacts.create_person(s, PersonInput("Omar Saleh"))
        newcomer = contacts.create_person(s, PersonInput("Nora Berg"))
        membership_changes.add_member(s, group, stayed, joined_on=_start())
        left = membership_changes.add_member(s, group, leaver, joined_on=_start())
        membership_changes.remove_member(s, left, left_on=days_ago(60))
        membership_changes.add_member(s, group, newcomer, joined_on=days_ago(30))
        # Not opened until now: each takes the members of its own day.
        before_leaving = meeting_on(s, group, _at_nine(days_ago(90)), opened=False)
        between = meeting_on(s, group, _at_nine(days_ago(45)), opened=False)
        on_the_last_day = meeting_on(s, group, _at_nine(days_ago(60)), opened=False)
        coming = meeting_on(s, group, _at_nine(days_ahead(20)), opened=False)
        for meeting in (before_leaving, between, on_the_last_day, coming):
            agenda.prepared_meeting(s, meeting)
    with db.session() as s:
        assert invited_to(s, stayed) == sorted([before_leaving, between, on_the_last_day, coming])
        assert invited_to(s, leaver) == sorted([before_leaving, on_the_last_day])
        assert invited_to(s, newcomer) == [coming]


def test_a_member_joined_earlier_is_invited_to_the_meetings_still_planned_from_that_day(
    db: Database,
) -> None:
    with db.session() as s:
        group = _group(s)
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        before = meeting_on(s, group, _at_nine(days_ago(40)))  # opened, planned, before joining
        since = meeting_on(s, group, _at_nine(days_ago(10)))  # opened, never marked held
        held = meeting_on(s, group, _at_nine(days_ago(5)))
        meetings.mark_held(s, held)
        coming = meeting_on(s, group, _at_nine(days_ahead(9)))
        membership = membership_changes.add_member(s, group, person, joined_on=days_ago(20))
    with db.session() as s:
        assert _membership(s, membership).joined_on == days_ago(20)
        assert invited_to(s, person) == sorted([since, coming])  # the held one keeps its list
        assert before not in invited_to(s, person)


def test_a_member_removed_as_of_an_earlier_day_leaves_the_meetings_after_it(
    db: Database,
) -> None:
    with db.session() as s:
        group = _group(s)
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        member = membership_changes.add_member(s, group, person, joined_on=days_ago(100))
        on_the_day = meeting_on(s, group, _at_nine(days_ago(30)))
        after = meeting_on(s, group, _at_nine(days_ago(20)))  # planned, never marked held
        coming = meeting_on(s, group, _at_nine(days_ahead(9)))
        left = membership_changes.remove_member(s, member, left_on=days_ago(30))
    assert (left.left_on, left.meeting_count) == (days_ago(30), 2)
    with db.session() as s:
        assert _membership(s, member).left_on == days_ago(30)
        assert invited_to(s, person) == [on_the_day]
        assert not {after, coming} & set(invited_to(s, person))


@pytest.mark.parametrize(
    ("joined_days_ago", "message"),
    [
        (-1, "En medlem går med senast i dag"),  # tomorrow
        (START_DAYS_AGO + 1, "startade {start}: en medlem går med tidigast"),
    ],
)
def test_a_first_day_to_come_or_before_the_start_is_refused(
    db: Database, joined_days_ago: int, message: str
) -> None:
    with db.session() as s:
        group = _group(s)
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
    expected = message.format(start=_start().isoformat())
    with pytest.raises(ValidationError, match=expected) as refused:
        db.call(membership_changes.add_member, group, person, joined_on=days_ago(joined_days_ago))
    assert refused.value.field == "joined_on"
    with db.session() as s:
        assert s.scalars(select(Membership).where(Membership.person_id == person)).all() == []


def test_a_group_still_to_start_names_its_membersdays_ahead(db: Database) -> None:
    with db.session() as s:
        group = _group(s, starts_on=days_ahead(30))
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        member = membership_changes.add_member(s, group, person, joined_on=days_ago(7))
    with db.session() as s:
        assert _membership(s, member).joined_on == days_ago(7)


def test_joining_again_begins_after_the_earlier_membership(db: Database) -> None:
    with db.session() as s:
        group = _group(s)
        person = contacts.create_person(s, PersonInput("Birgitta Falk"))
        first = membership_changes.add_member(s, group, person, joined_on=days_ago(200))
        membership_changes.remove_member(s, first, left_on=days_ago(50))
    with pytest.raises(ValidationError, match=f"t.o.m. {days_ago(50).isoformat()}: ett nytt"):
        db.call(membership_changes.add_member, group, person, joined_on=days_ago(50))
    again = db.call(membership_changes.add_member, group, person, joined_on=days_ago(49))
    with db.session() as s:
        assert _membership(s, again).joined_on == days_ago(49)


@pytest.mark.parametrize(
    ("last_days_ago", "message"),
    [
        (-1, "Sista dagen som medlem är senast i dag"),  # tomorrow
        (21, "blev medlem {joined}: sista dagen kan inte vara tidigare"),
    ],
)
def test_a_last_day_to_come_or_before_joining_is_refused(
    db: Database, last_days_ago: int, message: str
) -> None:
    with db.session() as s:
        group = _group(s)
        person = contacts.create_person(s, PersonInput("Jonas Björk"))
        member = membership_changes.add_member(s, group, person, joined_on=days_ago(20))
    expected = message.format(joined=days_ago(20).isoformat())
    with pytest.raises(ValidationError, match=expected) as refused:
        db.call(membership_changes.remove_member, member, left_on=days_ago(last_days_ago))
    assert refused.value.field == "left_on"
    with db.session() as s:
        assert _membership(s, member).left_on is None


def test_a_group_registered_today_offers_its_start_as_the_first_day(db: Database) -> None:
    today, start = clock.today(), _start()
    with db.session() as s:
        registered_today = _group(s)
        kept_long = group_editing.create_group(
            s, group_rows.GroupInput("Trygghetsråd", GroupType.TRYGGHETSRAD, starts_on=start)
        )
        found = s.get(Group, kept_long)
        assert found is not None
        found.created_at = day_start(start)  # registered as it formed
        no_start = group_editing.create_group(
            s, group_rows.GroupInput("Nätverk", GroupType.NATVERK)
        )
    offered = db.call(membership_dates.offered_join_day, registered_today)
    assert (offered.day, offered.group_start, offered.since_start) == (start, start, True)
    offered = db.call(membership_dates.offered_join_day, kept_long)
    assert (offered.day, offered.group_start, offered.since_start) == (today, start, False)
    offered = db.call(membership_dates.offered_join_day, no_start)
    assert (offered.day, offered.group_start) == (today, None)
