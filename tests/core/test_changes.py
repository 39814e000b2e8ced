"""Another desk's change is noticed: two Database objects on the same SQLite file or PostgreSQL
database; a change by one is seen by the other's listener, its own changes are not."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from samverkan_desktop.changes import EVERYTHING, ChangeListener, areas_for_tables
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import GroupType, Person
from samverkan_desktop.services import contacts, groups
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.groups import GroupInput


@pytest.fixture
def desks(db: Database) -> Iterator[tuple[Database, Database, ChangeListener]]:
    other = open_database(db.url)
    listener = ChangeListener(db.engine, db.client_id)
    listener.start()
    yield db, other, listener
    listener.close()
    other.dispose()


def _wait_for(listener: ChangeListener, seconds: float = 3.0) -> frozenset[str]:
    """Poll like the window's timer does until something arrives (notifications travel)."""
    seen: set[str] = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seen |= listener.poll()
        if seen:
            time.sleep(0.1)  # let the rest of the same commit arrive
            return frozenset(seen | listener.poll())
        time.sleep(0.05)
    return frozenset(seen)


def test_a_change_at_another_desk_is_noticed(
    desks: tuple[Database, Database, ChangeListener],
) -> None:
    mine, other, listener = desks
    assert listener.poll() == frozenset()
    with other.session() as s:
        groups.create_group(s, GroupInput("Nätverket", GroupType.NATVERK, priority_area_ids=(1,)))
    tables = _wait_for(listener)
    assert "groups" in tables
    assert {"groups", "overview"} <= areas_for_tables(tables)
    assert listener.poll() == frozenset()  # told once


def test_the_desks_own_changes_are_not_announced_again(
    desks: tuple[Database, Database, ChangeListener],
) -> None:
    mine, other, listener = desks
    with mine.session() as s:
        contacts.create_person(s, PersonInput("Eva Strand"))
    assert _wait_for(listener, 1.0) == frozenset()
    with other.session() as s:
        contacts.create_person(s, PersonInput("Per Strand"))
    assert _wait_for(listener) == frozenset({"people"})


def test_a_bulk_change_without_a_trail_is_noticed_too(
    desks: tuple[Database, Database, ChangeListener],
) -> None:
    mine, other, listener = desks
    person = mine.call(contacts.create_person, PersonInput("Eva Strand"))
    listener.poll()
    with other.session() as s:
        s.execute(update(Person).where(Person.id == person).values(notes="massändring"))
    tables = _wait_for(listener)
    # PostgreSQL names the table; SQLite only knows that something changed.
    assert tables == ({"people"} if not mine.is_sqlite else {EVERYTHING})
    assert "contacts" in areas_for_tables(tables)


def test_tables_map_to_the_areas_that_show_them() -> None:
    assert areas_for_tables(["alarm_loans"]) == {"alarms", "overview"}
    assert areas_for_tables(["people"]) >= {"contacts", "groups"}
    assert areas_for_tables(["walk_participants", "action_notes"]) >= {"walks", "actions"}
    assert areas_for_tables([]) == frozenset()
    assert "calendar" in areas_for_tables([EVERYTHING])
