"""A group's start (the form's 'Startdatum', ``groups edit --starts``) moved later than its
members' first days: those who joined the day it was formed are members from the new start; one
who joined on another earlier day, or left before the new start, stops the change, named (a
few, then "och N till") with the start that would fit."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from samverkan_desktop.services.contacts import PersonInput
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)
FORMED = dt.date(2026, 1, 12)
LATER = dt.date(2026, 3, 2)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _group(db: Database, members: dict[str, dt.date]) -> int:
    """A group formed ``FORMED`` with members joined on the days given."""
    with db.session() as s:
        group = group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Trygghetsråd Södermalm", GroupType.TRYGGHETSRAD, starts_on=FORMED
            ),
        )
        for name, joined in members.items():
            person = contacts.create_person(s, PersonInput(name))
            membership_changes.add_member(s, group, person, joined_on=joined)
    return group


def _move_start(db: Database, group: int, start: dt.date | None) -> None:
    detail = db.call(groups.get_group, group)
    data = dataclasses.replace(detail.to_input(), starts_on=start)
    db.call(group_editing.update_group, group, data)


def _first_days(db: Database, group: int) -> dict[str, dt.date | None]:
    detail = db.call(groups.get_group, group)
    return {m.name: m.joined_on for m in (*detail.members, *detail.former_members)}


def test_members_since_the_group_was_formed_follow_a_later_start(db: Database) -> None:
    group = _group(db, {"Anna Berglund": FORMED, "Sara Holm": FORMED, "Per Ek": LATER})
    _move_start(db, group, LATER)
    assert db.call(groups.get_group, group).starts_on == LATER
    assert _first_days(db, group) == {"Anna Berglund": LATER, "Sara Holm": LATER, "Per Ek": LATER}


def test_an_earlier_start_leaves_the_members_first_days(db: Database) -> None:
    group = _group(db, {"Anna Berglund": FORMED})
    _move_start(db, group, dt.date(2025, 9, 1))
    assert _first_days(db, group) == {"Anna Berglund": FORMED}


def test_a_member_who_joined_before_the_new_start_on_another_day_stops_it(db: Database) -> None:
    group = _group(db, {"Anna Berglund": FORMED, "Sara Holm": dt.date(2026, 2, 3)})
    with pytest.raises(ValidationError) as refused:
        _move_start(db, group, LATER)
    assert refused.value.message == (
        "Sara Holm blev medlem i ”Trygghetsråd Södermalm” före 2026-03-02: låt gruppen "
        "starta senast 2026-02-03."
    )
    assert refused.value.field == "starts_on"
    assert db.call(groups.get_group, group).starts_on == FORMED
    assert _first_days(db, group) == {"Anna Berglund": FORMED, "Sara Holm": dt.date(2026, 2, 3)}


def test_a_founder_who_left_before_the_new_start_stops_it_and_many_are_named_briefly(
    db: Database,
) -> None:
    joined = {
        "Anna Berglund": dt.date(2026, 2, 3),
        "Bo Ek": dt.date(2026, 2, 4),
        "Cecilia Lund": dt.date(2026, 2, 5),
        "David Holm": dt.date(2026, 2, 6),
        "Eva Strand": FORMED,
    }
    group = _group(db, joined)
    eva = next(m for m in db.call(groups.get_group, group).members if m.name == "Eva Strand")
    db.call(membership_changes.remove_member, eva.id, left_on=dt.date(2026, 2, 28))
    with pytest.raises(ValidationError) as refused:
        _move_start(db, group, LATER)
    assert refused.value.message == (
        "Eva Strand, Anna Berglund, Bo Ek och 2 till blev medlemmar i ”Trygghetsråd Södermalm” "
        "före 2026-03-02: låt gruppen starta senast 2026-01-12."
    )


def test_a_group_moved_to_start_later_than_today_names_its_members_ahead(db: Database) -> None:
    group = _group(db, {"Anna Berglund": dt.date(2026, 2, 3)})
    _move_start(db, group, dt.date(2027, 1, 1))
    assert _first_days(db, group) == {"Anna Berglund": dt.date(2026, 2, 3)}


def test_groups_edit_starts_refuses_in_one_line_and_moves_the_founders(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = _group(db, {"Anna Berglund": FORMED, "Sara Holm": dt.date(2026, 2, 3)})
    words = ("--db", db.url, "groups", "edit", str(group), "--starts")
    assert run_cli(capsys, *words, LATER.isoformat()) == (
        1,
        "",
        "Fel: Sara Holm blev medlem i ”Trygghetsråd Södermalm” före 2026-03-02: låt "
        "gruppen starta senast 2026-02-03.\n",
    )
    code, _out, err = run_cli(capsys, *words, "2026-02-03")
    assert (code, err) == (0, "")
    assert _first_days(db, group) == {
        "Anna Berglund": dt.date(2026, 2, 3),
        "Sara Holm": dt.date(2026, 2, 3),
    }
