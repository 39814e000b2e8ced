"""A group's "Möts" reads alike for every group: the months left out in brackets after how often
("1 gång/månad (ej juli)"), also for a group whose rule or text was typed "1 gång/månad, ej
juli"; a text the phrase reader does not understand is shown as written."""

from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.recurrence.phrase_form import house_form
from samverkan_desktop.services import group_editing, groups, meeting_rules
from tests.core.meeting_data import TODAY, make_group


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("1 gång/månad, ej juli", "1 gång/månad (ej juli)"),
        ("1 gång/månad ej juli", "1 gång/månad (ej juli)"),
        ("1 gång/månad; ej juni–aug", "1 gång/månad (ej juni–aug)"),
        ("1 gång/månad (ej juli)", "1 gång/månad (ej juli)"),
        ("10 gånger/år, ej juli och augusti, kl 13", "10 gånger/år (ej juli och augusti), kl 13"),
        ("varannan tisdag, utom juli kl 9", "varannan tisdag (utom juli) kl 9"),
    ],
)
def test_the_months_left_out_are_written_in_brackets(typed: str, shown: str) -> None:
    assert house_form(typed) == shown


@pytest.mark.parametrize(
    "typed",
    [
        "2 gånger/år juni och dec",  # no month left out
        "efter behov, ej juli",  # not understood: as written
        "ej juli",  # nothing before the months
        "1 gång/månad, ej juli, ej december",  # left out in two places
        "1 gång/månad (kl 9, ej juli)",  # in brackets of its own
    ],
)
def test_a_text_otherwise_is_shown_as_written(typed: str) -> None:
    assert house_form(typed) == typed


def test_a_rule_typed_with_a_comma_reads_as_the_others_in_the_list(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(
            s, gid, "1 gång/månad, ej juli", starts_on=TODAY, today=TODAY
        )
        (row,) = [g for g in groups.list_groups(s) if g.id == gid]
        assert groups.get_group(s, gid).meeting_frequency == "1 gång/månad (ej juli)"
        rule = meeting_rules.get_rule(s, gid)
    assert row.meeting_frequency == "1 gång/månad (ej juli)"
    assert rule is not None and rule.phrase == "1 gång/månad, ej juli"  # the rule as typed


def test_a_text_typed_without_a_rule_is_listed_in_the_same_form(db: Database) -> None:
    """Stored as typed (the form shows what was typed there); the list shows the house form."""
    with db.session() as s:
        gid = make_group(s)
        typed = dataclasses.replace(
            groups.get_group(s, gid).to_input(), meeting_frequency="1 gång/månad, ej juli"
        )
        group_editing.update_group(s, gid, typed)
        (row,) = [g for g in groups.list_groups(s) if g.id == gid]
        assert groups.get_group(s, gid).meeting_frequency == "1 gång/månad, ej juli"
    assert row.meeting_frequency == "1 gång/månad (ej juli)"
