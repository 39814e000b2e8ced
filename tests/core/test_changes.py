"""Another desk's change is noticed: two Database objects on the same SQLite file or PostgreSQL
database; a change by one is seen by the other's listener, its own changes are not."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from samverkan_desktop import changes
from samverkan_desktop.changes import EVERYTHING, ChangeListener, areas_for_tables
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import GroupType, Person
from samverkan_desktop.services import contacts, group_editing
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.notifications import payloads, wire


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
        group_editing.create_group(
            s, GroupInput("Nätverket", GroupType.NATVERK, priority_area_ids=(1,))
        )
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


# --- PostgreSQL: a Session's save notifies after its commit ------------------------------------


@pytest.mark.postgres
def test_a_save_notifies_after_its_commit_in_a_transaction_of_its_own(
    pg_desks: tuple[Database, Any], tmp_path: Path
) -> None:
    """A NOTIFY in the saving transaction would make every desk's commit wait for the others'
    disk writes in turn (see announcer.Announcer): the session's COMMIT
    goes first, then the notification in one message of its own."""
    db, listening = pg_desks
    trace = tmp_path / "wire.txt"
    with db.session() as s:
        driver = s.connection().connection.driver_connection
        with wire(driver, trace):
            contacts.create_person(s, PersonInput("Eva Strand"))
            s.commit()
    sent = [
        line.split("\t", 3)[3].strip()
        for line in trace.read_text().splitlines()
        if line.startswith("F\t") and line.split("\t")[2] in ("Query", "Parse")
    ]
    notifying = [i for i, statement in enumerate(sent) if "pg_notify" in statement]
    assert len(notifying) == 1, sent
    assert sent[notifying[0] - 1] == '"COMMIT"', sent
    assert sent[notifying[0]].startswith('"BEGIN; SET LOCAL synchronous_commit TO OFF; SELECT')
    assert sent[notifying[0]].endswith('; COMMIT"')
    assert payloads(listening) == [changes.notify_payload(db.client_id, ["people"])]
    with db.session() as s:  # the connection went back to the pool as it came: in transactions
        driver = s.connection().connection.driver_connection
        assert driver is not None and not driver.autocommit


@pytest.mark.postgres
def test_a_change_flushed_only_by_the_commit_is_announced(
    pg_desks: tuple[Database, Any],
) -> None:
    """The tables are read after the commit's own flush (a notification sent before it, in
    before_commit, missed a change first flushed by the commit)."""
    db, listening = pg_desks
    with db.session() as s:
        s.add(Person(name="Eva Strand"))
    assert payloads(listening) == [changes.notify_payload(db.client_id, ["people"])]


@pytest.mark.postgres
def test_a_rolled_back_save_sends_nothing(pg_desks: tuple[Database, Any]) -> None:
    db, listening = pg_desks
    with pytest.raises(RuntimeError), db.session() as s:
        contacts.create_person(s, PersonInput("Eva Strand"))
        s.flush()
        raise RuntimeError
    with db.session() as s:  # rolled back by hand, then closed without a commit
        contacts.create_person(s, PersonInput("Per Strand"))
        s.flush()
        s.rollback()
    assert payloads(listening, 0.5) == []
    with db.session() as s:
        group_editing.create_group(
            s, GroupInput("Nätverket", GroupType.NATVERK, priority_area_ids=(1,))
        )
    [payload] = payloads(listening)
    assert "people" not in payload and "groups" in payload  # the rolled-back tables forgotten


@pytest.mark.postgres
def test_a_failed_notification_leaves_the_save_made_and_the_connection_fit(
    pg_desks: tuple[Database, Any],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Refused after the commit (pg_notify refuses an empty channel): logged, the save stands,
    no error for the user, and the pooled connection serves the next session in transactions
    of its own (a rollback still rolls back)."""
    db, listening = pg_desks
    monkeypatch.setattr(changes, "CHANNEL", "")
    with db.session() as s:
        eva = contacts.create_person(s, PersonInput("Eva Strand"))
    assert "Could not notify the other desks" in caplog.text
    monkeypatch.undo()
    with pytest.raises(RuntimeError), db.session() as s:
        s.get_one(Person, eva).name = "Ändrad"
        s.flush()
        raise RuntimeError
    with db.session() as s:
        assert s.get_one(Person, eva).name == "Eva Strand"
        s.get_one(Person, eva).notes = "ny"
    assert payloads(listening) == [changes.notify_payload(db.client_id, ["people"])]


@pytest.mark.postgres
def test_a_connection_lost_while_notifying_is_replaced(
    pg_desks: tuple[Database, Any],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    db, _listening = pg_desks

    def lost(*_args: Any) -> bytes:
        return b"SELECT pg_terminate_backend(pg_backend_pid())"

    monkeypatch.setattr(changes, "notify_transaction", lost)
    with db.session() as s:
        eva = contacts.create_person(s, PersonInput("Eva Strand"))
    assert "Could not notify the other desks" in caplog.text
    monkeypatch.undo()
    with db.session() as s:
        assert s.get_one(Person, eva).name == "Eva Strand"


@pytest.mark.postgres
def test_a_savepoint_and_a_joined_transaction_notify_only_when_the_data_commits(
    pg_desks: tuple[Database, Any],
) -> None:
    """A savepoint released tells nothing yet (the outer commit names its tables too). A
    session joined to a caller's transaction must not commit it: the notification waits in
    that transaction and goes with its commit (or not at all)."""
    db, listening = pg_desks
    with db.session() as s:
        with s.begin_nested():
            contacts.create_person(s, PersonInput("Eva Strand"))
        assert payloads(listening, 0.3) == []
        group_editing.create_group(
            s, GroupInput("Nätverket", GroupType.NATVERK, priority_area_ids=(1,))
        )
    [payload] = payloads(listening)
    assert {"people", "groups"} <= set(payload.partition(":")[2].split(","))

    for outcome in ("rollback", "commit"):
        with db.engine.connect() as connection, connection.begin() as outer:
            with db._sessions(bind=connection) as s:
                contacts.create_person(s, PersonInput(f"Per {outcome}"))
                s.commit()
            assert payloads(listening, 0.3) == []
            getattr(outer, outcome)()
        expected = [changes.notify_payload(db.client_id, ["people"])] if outcome == "commit" else []
        assert payloads(listening, 0.5) == expected
