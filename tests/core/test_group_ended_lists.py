"""The lists that leave ended groups out read "ended" as the groups list's Status column does
(group_standing), not the stored status: a group with an end set for a later day stays in the
pickers, the action plan and the Overview until that day; a group whose end day has come, or
that was ended before it started, is out. Both databases."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import Group, GroupStatus, GroupType
from samverkan_desktop.services import group_editing, groups, overview
from samverkan_desktop.services.action_plan_reading import action_plan, agreement_in_force
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.group_standing import Standing
from tests.core.test_group_structure_printout import group_id

DAY = dt.date(2026, 12, 10)
PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # works in an area of the demo's agreement


def _grid(session: Session) -> None:
    """Every stored status beside starts, ends and terms on either side of DAY, as the
    database's rules allow them (an end never before the start)."""
    days = (None, *(DAY + dt.timedelta(days=n) for n in (-9, 0, 9, 20)))
    for n, (status, starts_on, ended_on, term_until) in enumerate(
        itertools.product(GroupStatus, days, days, (None, DAY - dt.timedelta(days=1)))
    ):
        if ended_on and starts_on and ended_on < starts_on:
            continue
        if term_until and starts_on and term_until < starts_on:
            continue
        session.add(
            Group(
                name=f"Grupp {n:03}",
                type=GroupType.ARBETSGRUPP,
                status=status,
                starts_on=starts_on,
                ended_on=ended_on,
                term_until=term_until,
            )
        )


def test_the_pickers_leave_out_the_groups_the_list_reads_ended(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        _grid(s)
    monkeypatch.setattr(clock, "today", lambda: DAY)
    rows = db.call(groups.list_groups, on=DAY)
    shown_ended = {row.id for row in rows if row.standing(DAY).standing is Standing.ENDED}
    stored_ended = {row.id for row in rows if row.status is GroupStatus.ENDED}
    # The grid holds groups where the stored status and the list's Status disagree both ways.
    assert shown_ended - stored_ended and stored_ended - shown_ended
    offered = {group for group, _name in db.call(groups.group_names, ended=False)}
    assert offered == {row.id for row in rows} - shown_ended
    assert len(db.call(groups.group_names)) == len(rows)


def test_a_group_ended_ahead_is_offered_until_its_end_day(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        ahead = group_editing.create_group(
            s, GroupInput("Arbetsgrupp Tessinparken", GroupType.ARBETSGRUPP), today=DAY
        )
        group_editing.end_group(s, ahead, DAY + dt.timedelta(days=20), today=DAY)
        coming = group_editing.create_group(
            s,
            GroupInput(
                "Trygghetsvandring Gärdet",
                GroupType.ARBETSGRUPP,
                starts_on=DAY + dt.timedelta(days=5),
            ),
            today=DAY,
        )
        # Called off before it began: "End group…" offers its start day.
        group_editing.end_group(s, coming, DAY + dt.timedelta(days=5), today=DAY)

    def offered(on: dt.date) -> list[str]:
        monkeypatch.setattr(clock, "today", lambda: on)
        return [name for _id, name in db.call(groups.group_names, ended=False)]

    assert offered(DAY) == ["Arbetsgrupp Tessinparken"]
    assert offered(DAY + dt.timedelta(days=19)) == ["Arbetsgrupp Tessinparken"]
    assert offered(DAY + dt.timedelta(days=20)) == []


def test_the_action_plan_lists_a_group_ended_ahead_until_its_end_day(
    demo_db: Database, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    end = today + dt.timedelta(days=20)
    with demo_db.session() as s:
        group_editing.end_group(s, group_id(s, PLACE), end, today=today)
        agreement = agreement_in_force(s, today)

    def working(on: dt.date) -> set[str]:
        monkeypatch.setattr(clock, "today", lambda: on)
        plan = demo_db.call(action_plan, agreement)
        return {group.name for area in plan.areas for group in area.groups}

    assert PLACE in working(today)
    assert PLACE in working(end - dt.timedelta(days=1))
    assert PLACE not in working(end)


def test_the_overview_tells_the_term_of_a_group_ended_ahead(db: Database) -> None:
    """Its term runs out before the end set for it: until the end it is a group like the
    others, and the Overview says its term ends."""
    with db.session() as s:
        group = group_editing.create_group(
            s,
            GroupInput(
                "Slutar snart",
                GroupType.ARBETSGRUPP,
                starts_on=dt.date(2025, 1, 1),
                term_until=DAY + dt.timedelta(days=10),
            ),
            today=DAY,
        )
        group_editing.end_group(s, group, DAY + dt.timedelta(days=60), today=DAY)
    with db.session() as s:
        changing = overview.groups_starting_or_ending(s, DAY)
    assert [(item.title, item.detail) for item in changing.items] == [
        ("Slutar snart", "Löptiden slutar 2026-12-20 (v. 51)")
    ]
