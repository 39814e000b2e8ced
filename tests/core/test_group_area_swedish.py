"""An action without its own priority area is listed under its group's first area by name, in
Swedish order (Z, Å, Ä, Ö): the Actions list (and its printout), the detail pane and the list's
sort all name the same area. The list chose in SQL and the pane in Python, both in byte order,
where Ä comes before Å: a group working for "Ängen" and "Åkern" was listed under "Ängen"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import PriorityArea
from samverkan_desktop.reports import actions_list
from samverkan_desktop.services import action_list, action_reading, actions, contacts
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_index import ActionIndex
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.swedish_order import sort_key, sql_sort_key
from tests.core.meeting_data import make_group
from tests.core.test_walks_cli import needs_pdftotext, pdf_text

TODAY = dt.date(2026, 12, 1)
# A group's areas (kept in the areas' own order, not by name) -> the area its actions show.
GROUPS = {
    ("Ängen", "Zebra", "Åkern"): "Zebra",
    ("Ängen", "Åkern"): "Åkern",
    ("Östermalm", "Ängen"): "Ängen",
}


def _areas(session: Session) -> dict[str, int]:
    names = ("Östermalm", "Ängen", "Zebra", "Åkern")
    areas = [
        PriorityArea(code=f"test-{n}", name=name, sort_order=n) for n, name in enumerate(names)
    ]
    session.add_all(areas)
    session.flush()
    return {area.name: area.id for area in areas}


def _actions_by_group(session: Session) -> dict[int, str]:
    """One action per group of ``GROUPS``, none with an area of its own: id -> area expected."""
    areas = _areas(session)
    police = contacts.create_organisation(session, contacts.OrganisationInput("Polisen"))
    expected = {}
    for n, (names, first) in enumerate(GROUPS.items(), start=1):
        group_id = make_group(
            session, f"Arbetsgrupp {n}", priority_area_ids=tuple(areas[a] for a in names)
        )
        action_id = actions.create_action(
            session,
            ActionInput(f"Belysning {n}", responsible_organisation_id=police, group_id=group_id),
            TODAY,
        )
        expected[action_id] = first
    return expected


def test_the_list_and_the_pane_name_the_first_area_in_swedish_order(db: Database) -> None:
    with db.session() as s:
        expected = _actions_by_group(s)
    with db.session() as s:
        listed = action_list_rows(s, list(expected), TODAY)
        panes = {i: action_reading.get_action(s, i, TODAY).shown_priority_area for i in expected}
    assert {row.id: row.priority_area for row in listed} == expected
    assert panes == expected


def test_sorting_on_the_area_agrees_in_sql_and_in_memory(db: Database) -> None:
    """The list sorts a large register in memory and prints (and pages) from SQL."""
    with db.session() as s:
        expected = _actions_by_group(s)
    with db.session() as s:
        index = ActionIndex(s, TODAY)
        for descending in (False, True):
            in_memory = index.select(ActionFilter(), "priority_area", descending)
            in_sql = action_list.action_ids(s, ActionFilter(), "priority_area", descending, TODAY)
            assert in_memory == in_sql
            assert sorted(in_sql) == sorted(expected)


@needs_pdftotext
def test_the_printed_list_names_the_same_area(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        expected = _actions_by_group(s)
    out = tmp_path / "atgarder.pdf"
    with db.session() as s:
        out.write_bytes(actions_list.build(s, today=TODAY))
    lines = pdf_text(out).splitlines()
    for n, first in enumerate(expected.values(), start=1):
        title = next(i for i, line in enumerate(lines) if f"Belysning {n}" in line)
        assert first in " ".join(lines[title : title + 2])


def test_the_sql_key_orders_as_the_python_key(db: Database) -> None:
    names = ["zon", "Åsa", "äng", "arbete", "Öland", "Zäta"]
    with db.session() as s:
        _areas(s)
        s.add_all(
            PriorityArea(code=f"test-key-{n}", name=name, sort_order=99)
            for n, name in enumerate(names)
        )
        s.flush()
        in_sql = list(
            s.scalars(
                select(PriorityArea.name)
                .where(PriorityArea.code.like("test-%"))
                .order_by(sql_sort_key(PriorityArea.name), PriorityArea.name)
            )
        )
    swedish = [
        "arbete",
        "Zebra",
        "zon",
        "Zäta",
        "Åkern",
        "Åsa",
        "äng",
        "Ängen",
        "Öland",
        "Östermalm",
    ]
    assert in_sql == swedish
    assert sorted(in_sql, key=sort_key) == swedish
