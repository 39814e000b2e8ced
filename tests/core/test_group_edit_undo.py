"""Undo of the group form's save ("Redigera…" → Ångra): the group's fields as before the save,
members moved to a later start given their first day back, a group the save brought back from
its end ended again on its own day; refused, nothing changed, when changed since."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ChangedSinceError
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import (
    contacts,
    group_edit_undo,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from samverkan_desktop.services.contacts import PersonInput

TODAY = dt.date(2026, 12, 1)
FORMED = dt.date(2026, 1, 12)
LATER = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _group(db: Database) -> int:
    with db.session() as s:
        group = group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Trygghetsråd Södermalm",
                GroupType.TRYGGHETSRAD,
                purpose="Samordna det lokala arbetet",
                starts_on=FORMED,
            ),
        )
        person = contacts.create_person(s, PersonInput("Anna Berglund"))
        membership_changes.add_member(s, group, person, joined_on=FORMED)
    return group


def _edit(db: Database, group: int, **changes: object) -> tuple[group_rows.GroupDetail, int]:
    """The form's save: the group as read before it, and the version it left."""
    before = db.call(groups.get_group, group)
    data = dataclasses.replace(before.to_input(), **changes)  # type: ignore[arg-type]
    db.call(group_editing.update_group, group, data)
    return before, db.call(groups.get_group, group).version


def test_undo_puts_the_fields_back(db: Database) -> None:
    group = _group(db)
    before, saved = _edit(db, group, name="Trygghetsråd Katarina", purpose=None, follow_up_t1=True)
    db.call(group_edit_undo.undo_edit, before, saved)
    after = db.call(groups.get_group, group)
    assert (after.name, after.purpose, after.follow_up_t1) == (
        "Trygghetsråd Södermalm",
        "Samordna det lokala arbetet",
        False,
    )


def test_undo_of_a_later_start_gives_the_members_their_first_day_back(db: Database) -> None:
    group = _group(db)
    before, saved = _edit(db, group, starts_on=LATER)
    assert db.call(groups.get_group, group).members[0].joined_on == LATER
    db.call(group_edit_undo.undo_edit, before, saved)
    after = db.call(groups.get_group, group)
    assert (after.starts_on, after.members[0].joined_on) == (FORMED, FORMED)


def test_undo_of_bringing_an_ended_group_back_ends_it_on_its_own_day(db: Database) -> None:
    group = _group(db)
    ended_on = dt.date(2026, 11, 20)
    db.call(group_editing.end_group, group, ended_on)
    before, saved = _edit(db, group, status=GroupStatus.ACTIVE)
    assert db.call(groups.get_group, group).ended_on is None
    db.call(group_edit_undo.undo_edit, before, saved)
    after = db.call(groups.get_group, group)
    assert (after.status, after.ended_on) == (GroupStatus.ENDED, ended_on)


def test_undo_is_refused_when_the_group_changed_since(db: Database) -> None:
    group = _group(db)
    before, saved = _edit(db, group, name="Trygghetsråd Katarina")
    _edit(db, group, purpose="Ett annat syfte")  # another desk's save
    with pytest.raises(ChangedSinceError, match="ändrades vid en annan dator"):
        db.call(group_edit_undo.undo_edit, before, saved)
    after = db.call(groups.get_group, group)
    assert (after.name, after.purpose) == ("Trygghetsråd Katarina", "Ett annat syfte")
