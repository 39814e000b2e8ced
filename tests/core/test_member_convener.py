"""A member made "Sammankallande" of a group that names no convener becomes the group's
convener, which its details, notices and agendas read: the members' list said who convened it
while the group itself named nobody. A convener already named stays."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from samverkan_desktop.services.contacts import PersonInput


def _group(db: Database, convener: int | None = None) -> int:
    with db.session() as s:
        return group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Arbetsgrupp Humlegården", GroupType.ARBETSGRUPP, convener_id=convener
            ),
        )


def _person(db: Database, name: str) -> int:
    with db.session() as s:
        return contacts.create_person(s, PersonInput(name))


def _convener(db: Database, group_id: int) -> str | None:
    with db.session() as s:
        return groups.get_group(s, group_id).convener


def test_a_member_added_as_convener_convenes_a_group_without_one(db: Database) -> None:
    group, anna = _group(db), _person(db, "Anna Berglund")
    with db.session() as s:
        membership_changes.add_member(s, group, anna, MemberRole.CONVENER)
    assert _convener(db, group) == "Anna Berglund"


def test_a_member_given_the_role_convener_convenes_a_group_without_one(db: Database) -> None:
    group, anna = _group(db), _person(db, "Anna Berglund")
    with db.session() as s:
        membership = membership_changes.add_member(s, group, anna)
    assert _convener(db, group) is None  # a member only
    with db.session() as s:
        membership_changes.set_member_role(s, membership, MemberRole.CONVENER)
    assert _convener(db, group) == "Anna Berglund"


def test_a_convener_already_named_stays(db: Database) -> None:
    lina, anna = _person(db, "Lina Forsberg"), _person(db, "Anna Berglund")
    group = _group(db, convener=lina)
    with db.session() as s:
        membership_changes.add_member(s, group, anna, MemberRole.CONVENER)
    assert _convener(db, group) == "Lina Forsberg"
