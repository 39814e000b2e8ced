"""The Actions list sorted by title, responsible, group or priority area reads in Swedish order
("…, Zetterberg, Åberg, Ängby, Öberg", case aside, "Éva" beside "eva"), both ways, the same from
SQL (the first page, the printout) as from the in-memory index. SQL sorted by lower(), in byte
order: Ä before Å, both after "z", and "Éva" after "Öberg". A title sort at city scale reads its
page along the index of migration 0019."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from sqlalchemy import literal, select, text
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import Action, ActionStatus, PriorityArea
from samverkan_desktop.services import action_list, action_order, actions, contacts
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_index import ActionIndex
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import make_group
from tests.core.migration_steps import migrate

TODAY = dt.date(2026, 12, 1)
# Created in this order: "eva" and "Éva" share a key, and ties go by the id.
CREATED = ["Öberg", "eva", "Zetterberg", "Éva", "Ängby", "adam", "Åberg"]
SWEDISH = ["adam", "eva", "Éva", "Zetterberg", "Åberg", "Ängby", "Öberg"]


def _fill(session: Session) -> dict[int, str]:
    """One action per name: titled, held by a person, of a group and an area of that name."""
    names = {}
    for n, name in enumerate(CREATED):
        person = contacts.create_person(session, contacts.PersonInput(name))
        group = make_group(session, f"{name}gruppen", members=())
        area = PriorityArea(code=f"sv-{n}", name=f"{name}området", sort_order=90 + n)
        session.add(area)
        session.flush()
        action = actions.create_action(
            session,
            ActionInput(
                name, responsible_person_id=person, group_id=group, priority_area_id=area.id
            ),
            TODAY,
        )
        names[action] = name
    return names


@pytest.mark.parametrize("sort", ["title", "responsible", "source", "priority_area"])
def test_sorting_on_a_name_column_reads_in_swedish_order_both_ways(db: Database, sort: str) -> None:
    with db.session() as s:
        names = _fill(s)
    with db.session() as s:
        index = ActionIndex(s, TODAY)
        for descending in (False, True):
            expected = SWEDISH[::-1] if descending else SWEDISH
            ids = action_list.action_ids(s, ActionFilter(), sort, descending, TODAY)
            assert [names[i] for i in ids] == expected, (sort, descending)
            assert index.select(ActionFilter(), sort, descending) == ids
            # Pages neither overlap nor skip: the first page is the order's beginning.
            first = action_list.first_ids(s, ActionFilter(), sort, descending, TODAY, limit=3)
            assert first == ids[:3]


def test_a_responsible_organisation_sorts_by_its_own_name(db: Database) -> None:
    with db.session() as s:
        names = _fill(s)
        org = contacts.create_organisation(s, contacts.OrganisationInput("Ärlinghem"))
        names[
            actions.create_action(s, ActionInput("Skotta", responsible_organisation_id=org), TODAY)
        ] = "Ärlinghem"
    with db.session() as s:
        ids = action_list.action_ids(s, ActionFilter(), "responsible", False, TODAY)
        assert ActionIndex(s, TODAY).select(ActionFilter(), "responsible") == ids
    assert [names[i] for i in ids] == [
        "adam",
        "eva",
        "Éva",
        "Zetterberg",
        "Åberg",
        "Ängby",
        "Ärlinghem",
        "Öberg",
    ]


def test_the_first_page_by_responsible_merges_people_and_organisations_in_order(
    db: Database,
) -> None:
    """The first page sorted by responsible is read as two pages (actions of a person, of an
    organisation alone) merged: at any page length, both ways and with a filter, it is the
    whole order's beginning. Ties between a person and an organisation of the same name go by
    the action's id."""
    with db.session() as s:
        _fill(s)
        for n, name in enumerate(["Ärlinghem", "Bostadsbolaget", "adam", "Örby IF", "Éva"]):
            org = contacts.create_organisation(s, contacts.OrganisationInput(f"{name}"))
            action = actions.create_action(
                s, ActionInput(f"Uppdrag {n}", responsible_organisation_id=org), TODAY
            )
            if n == 1:
                actions.set_action_status(s, action, ActionStatus.DONE, TODAY)
    with db.session() as s:
        for filters in (ActionFilter(), ActionFilter(open_only=True)):
            for descending in (False, True):
                ids = action_list.action_ids(s, filters, "responsible", descending, TODAY)
                for limit in range(1, len(ids) + 2):
                    page = action_list.first_ids(
                        s, filters, "responsible", descending, TODAY, limit=limit
                    )
                    assert page == ids[:limit], (filters, descending, limit)
        assert len(action_list.action_ids(s, ActionFilter(), "responsible", False, TODAY)) == 12


def _plan(session: Session, query: Any) -> str:
    dialect = session.get_bind().dialect
    statement = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "sqlite":
        rows = session.execute(text("EXPLAIN QUERY PLAN " + statement)).all()
        return " ".join(str(row[-1]) for row in rows)
    session.execute(text("SET LOCAL enable_seqscan = off"))  # a handful of rows: else a scan
    return " ".join(row[0] for row in session.execute(text("EXPLAIN " + statement)))


def test_a_page_sorted_by_title_is_read_along_the_index(db: Database) -> None:
    """The query's key must be the index's expression, letter for letter (migration 0019)."""
    with db.session() as s:
        for descending in (False, True):
            query = action_order.sorted_query(select(Action.id), "title", descending).limit(100)
            plan = _plan(s, query)
            assert "ix_actions_title_swedish" in plan, plan
            assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


def test_the_index_goes_with_a_downgrade_and_comes_back(db: Database) -> None:
    def indexes() -> set[str]:  # SQLAlchemy's inspector skips indexes on expressions
        sql = (
            "SELECT name FROM sqlite_master WHERE tbl_name = 'actions'"
            if db.engine.dialect.name == "sqlite"
            else "SELECT indexname FROM pg_indexes WHERE tablename = 'actions'"
        )
        with db.engine.connect() as conn:
            return set(conn.execute(text(sql)).scalars())

    with db.session() as s:
        names = _fill(s)
    migrate(db, "0018_composed_text")
    assert "ix_actions_title_swedish" not in indexes()
    migrate(db, "heads")
    assert "ix_actions_title_swedish" in indexes()
    with db.session() as s:
        ids = action_list.action_ids(s, ActionFilter(), "title", False, TODAY)
    assert [names[i] for i in ids] == SWEDISH


def test_the_python_twin_of_the_sql_key_gives_the_same_keys(db: Database) -> None:
    """The in-memory index sorts by ``sql_sort_key_of``: it must give what SQL gives."""
    from samverkan_desktop.swedish_order import sql_sort_key, sql_sort_key_of

    names = [*CREATED, "ÅÄÖ-Müller Ødegaard Æble Ève", "Grupp 10", "Nilsson (Polisen)", "ÇELIK"]
    with db.session() as s:
        in_sql = [s.scalar(select(sql_sort_key(literal(name)))) for name in names]
    assert in_sql == [sql_sort_key_of(name) for name in names]


@pytest.mark.parametrize("walk", [2, 5000])
def test_a_filtered_page_by_title_is_the_beginning_of_the_whole_order(
    db: Database, monkeypatch: pytest.MonkeyPatch, walk: int
) -> None:
    """Read along the index near its start, or (few matching there) sorted: the same page."""
    monkeypatch.setattr(action_order, "TITLE_WALK", walk)
    with db.session() as s:
        names = _fill(s)
        last = max(names)
        actions.set_action_status(s, last, ActionStatus.DONE, TODAY)  # "Åberg" is done
    filters = [ActionFilter(open_only=True), ActionFilter(search="berg"), ActionFilter(search="e")]
    with db.session() as s:
        for f, descending in itertools.product(filters, (False, True)):
            ids = action_list.action_ids(s, f, "title", descending, TODAY)
            order = SWEDISH[::-1] if descending else SWEDISH
            if f.search:
                shown = [n for n in order if f.search in n.lower()]
            else:
                shown = [n for n in order if n != "Åberg"]
            assert [names[i] for i in ids] == shown, (f, descending)
            for limit in (1, 2, 3):
                page = action_list.first_ids(s, f, "title", descending, TODAY, limit=limit)
                assert page == ids[:limit], (f, descending, limit)
