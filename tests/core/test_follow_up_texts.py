"""A group's written follow-up of a period ("Vad har vi gjort", "Hur fortsätter vi"): saved and
read per group, year and period, one row each (the database refuses a second), a stale save
refused, written only for a period the group is followed up at, in the group's History, and
deleted with the group."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from samverkan_desktop.models import GroupFollowUpText
from samverkan_desktop.services import audit, group_editing
from samverkan_desktop.services.follow_up import FollowUpPeriod
from samverkan_desktop.services.follow_up_texts import (
    NOT_WRITTEN,
    bullet_lines,
    get_texts,
    save_texts,
)
from tests.core.database_rules import refused, rows
from tests.core.meeting_data import make_group
from tests.core.test_follow_up import _follow

T1 = FollowUpPeriod.T1
DONE = "- Genomfört fyra träffar\n• Inga beslag har gjorts på tobak\n\n"
NEXT = "Fortsätta med samma mötesfrekvens och agenda"


def _group(db: Database, *, t1: bool = True) -> int:
    with db.session() as s:
        group_id = make_group(s, "Ungdomar – Tobakstillsyn")
        _follow(s, group_id, t1=t1, t2=False, vb=True)
    return group_id


def test_written_texts_are_read_back_per_group_year_and_period(db: Database) -> None:
    group_id = _group(db)
    empty = db.call(get_texts, group_id, T1, 2026)
    assert (empty.done, empty.next, empty.version) == ("", "", NOT_WRITTEN)
    saved = db.call(save_texts, group_id, T1, 2026, DONE, NEXT, expected_version=NOT_WRITTEN)
    again = db.call(get_texts, group_id, T1, 2026)
    assert again == saved and again.done == DONE.strip() and again.next == NEXT
    # Another year and another period are other texts.
    assert not db.call(get_texts, group_id, T1, 2025).written
    assert not db.call(get_texts, group_id, FollowUpPeriod.VB, 2026).written
    changed = db.call(save_texts, group_id, T1, 2026, DONE, "", expected_version=again.version)
    assert changed.version == again.version + 1 and changed.next == ""
    assert len(rows(db, "SELECT id FROM group_follow_up_texts")) == 1


def test_the_database_keeps_one_row_per_group_year_and_period(db: Database) -> None:
    group_id = _group(db)
    db.call(save_texts, group_id, T1, 2026, DONE, NEXT)
    insert = (
        "INSERT INTO group_follow_up_texts (group_id, year, period, done_text, version) "
        "VALUES (:g, 2026, 't1', 'Dubblett', 1)"
    )
    refused(db, insert, g=group_id)
    refused(db, insert.replace("'t1'", "'t3'"), g=group_id)  # no such period


def test_a_save_based_on_texts_another_desk_changed_is_refused(db: Database) -> None:
    group_id = _group(db)
    shown = db.call(get_texts, group_id, T1, 2026)  # both desks see nothing written
    db.call(save_texts, group_id, T1, 2026, "Den andra datorns text", "", expected_version=0)
    with pytest.raises(StaleRecordError):
        db.call(save_texts, group_id, T1, 2026, DONE, NEXT, expected_version=shown.version)
    assert db.call(get_texts, group_id, T1, 2026).done == "Den andra datorns text"
    read = db.call(get_texts, group_id, T1, 2026)
    db.call(save_texts, group_id, T1, 2026, "Ny text", "", expected_version=read.version)
    with pytest.raises(StaleRecordError):
        db.call(save_texts, group_id, T1, 2026, DONE, NEXT, expected_version=read.version)


def test_only_a_period_the_group_is_followed_up_at_takes_text(db: Database) -> None:
    group_id = _group(db, t1=False)
    with pytest.raises(ValidationError) as refusal:
        db.call(save_texts, group_id, T1, 2026, DONE, NEXT)
    assert "följs inte upp vid T1 (jan–apr)" in refusal.value.message
    with pytest.raises(NotFoundError, match="ingen grupp med nummer 999"):
        db.call(save_texts, 999, FollowUpPeriod.VB, 2026, DONE, NEXT)
    # Texts written before the tick was removed can still be emptied.
    with db.session() as s:
        s.add(GroupFollowUpText(group_id=group_id, year=2026, period=T1, done_text="Kvar"))
    emptied = db.call(save_texts, group_id, T1, 2026, " ", "", expected_version=1)
    assert not emptied.written


def test_the_texts_are_in_the_groups_history_and_go_with_the_group(db: Database) -> None:
    group_id = _group(db)
    db.call(save_texts, group_id, T1, 2026, DONE, NEXT)
    with db.session() as s:
        history = audit.history(s, "groups", group_id)
    written = [row for row in history if row.part.startswith("Skriven uppföljning")]
    assert written and "Vad har vi gjort" in written[0].summary
    db.call(group_editing.delete_group, group_id)
    assert rows(db, "SELECT id FROM group_follow_up_texts") == []
    deleted = rows(
        db,
        "SELECT id FROM audit_log WHERE table_name = 'group_follow_up_texts' AND action = 'delete'",
    )
    assert len(deleted) == 1


def test_one_bullet_per_line_typed() -> None:
    typed = "- Genomfört fyra träffar\n•  Inga beslag\n\n  Fortsätta  \n-\n"
    assert bullet_lines(typed) == ["Genomfört fyra träffar", "Inga beslag", "Fortsätta"]
