"""An editor's save of a group's meeting rule names the rule it read (``expected``): a rule
another desk saved, changed or removed after that is never silently replaced; the refusal
says what the other desk saved. Without ``expected`` (scripts, the command line) it saves."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.recurrence import HolidayPolicy, Rule
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import TODAY, make_group


def _read(db: Database, group_id: int) -> meeting_rules.ExpectedRule:
    with db.session() as s:
        detail = meeting_rules.get_rule(s, group_id)
    return None if detail is None else (detail.rule, detail.holiday_policy)


def _rule(db: Database, group_id: int, phrase: str) -> Rule:
    with db.session() as s:
        return meeting_rules.read_phrase(s, group_id, phrase, TODAY, None)


def test_a_first_rule_saved_elsewhere_refuses_the_editor_that_read_none(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
    read = _read(db, gid)
    assert read is None
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
    mine = _rule(db, gid, "varje torsdag")
    with pytest.raises(StaleRecordError) as refused, db.session() as s:
        meeting_rules.set_rule(s, gid, mine, today=TODAY, expected=read)
    assert refused.value.message.startswith(
        "En annan dator sparade en mötesregel för gruppen medan du skrev: ”Första"
    )
    with db.session() as s:
        detail = meeting_rules.get_rule(s, gid)
    assert detail is not None and detail.phrase == "1 gång/månad"


def test_a_changed_holiday_policy_counts_and_the_same_rule_saves(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varannan onsdag", today=TODAY)
    read = _read(db, gid)
    mine = _rule(db, gid, "varje torsdag")
    with db.session() as s:  # nothing changed since reading: saved
        meeting_rules.set_rule(s, gid, mine, phrase="varje torsdag", today=TODAY, expected=read)
    read = _read(db, gid)
    with db.session() as s:  # another desk: the same rule, skipping holidays now
        meeting_rules.set_rule(s, gid, mine, HolidayPolicy.SKIP, today=TODAY)
    with pytest.raises(StaleRecordError), db.session() as s:
        meeting_rules.set_rule(s, gid, _rule(db, gid, "1 gång/månad"), today=TODAY, expected=read)
    with db.session() as s:  # no expected rule (a script): saved
        meeting_rules.set_rule(s, gid, _rule(db, gid, "1 gång/månad"), phrase="1 gång/månad")
    assert _read(db, gid) != read


def test_removing_a_rule_removed_or_changed_elsewhere(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varannan onsdag", today=TODAY)
    read = _read(db, gid)
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
    with pytest.raises(StaleRecordError), db.session() as s:
        meeting_rules.clear_rule(s, gid, TODAY, expected=read)
    assert _read(db, gid) is not None
    read = _read(db, gid)
    with db.session() as s:
        meeting_rules.clear_rule(s, gid, TODAY, expected=read)
    assert _read(db, gid) is None
    with db.session() as s:  # gone already: nothing to do, nothing refused
        meeting_rules.clear_rule(s, gid, TODAY, expected=read)
