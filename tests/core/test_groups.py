"""Groups: create, edit, filter, end, members, and the rules the database guards."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.models import Group, GroupStatus, GroupType, MemberRole
from samverkan_desktop.services import contacts, group_editing, groups, meetings, membership_changes
from samverkan_desktop.services.group_rows import GroupInput


def _area_ids(db: Database, *codes: str) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(a.id for a in groups.list_priority_areas(s) if a.code in codes)


def test_create_group_with_priority_areas_and_filter_by_type_area_status(db: Database) -> None:
    school = _area_ids(db, "school_as_crime_scene")
    with db.session() as s:
        group_editing.create_group(
            s,
            GroupInput(
                "Arbetsgrupp skolan",
                GroupType.ARBETSGRUPP,
                priority_area_ids=school,
                meeting_frequency="1 gång/månad (ej juni-aug)",
            ),
        )
        group_editing.create_group(s, GroupInput("Styrgrupp", GroupType.STYRGRUPP))
        group_editing.create_group(
            s, GroupInput("Gammal grupp", GroupType.ARBETSGRUPP, status=GroupStatus.ENDED)
        )
    with db.session() as s:
        assert [g.name for g in groups.list_groups(s, type=GroupType.ARBETSGRUPP)] == [
            "Arbetsgrupp skolan",
            "Gammal grupp",
        ]
        assert [g.name for g in groups.list_groups(s, priority_area_id=school[0])] == [
            "Arbetsgrupp skolan"
        ]
        assert [g.name for g in groups.list_groups(s, status=GroupStatus.ACTIVE)] == [
            "Arbetsgrupp skolan",
            "Styrgrupp",
        ]
        assert [g.name for g in groups.list_groups(s, "juni")] == ["Arbetsgrupp skolan"]
        assert groups.list_groups(s, "skolan")[0].priority_areas == ("Skolan som brottsplats",)


def test_term_ending_before_start_is_refused_by_service_and_database(db: Database) -> None:
    data = GroupInput(
        "X", GroupType.ARBETSGRUPP, starts_on=dt.date(2026, 3, 1), term_until=dt.date(2026, 2, 1)
    )
    with pytest.raises(ValidationError) as error, db.session() as s:
        group_editing.create_group(s, data)
    assert error.value.field == "term_until"
    assert "innan" in error.value.message
    # The database itself holds the rule too.
    with pytest.raises(ConflictError, match="databasens regler"), db.session() as s:
        s.add(
            Group(
                name="Y",
                type=GroupType.ARBETSGRUPP,
                starts_on=dt.date(2026, 3, 1),
                term_until=dt.date(2026, 2, 1),
            )
        )
        s.flush()


def test_duplicate_group_name_is_refused_and_nothing_changes(db: Database) -> None:
    with db.session() as s:
        first = group_editing.create_group(s, GroupInput("Trygghetsråd", GroupType.TRYGGHETSRAD))
        second = group_editing.create_group(s, GroupInput("Chefsamråd", GroupType.CHEFSAMRAD))
    with pytest.raises(ConflictError) as error, db.session() as s:
        group_editing.update_group(s, second, GroupInput("TRYGGHETSRÅD", GroupType.CHEFSAMRAD))
    assert error.value.field == "name"
    with db.session() as s:
        assert groups.get_group(s, second).name == "Chefsamråd"
        assert groups.get_group(s, first).name == "Trygghetsråd"


def test_end_group_keeps_it_with_an_end_date(db: Database) -> None:
    with db.session() as s:
        gid = group_editing.create_group(
            s, GroupInput("Arbetsgrupp", GroupType.ARBETSGRUPP, starts_on=dt.date(2025, 1, 1))
        )
    with pytest.raises(ValidationError), db.session() as s:
        group_editing.end_group(s, gid, dt.date(2024, 12, 31))
    with db.session() as s:
        group_editing.end_group(s, gid, dt.date(2026, 6, 30))
    with db.session() as s:
        detail = groups.get_group(s, gid)
    assert (detail.status, detail.ended_on) == (GroupStatus.ENDED, dt.date(2026, 6, 30))


def test_members_with_roles_sorted_convener_first_and_no_duplicates(db: Database) -> None:
    with db.session() as s:
        anna = contacts.create_person(s, contacts.PersonInput("Anna Berglund"))
        sara = contacts.create_person(s, contacts.PersonInput("Sara Holm", "Kommunpolis"))
        gid = group_editing.create_group(
            s, GroupInput("Beredningsgrupp", GroupType.BEREDNINGSGRUPP)
        )
        membership_changes.add_member(s, gid, sara)
        membership = membership_changes.add_member(s, gid, anna, MemberRole.MEMBER)
        membership_changes.set_member_role(s, membership, MemberRole.CONVENER)
    with pytest.raises(ConflictError, match="redan medlem"), db.session() as s:
        membership_changes.add_member(s, gid, sara)
    with db.session() as s:
        members = groups.get_group(s, gid).members
        assert [(m.name, m.role) for m in members] == [
            ("Anna Berglund", MemberRole.CONVENER),
            ("Sara Holm", MemberRole.MEMBER),
        ]
        membership_changes.remove_member(s, members[1].id)
    with db.session() as s:
        assert [m.name for m in groups.get_group(s, gid).members] == ["Anna Berglund"]


def test_demo_district_has_groups_of_many_types_and_people(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = groups.list_groups(s)
        people = contacts.list_people(s)
    assert len(rows) >= 8
    assert len({r.type for r in rows}) >= 4
    assert len(people) >= 10
    assert any(r.name == "Lokal styrgrupp Östermalm" for r in rows)


def test_ended_by_its_status_in_the_form_a_group_ends_today_as_end_group_does(
    demo_db: Database,
) -> None:
    from samverkan_desktop.services import calendar
    from samverkan_desktop.services.calendar import CalendarFilter

    today = clock.today()
    with demo_db.session() as s:
        gid = next(r.id for r in groups.list_groups(s) if r.name.startswith("Lokal beredning"))
        later = (today + dt.timedelta(days=1), today + dt.timedelta(days=400))
        only = CalendarFilter(group_ids=(gid,), include_cancelled=False)
        ahead = calendar.list_calendar(s, *later, only)
        assert len(ahead) > 1  # its rule plans meetings ahead
        # The example district plans its next meeting's agenda in minutes: the user's work,
        # which ending the group keeps (as minutes or a moved meeting).
        timed = [
            r.id for r in ahead if any(i.minutes for i in meetings.get_meeting(s, r.id).agenda)
        ]
        data = groups.get_group(s, gid).to_input()
        group_editing.update_group(
            s, gid, dataclasses.replace(data, status=GroupStatus.ENDED), today=today
        )
    with demo_db.session() as s:
        detail = groups.get_group(s, gid)
        # Before, it was "Avslutad" without an end date, its planned meetings still ahead.
        assert (detail.status, detail.ended_on) == (GroupStatus.ENDED, today)
        assert [r.id for r in calendar.list_calendar(s, *later, only)] == timed
        # Edited again while ended, it keeps its end date.
        group_editing.update_group(s, gid, detail.to_input(), today=today + dt.timedelta(days=5))
    with demo_db.session() as s:
        assert groups.get_group(s, gid).ended_on == today


def test_a_group_starting_later_cannot_be_ended_today_by_its_status(db: Database) -> None:
    with db.session() as s:
        gid = group_editing.create_group(
            s, GroupInput("Arbetsgrupp", GroupType.ARBETSGRUPP, starts_on=dt.date(2027, 1, 1))
        )
    with pytest.raises(ValidationError, match="2027-01-01") as error, db.session() as s:
        group_editing.update_group(
            s,
            gid,
            GroupInput(
                "Arbetsgrupp",
                GroupType.ARBETSGRUPP,
                status=GroupStatus.ENDED,
                starts_on=dt.date(2027, 1, 1),
            ),
            today=dt.date(2026, 12, 1),
        )
    assert error.value.field == "status"
