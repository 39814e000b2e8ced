"""A meeting rule for a group still to start counts from the group's start: the rule dialog
offered "Från" today (2026-12-02 for a group starting 2027-01-13) and its read-back listed
meetings in December, each one "före gruppens start" once saved. A group already started keeps
today."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.openers import read_rule, rule_dialog
from ui.context import AppContext

TODAY = dt.date(2026, 12, 2)
GROUP = "Arbetsgrupp Gärdesskolan"


@pytest.mark.parametrize(
    ("starts_on", "offered", "first"),
    [
        (dt.date(2027, 1, 13), "2027-01-13", "Tis 2027-02-02"),
        (dt.date(2025, 2, 1), "2026-12-02", "Tis 2027-01-05"),
    ],
)
def test_the_rule_is_offered_from_the_groups_start_when_still_to_come(
    qtbot: QtBot,
    demo_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    starts_on: dt.date,
    offered: str,
    first: str,
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group_id = demo_ctx.call(make_group, GROUP, starts_on=starts_on)
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    assert dialog.fields.starts_on.date().toString("yyyy-MM-dd") == offered
    read_rule(qtbot, dialog, "1 gång/månad")  # no start written: the field's day stands
    assert dialog.fields.starts_on.date().toString("yyyy-MM-dd") == offered
    # The first Tuesday of a month on that day or after (the demo's meeting day).
    qtbot.waitUntil(lambda: dialog.date_texts()[:1] == [first])
