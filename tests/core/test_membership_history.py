"""A group keeps who was a member and when (migration 0034): removing a member ends the
membership on its last day, a slip added and removed today leaves nothing (one day of the past
stays), joining again is a new membership, the database holds one current membership per
person and group, and a report of an earlier period tells who sat in the group then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import InUseError
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import (
    contact_deletion,
    contacts,
    group_editing,
    group_leaving,
    group_rows,
    groups,
    membership_changes,
)
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.council_report import council_report
from tests.core.database_rules import refused, rows, sql
from tests.core.meeting_data import make_group

SPRING = dt.date(2026, 2, 2)
JUNE = dt.date(2026, 6, 15)
SEPTEMBER = dt.date(2026, 9, 1)
TODAY = dt.date(2026, 12, 3)


OnDay = Callable[[dt.date], None]


@pytest.fixture
def on_day(monkeypatch: pytest.MonkeyPatch) -> OnDay:
    """Sets the day the program reads as today."""

    def set_day(day: dt.date) -> None:
        monkeypatch.setattr(clock, "today", lambda: day)

    return set_day


def _group_and_person(db: Database, name: str = "Lina Ek") -> tuple[int, int]:
    with db.session() as s:
        group = group_editing.create_group(
            s, group_rows.GroupInput("Platssamverkan Stureplan", GroupType.PLATSSAMVERKAN)
        )
        person = contacts.create_person(s, PersonInput(name))
    return group, person


def test_the_database_holds_one_current_membership_per_person_and_group(db: Database) -> None:
    group, person = _group_and_person(db)
    insert = (
        "INSERT INTO memberships (group_id, person_id, role, joined_on, left_on) "
        "VALUES (:g, :p, 'member', :joined, :left)"
    )
    sql(db, insert, g=group, p=person, joined=SPRING, left=JUNE)  # a former membership
    sql(db, insert, g=group, p=person, joined=SEPTEMBER, left=None)  # and again now
    refused(db, insert, g=group, p=person, joined=TODAY, left=None)  # a second current one
    refused(db, insert, g=group, p=person, joined=JUNE, left=SPRING)  # left before joining
    assert len(rows(db, "SELECT id FROM memberships")) == 2


def test_removing_a_member_keeps_who_sat_in_the_group_and_joining_again_is_new(
    db: Database, on_day: OnDay
) -> None:
    group, person = _group_and_person(db)
    on_day(SPRING)
    first = db.call(membership_changes.add_member, group, person, MemberRole.SECRETARY)
    on_day(JUNE)
    db.call(membership_changes.remove_member, first)
    detail = db.call(groups.get_group, group)
    assert detail.members == ()
    assert [(m.name, m.role, m.joined_on, m.left_on) for m in detail.former_members] == [
        ("Lina Ek", MemberRole.SECRETARY, SPRING, JUNE)
    ]
    assert detail.former_members[0].role_text() == "Sekreterare, t.o.m. 2026-06-15"
    assert db.call(groups.list_groups)[0].member_count == 0

    on_day(SEPTEMBER)
    again = db.call(membership_changes.add_member, group, person)
    detail = db.call(groups.get_group, group)
    assert again != first
    assert [(m.id, m.joined_on, m.left_on) for m in detail.members] == [(again, SEPTEMBER, None)]
    assert [m.id for m in detail.former_members] == [first]


def test_a_member_added_by_mistake_and_removed_the_same_day_leaves_no_history(
    db: Database, on_day: OnDay
) -> None:
    group, person = _group_and_person(db)
    on_day(JUNE)
    membership = db.call(membership_changes.add_member, group, person)
    left = db.call(membership_changes.remove_member, membership)
    detail = db.call(groups.get_group, group)
    assert (detail.members, detail.former_members) == ((), ())
    db.call(group_leaving.come_back, left)  # Undo: back as joined that day
    assert [(m.name, m.joined_on) for m in db.call(groups.get_group, group).members] == [
        ("Lina Ek", JUNE)
    ]


def test_a_member_removed_as_of_an_earlier_day_they_joined_stays_a_member_that_day(
    db: Database, on_day: OnDay
) -> None:
    """Lina sat in the group on one day in June, told in September: the group keeps it (only a
    membership begun and ended today can be today's slip), and an Undo makes it current."""
    group, person = _group_and_person(db)
    on_day(JUNE)
    one_day = db.call(membership_changes.add_member, group, person, MemberRole.SECRETARY)
    on_day(SEPTEMBER)
    left = db.call(membership_changes.remove_member, one_day, left_on=JUNE)
    detail = db.call(groups.get_group, group)
    assert detail.members == ()
    assert [(m.id, m.joined_on, m.left_on) for m in detail.former_members] == [
        (one_day, JUNE, JUNE)
    ]
    assert detail.former_members[0].role_text() == "Sekreterare, t.o.m. 2026-06-15"
    db.call(group_leaving.come_back, left)
    assert [(m.id, m.joined_on, m.left_on) for m in db.call(groups.get_group, group).members] == [
        (one_day, JUNE, None)
    ]


def test_a_member_added_today_for_an_earlier_day_and_removed_as_of_it_stays_that_day(
    db: Database, on_day: OnDay
) -> None:
    """Added in September as a member from June and removed as of that June day: a one-day
    membership of the past, not today's slip (it was not begun today)."""
    group, person = _group_and_person(db)
    on_day(SEPTEMBER)
    one_day = db.call(membership_changes.add_member, group, person, joined_on=JUNE)
    db.call(membership_changes.remove_member, one_day, left_on=JUNE)
    assert [
        (m.id, m.joined_on, m.left_on) for m in db.call(groups.get_group, group).former_members
    ] == [(one_day, JUNE, JUNE)]


def test_undo_of_a_removal_makes_the_same_membership_current_again(
    db: Database, on_day: OnDay
) -> None:
    group, person = _group_and_person(db)
    on_day(SPRING)
    membership = db.call(membership_changes.add_member, group, person, MemberRole.CONVENER)
    on_day(JUNE)
    left = db.call(membership_changes.remove_member, membership)
    db.call(group_leaving.come_back, left)
    detail = db.call(groups.get_group, group)
    assert [(m.id, m.role, m.joined_on, m.left_on) for m in detail.members] == [
        (membership, MemberRole.CONVENER, SPRING, None)
    ]
    assert detail.former_members == ()


def test_a_report_of_an_earlier_period_tells_who_sat_in_the_group_then(
    db: Database, on_day: OnDay
) -> None:
    on_day(dt.date(2025, 12, 1))
    with db.session() as s:
        group = make_group(
            s,
            "Platssamverkan Hässelby torg",
            type=GroupType.PLATSSAMVERKAN,
            members=("Anna Berglund",),
        )
        leaving = contacts.create_person(s, PersonInput("Maja Lindgren"))
        joining = contacts.create_person(s, PersonInput("Erik Nyberg"))
        membership = membership_changes.add_member(s, group, leaving)
    on_day(JUNE)  # she leaves after T1
    db.call(membership_changes.remove_member, membership)
    on_day(SEPTEMBER)  # he joins after T1
    db.call(membership_changes.add_member, group, joining)
    on_day(TODAY)

    def members_of(first: dt.date, last: dt.date) -> list[str]:
        with db.session() as s:
            report = council_report(s, first, last, today=TODAY)
        (part,) = report.place_collaborations
        return sorted(m.name for m in part.members)

    assert members_of(dt.date(2026, 1, 1), dt.date(2026, 4, 30)) == [
        "Anna Berglund",
        "Maja Lindgren",
    ]
    assert members_of(dt.date(2026, 9, 1), dt.date(2026, 12, 31)) == [
        "Anna Berglund",
        "Erik Nyberg",
    ]


def test_a_former_member_stays_in_the_register(db: Database, on_day: OnDay) -> None:
    group, person = _group_and_person(db)
    on_day(SPRING)
    membership = db.call(membership_changes.add_member, group, person)
    on_day(JUNE)
    db.call(membership_changes.remove_member, membership)
    with pytest.raises(InUseError) as refused_delete:
        db.call(contact_deletion.delete_person, person)
    assert "tidigare medlem i 1 grupp" in refused_delete.value.message
