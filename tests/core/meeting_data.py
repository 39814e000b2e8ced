"""Small builders shared by the meeting tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import contacts, group_editing, group_rows, membership_changes

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TODAY = dt.date(2026, 11, 23)  # a Monday


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=STOCKHOLM)


def _since_start(starts_on: dt.date | None) -> dt.date | None:
    """Members since a group that started sat in it from its start, so each meeting on a day
    since invites them (a meeting invites the members of its day); a group still to start
    names them today."""
    return starts_on if starts_on is not None and starts_on <= clock.today() else None


def make_group(
    session: Session,
    name: str = "Lokal beredningsgrupp",
    *,
    type: GroupType = GroupType.BEREDNINGSGRUPP,
    members: tuple[str, ...] = ("Anna Berglund", "Sara Holm"),
    starts_on: dt.date | None = dt.date(2025, 1, 1),
    term_until: dt.date | None = None,
    priority_area_ids: tuple[int, ...] = (),
) -> int:
    police = contacts.create_organisation(session, contacts.OrganisationInput(f"Polisen {name}"))
    group_id = group_editing.create_group(
        session,
        group_rows.GroupInput(
            name,
            type,
            starts_on=starts_on,
            term_until=term_until,
            priority_area_ids=priority_area_ids,
        ),
    )
    for index, person in enumerate(members):
        person_id = contacts.create_person(
            session,
            contacts.PersonInput(person, organisation_id=police if index else None),
        )
        membership_changes.add_member(
            session,
            group_id,
            person_id,
            MemberRole.CONVENER if index == 0 else MemberRole.MEMBER,
            joined_on=_since_start(starts_on),
        )
    return group_id
