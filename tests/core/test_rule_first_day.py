"""A rule read for a group with no start written in it counts from the group's start while the
group is still to come, else from today (meeting_rules.read_phrase, as the window and
`groups edit --frequency … --rule` read a phrase)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("starts_on", "counted_from"),
    [
        (dt.date(2027, 1, 13), dt.date(2027, 1, 13)),
        (dt.date(2026, 12, 2), TODAY),
        (dt.date(2025, 2, 1), TODAY),
        (None, TODAY),
    ],
)
def test_a_rule_counts_from_a_coming_groups_start(
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    starts_on: dt.date | None,
    counted_from: dt.date,
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group_id = db.call(make_group, "Arbetsgrupp Gärdesskolan", starts_on=starts_on)
    rule = db.call(meeting_rules.read_phrase, group_id, "1 gång/månad")
    assert rule.starts_on == counted_from


def test_a_start_written_in_the_phrase_wins(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group_id = db.call(make_group, "Arbetsgrupp Gärdesskolan", starts_on=dt.date(2027, 1, 13))
    rule = db.call(meeting_rules.read_phrase, group_id, "1 gång/månad från 1 mars")
    assert rule.starts_on == dt.date(2027, 3, 1)
