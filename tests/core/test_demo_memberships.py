"""The demo's memberships have their history: each joined on its group's start or later, two
members left during the past year (so "Visa tidigare medlemmar", the structure appendix and
reports of an earlier period show someone real), and a former member is on the invitation
lists of the meetings before they left, not after."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.demo.memberships import FORMER, left_on
from samverkan_desktop.models import Invitee, Meeting, Person
from samverkan_desktop.reports.group_structure import build_structure
from samverkan_desktop.services import groups
from samverkan_desktop.services.meeting_common import to_local
from tests.core.test_group_structure_printout import group_id, text_of

COUNCIL = "Trygghetsråd Östermalm"


def test_every_member_joined_on_the_groups_start_or_later(demo_db: Database) -> None:
    today = clock.today()
    later = 0
    with demo_db.session() as s:
        for row in groups.list_groups(s):
            group = groups.get_group(s, row.id)
            for member in (*group.members, *group.former_members):
                assert member.joined_on is not None, (group.name, member.name)
                assert member.joined_on <= today, (group.name, member.name)
                if group.starts_on is not None and group.starts_on <= today:
                    assert member.joined_on >= group.starts_on, (group.name, member.name)
                    later += member.joined_on > group.starts_on
    assert later >= 3  # not everyone from the first day


def test_two_members_left_during_the_past_year(demo_db: Database) -> None:
    today = clock.today()
    with demo_db.session() as s:
        former = {
            (row.name, m.name, m.left_on)
            for row in groups.list_groups(s)
            for m in groups.get_group(s, row.id).former_members
        }
    assert {(f.group, f.name, left_on(f, today)) for f in FORMER} == former
    assert all(day and today - dt.timedelta(days=365) < day < today for *_n, day in former)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_council_before_the_chair_left_lists_her(demo_db: Database, tmp_path: Path) -> None:
    chair = next(f for f in FORMER if f.group == COUNCIL)
    last = left_on(chair, clock.today())

    def council_part(day: dt.date) -> str:
        words = " ".join(text_of(demo_db.call(build_structure, day), tmp_path).split())
        return words.split(f"{COUNCIL} Syfte", 1)[1].split("Chefsamråd", 1)[0]

    assert "ordförande (pensionärsrådet östermalm)" in council_part(last).lower()
    assert "Pensionärsrådet" not in council_part(clock.today())


def test_a_former_member_is_invited_only_to_the_meetings_before_leaving(
    demo_db: Database,
) -> None:
    chair = next(f for f in FORMER if f.group == COUNCIL)
    last = left_on(chair, clock.today())
    with demo_db.session() as s:
        invited_on = s.scalars(
            select(Meeting.starts_at)
            .join(Invitee, Invitee.meeting_id == Meeting.id)
            .join(Person, Person.id == Invitee.person_id)
            .where(Meeting.group_id == group_id(s, COUNCIL), Person.name == chair.name)
        ).all()
        held = s.scalars(
            select(Meeting.starts_at).where(
                Meeting.group_id == group_id(s, COUNCIL), Meeting.prepared.is_(True)
            )
        ).all()
    days = [to_local(at).date() for at in invited_on]
    assert days and all(day <= last for day in days)
    assert any(to_local(at).date() > last for at in held)  # a meeting after she left, without her
