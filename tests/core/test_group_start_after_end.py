"""An ended group's start moved past its end is refused saying what to do (choose Planerad or
Aktiv), not with the database's rule; ended by its status before it starts, the refusal says
to keep it planned."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import group_editing, group_rows, groups

TODAY = dt.date(2026, 12, 1)
START = dt.date(2026, 12, 18)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_a_start_after_an_ended_groups_end_is_refused_saying_what_to_choose(
    db: Database,
) -> None:
    group = db.call(
        group_editing.create_group,
        group_rows.GroupInput("Arbetsgrupp Tessinparken", GroupType.ARBETSGRUPP, starts_on=START),
    )
    db.call(group_editing.end_group, group, START)
    data = dataclasses.replace(
        db.call(groups.get_group, group).to_input(), starts_on=dt.date(2026, 12, 20)
    )
    with pytest.raises(ValidationError, match="Välj Planerad eller Aktiv under Status") as error:
        db.call(group_editing.update_group, group, data)
    assert error.value.field == "starts_on"
    brought_back = dataclasses.replace(data, status=GroupStatus.ACTIVE)
    db.call(group_editing.update_group, group, brought_back)
    after = db.call(groups.get_group, group)
    assert (after.starts_on, after.ended_on) == (dt.date(2026, 12, 20), None)


def test_ended_by_its_status_before_it_starts_the_refusal_says_to_keep_it_planned(
    db: Database,
) -> None:
    group = db.call(
        group_editing.create_group,
        group_rows.GroupInput("Arbetsgrupp Tessinparken", GroupType.ARBETSGRUPP, starts_on=START),
    )
    data = dataclasses.replace(
        db.call(groups.get_group, group).to_input(), status=GroupStatus.ENDED
    )
    with pytest.raises(ValidationError, match="Låt den vara planerad till dess") as error:
        db.call(group_editing.update_group, group, data)
    assert error.value.field == "status"
