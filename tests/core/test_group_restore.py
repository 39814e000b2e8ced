"""A group deleted by mistake comes back with Ångra as it was: its members with their roles and
days, its priority areas, its organisations taking part, its meeting rule and the meetings the
rule had planned. A group that held meetings is deleted without an undo (what it held would
come back only in part); another group taking its name meanwhile refuses the undo in words."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import AuditAction, GroupType, Meeting
from samverkan_desktop.services import (
    audit,
    contacts,
    group_editing,
    group_restore,
    groups,
    meeting_rules,
)
from samverkan_desktop.services.group_rows import GroupDetail, GroupInput
from samverkan_desktop.services.meeting_common import to_local
from tests.core.meeting_data import make_group

NAME = "Lokal beredningsgrupp"


def _as_it_reads(detail: GroupDetail) -> tuple[object, ...]:
    return (
        detail.name,
        detail.type,
        detail.status,
        detail.purpose,
        detail.starts_on,
        detail.priority_areas,
        detail.meeting_frequency,
        [(m.name, m.role, m.joined_on, m.organisation) for m in detail.members],
        [o.text() for o in detail.organisations],
    )


def _meeting_days(db: Database, group_id: int) -> list[dt.datetime]:
    with db.session() as s:
        starts = s.scalars(
            select(Meeting.starts_at)
            .where(Meeting.group_id == group_id)
            .order_by(Meeting.starts_at)
        )
        return [to_local(start) for start in starts]


def _group(db: Database, today: dt.date) -> int:
    with db.session() as s:
        areas = tuple(area.id for area in groups.list_priority_areas(s)[:2])
        group_id = make_group(s, NAME, priority_area_ids=areas, starts_on=dt.date(2025, 1, 1))
        mtr = contacts.create_organisation(s, contacts.OrganisationInput("MTR"))
        saved = dataclasses.replace(
            groups.get_group(s, group_id).to_input(),
            purpose="Samordna det lokala arbetet.",
            organisations=((mtr, "vid behov"),),
        )
        group_editing.update_group(s, group_id, saved, today)
        meeting_rules.set_rule_from_phrase(
            s, group_id, "första måndagen varje månad kl 9-11", starts_on=today, today=today
        )
    return group_id


def test_a_deleted_group_comes_back_with_its_members_areas_and_meetings(
    db: Database, today: dt.date
) -> None:
    group_id = _group(db, today)
    with db.session() as s:
        before = _as_it_reads(groups.get_group(s, group_id))
    days = _meeting_days(db, group_id)
    assert days  # the rule planned some
    with db.session() as s:
        deleted = group_editing.delete_group(s, group_id, today)
    assert deleted is not None
    with db.session() as s:
        assert [g.name for g in groups.list_groups(s)] == []
        back = group_restore.restore(s, deleted, today)
    with db.session() as s:
        assert [g.name for g in groups.list_groups(s)] == [NAME]
        assert _as_it_reads(groups.get_group(s, back)) == before
        assert meeting_rules.get_rule(s, back) is not None
    assert _meeting_days(db, back) == days


def test_a_group_that_held_meetings_is_deleted_without_an_undo(
    db: Database, today: dt.date
) -> None:
    group_id = _group(db, today)
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(
            s,
            group_id,
            "första måndagen varje månad kl 9-11",
            starts_on=today - dt.timedelta(days=120),
            today=today,
        )
        assert meeting_rules.add_past_meetings_as_held(s, group_id, today) > 0
    with db.session() as s:
        assert group_editing.delete_group(s, group_id, today) is None


def test_the_undo_is_refused_when_another_group_took_the_name(db: Database, today: dt.date) -> None:
    group_id = _group(db, today)
    with db.session() as s:
        deleted = group_editing.delete_group(s, group_id, today)
        assert deleted is not None
        group_editing.create_group(s, GroupInput(NAME, GroupType.ARBETSGRUPP))
    with db.session() as s, pytest.raises(ConflictError) as refused:
        group_restore.restore(s, deleted, today)
    assert refused.value.message == (
        "Det finns redan en grupp som heter ”Lokal beredningsgrupp”; inget ångrades."
    )


def _meetings(db: Database, group_id: int) -> list[tuple[int, dt.datetime]]:
    with db.session() as s:
        rows = s.execute(
            select(Meeting.id, Meeting.starts_at)
            .where(Meeting.group_id == group_id)
            .order_by(Meeting.starts_at)
        )
        return [(meeting_id, to_local(start)) for meeting_id, start in rows]


def test_the_group_and_its_meetings_come_back_under_their_own_numbers(
    db: Database, today: dt.date
) -> None:
    """The number the calendar, `samverkan groups show 7` and the audit trail know names the
    group again (it came back under a new one), its History reads on past the deletion, and
    its meetings keep theirs."""
    group_id = _group(db, today)
    meetings = _meetings(db, group_id)
    assert meetings
    with db.session() as s:
        deleted = group_editing.delete_group(s, group_id, today)
    assert deleted is not None
    with db.session() as s:
        assert group_restore.restore(s, deleted, today) == group_id
    assert _meetings(db, group_id) == meetings
    with db.session() as s:
        actions = [row.action for row in audit.history(s, "groups", group_id)]
        later = group_editing.create_group(s, GroupInput("Arbetsgrupp Gärdet", GroupType.NATVERK))
    # Newest first: the restore (its organisation's, its own), the deletion, what came before.
    assert actions[0] is AuditAction.RESTORE and AuditAction.DELETE in actions
    assert actions[-1] is AuditAction.INSERT
    assert later > group_id  # PostgreSQL's sequence untouched: a number of its own


def test_a_number_given_to_a_new_group_meanwhile_is_left_to_it(
    db: Database, today: dt.date
) -> None:
    """SQLite gives a new row the number of a deleted last row: the group then comes back under
    a new number, as a contact does, and the new group keeps its own."""
    group_id = _group(db, today)
    days = _meeting_days(db, group_id)
    with db.session() as s:
        deleted = group_editing.delete_group(s, group_id, today)
        assert deleted is not None
    with db.session() as s:
        newcomer = group_editing.create_group(
            s, GroupInput("Arbetsgrupp Gärdet", GroupType.NATVERK)
        )
    with db.session() as s:
        back = group_restore.restore(s, deleted, today)
    assert (back != group_id) == db.is_sqlite  # PostgreSQL's sequence never gives one twice
    with db.session() as s:
        assert groups.get_group(s, newcomer).name == "Arbetsgrupp Gärdet"
        assert groups.get_group(s, back).name == NAME
        # Its History starts with its own insert, no restore written onto its number.
        newest = audit.history(s, "groups", newcomer)[0]
        assert (newest.action, newest.summary.split(";")[0]) == (
            AuditAction.INSERT,
            "Namn: Arbetsgrupp Gärdet",
        )
    assert _meeting_days(db, back) == days


def test_a_meeting_whose_day_passed_before_the_undo_does_not_come_back(
    db: Database, today: dt.date
) -> None:
    group_id = _group(db, today)
    (first_id, first_start), *rest = _meetings(db, group_id)
    with db.session() as s:
        deleted = group_editing.delete_group(s, group_id, today)
        assert deleted is not None
    undone_on = first_start.date() + dt.timedelta(days=1)
    with db.session() as s:
        assert group_restore.restore(s, deleted, undone_on) == group_id
    assert _meetings(db, group_id)[: len(rest)] == rest
    assert first_id not in [meeting_id for meeting_id, _start in _meetings(db, group_id)]
