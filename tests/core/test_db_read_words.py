"""A database error met by a pure read (the Overview, a list) says nothing of a save the user
never asked for; met by a save, or by a read after the unit of work had written, it still says
"Inget sparades". Locks are made for real by a second connection that holds the SQLite file
(a short busy timeout), unexpected errors by a statement the database cannot read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from samverkan_desktop import db as db_module
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import DatabaseError, DatabaseLockedError
from samverkan_desktop.services import contacts
from tests.core.test_db_problem_words import LACKS, UNEXPECTED, _drop_table, _named_and_said

BUSY_READING = (
    "Databasen är upptagen av en annan dator – försök igen. Förblir den upptagen, stäng andra "
    "program som har databasfilen öppen."
)
BUSY_SAVING = (
    "Databasen är upptagen av en annan dator – försök igen. Inget sparades; det du skrev finns "
    "kvar. Förblir den upptagen, stäng andra program som har databasfilen öppen."
)
UNEXPECTED_READING = (
    "Databasen kunde inte hämta uppgifterna på grund av ett oväntat fel. Försök igen; händer "
    "det igen, ge detaljerna nedan till den som ger stöd för Samverkan."
)
NEW = contacts.OrganisationInput(name="Föreningen Trygga gator")


def _held(url: str, monkeypatch: pytest.MonkeyPatch, *, whole_file: bool) -> Iterator[Database]:
    """The database while another desk writes at length: it holds the write lock (readers go
    on) or, ``whole_file``, the whole file to itself (another program: readers wait too)."""
    path = url.removeprefix("sqlite:///")
    db = open_database(url)
    if whole_file:
        db.engine.dispose()  # the other program opens the file first and keeps it to itself
    else:
        db.call(contacts.list_organisations)  # this desk has the file open already
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(path, isolation_level=None, timeout=0)
    if whole_file:
        blocker.execute("PRAGMA locking_mode = EXCLUSIVE")
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        yield db
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        db.dispose()


@pytest.fixture
def held_file(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    yield from _held(sqlite_url, monkeypatch, whole_file=True)


@pytest.fixture
def held_writes(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    yield from _held(sqlite_url, monkeypatch, whole_file=False)


def test_a_locked_file_met_by_a_read_says_busy_and_nothing_of_a_save(
    held_file: Database,
) -> None:
    """As the Overview at another program's long hold of the file."""
    with pytest.raises(DatabaseLockedError) as locked:
        held_file.call(contacts.list_organisations)
    assert locked.value.message == BUSY_READING


def test_a_locked_file_met_by_a_save_says_nothing_was_saved(held_writes: Database) -> None:
    """A save at another desk's long write: it reads (its name check) and waits at its write."""
    assert not held_writes.call(contacts.list_organisations, search="Trygga")  # reads go on
    with pytest.raises(DatabaseLockedError) as locked:
        held_writes.call(contacts.create_organisation, NEW)
    assert locked.value.message == BUSY_SAVING


def _bad_read(session: Session) -> None:
    session.execute(text("SELECT name FORM organisations"))  # a typo the database cannot read


def _save_then_bad_read(session: Session) -> None:
    contacts.create_organisation(session, NEW)
    session.flush()  # written: the organisation and its audit row
    _bad_read(session)


def test_an_unexpected_error_on_a_read_says_nothing_of_a_save(db: Database) -> None:
    with pytest.raises(DatabaseError) as failed:
        db.call(_bad_read)
    assert failed.value.message == UNEXPECTED_READING
    assert "syntax error" in (failed.value.details or "")  # for whoever helps


def test_an_unexpected_error_on_a_read_after_a_write_says_nothing_was_saved(
    db: Database,
) -> None:
    with pytest.raises(DatabaseError) as failed:
        db.call(_save_then_bad_read)
    assert failed.value.message == UNEXPECTED
    assert not db.call(contacts.list_organisations, search="Trygga")


def _save_then_read_audit(session: Session) -> None:
    contacts.create_organisation(session, NEW)
    session.flush()
    session.execute(text("SELECT count(*) FROM contacts_dropped"))


def test_a_missing_table_read_after_a_write_says_nothing_was_saved(db_url: str) -> None:
    """The unit had written when its read failed: a save, though the statement only read."""
    db = open_database(db_url)
    try:
        if db.is_sqlite:
            with sqlite3.connect(Path(db_url.removeprefix("sqlite:///"))) as conn:
                conn.execute("CREATE TABLE contacts_dropped (id INTEGER)")
        else:
            db.call(lambda session: session.execute(text("CREATE TABLE contacts_dropped (id int)")))
        _drop_table(db, "contacts_dropped")
        named, said = _named_and_said(db_url, "contacts_dropped")
        with pytest.raises(DatabaseError) as failed:
            db.call(_save_then_read_audit)
        assert failed.value.message == LACKS.format(named=named, saved="Inget sparades. ")
        assert (failed.value.details or "").startswith(said)
        assert not db.call(contacts.list_organisations, search="Trygga")
    finally:
        db.dispose()
