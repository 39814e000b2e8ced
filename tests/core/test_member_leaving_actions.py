"""A member who leaves a group with open actions from it: they are listed, and can be handed
over to another member in the same unit of work as the removal, each change in the actions'
history; an Undo gives them back. A successor who is not a member is refused, nothing done."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Action
from samverkan_desktop.services import audit, group_leaving, group_rows, groups, membership_changes
from tests.core.test_group_structure_printout import PLACE, group_id

LEAVER = "Fredrik Dahl"  # Sturegallerian, holds the place collaboration's overdue action
SUCCESSOR = "Anna Berglund"


def _member(db: Database, name: str) -> group_rows.MemberRow:
    with db.session() as s:
        return next(m for m in groups.get_group(s, group_id(s, PLACE)).members if m.name == name)


def _responsible(db: Database, action_id: int) -> str | None:
    with db.session() as s:
        action = s.get(Action, action_id)
        assert action is not None
        return action.responsible_person.name if action.responsible_person else None


def test_the_leaver_s_open_actions_are_listed_and_handed_over_then_given_back(
    demo_db: Database,
) -> None:
    leaver, successor = _member(demo_db, LEAVER), _member(demo_db, SUCCESSOR)
    with demo_db.session() as s:
        place = group_id(s, PLACE)
        actions = group_leaving.open_actions(s, leaver.person_id, place)
    assert [a.title for a in actions] == [
        "Upprätta en kontaktkedja mellan verksamheterna kring Stureplan"
    ]
    (action,) = actions
    with demo_db.session() as s:
        left = membership_changes.remove_member(s, leaver.id, None, successor.person_id)
    assert left.handed_over == (action.id,)
    assert _responsible(demo_db, action.id) == SUCCESSOR
    with demo_db.session() as s:
        assert LEAVER not in [m.name for m in groups.get_group(s, place).members]
        latest = audit.history(s, "actions", action.id)[0]
    assert f"{LEAVER} → {SUCCESSOR}" in latest.summary
    with demo_db.session() as s:
        group_leaving.come_back(s, left)
    assert _responsible(demo_db, action.id) == LEAVER


def test_leaving_them_keeps_them_on_the_person(demo_db: Database) -> None:
    leaver = _member(demo_db, LEAVER)
    with demo_db.session() as s:
        (action,) = group_leaving.open_actions(s, leaver.person_id, group_id(s, PLACE))
        left = membership_changes.remove_member(s, leaver.id)
    assert left.handed_over == ()
    assert _responsible(demo_db, action.id) == LEAVER


def test_a_successor_outside_the_group_is_refused_and_nothing_changes(
    demo_db: Database,
) -> None:
    leaver = _member(demo_db, LEAVER)
    with demo_db.session() as s:
        outsider = next(
            m.person_id
            for m in groups.get_group(s, group_id(s, "Krisstödsgruppen")).members
            if m.name == "Lena Persson"
        )
        (action,) = group_leaving.open_actions(s, leaver.person_id, group_id(s, PLACE))
    with demo_db.session() as s, pytest.raises(ValidationError) as refused:
        membership_changes.remove_member(s, leaver.id, None, outsider)
    assert refused.value.field == "hand_over_to"
    assert refused.value.message == "Välj en annan medlem i gruppen som tar över åtgärderna."
    assert _responsible(demo_db, action.id) == LEAVER
    assert _member(demo_db, LEAVER).id == leaver.id  # still a member
