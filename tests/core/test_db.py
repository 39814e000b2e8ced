"""Opening databases: pragmas, refusal of locked, damaged, foreign and newer databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from samverkan_desktop.db import open_database
from samverkan_desktop.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    NotSamverkanDatabaseError,
    SchemaTooNewError,
)
from samverkan_desktop.services import contacts


def test_new_sqlite_database_is_created_migrated_and_durable(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new' / 'x.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    db.dispose()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Minnesanteckningar fran mote\n" * 100)
    before = path.read_bytes()
    with pytest.raises(NotSamverkanDatabaseError, match="inte en Samverkan-databas"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_folder_named_as_the_database_is_refused_in_swedish(tmp_path: Path) -> None:
    # "--db sqlite:////tmp": a traceback (IsADirectoryError) reached the window's user.
    with pytest.raises(DatabaseError, match=r"kan inte öppnas: det är en mapp, inte en fil\.$"):
        open_database(f"sqlite:///{tmp_path}")
    assert list(tmp_path.iterdir()) == []  # nothing made in it


def test_a_damaged_database_is_refused_and_left_untouched(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError, match="skadad"):
        open_database(sqlite_url)
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("route", ["session", "direct"])
def test_a_file_damaged_while_the_program_runs_gives_the_damaged_message(
    sqlite_url: str, route: str
) -> None:
    """Damaged under an open program (a failing disk, another program writing to it): the next
    unit of work says so in Swedish, whichever road it takes, rather than SQLAlchemy's text."""
    from samverkan_desktop import direct_sql
    from samverkan_desktop.services.alarm_loans import lend

    db = open_database(sqlite_url)
    db.dispose()  # the next unit of work connects anew, as after a pause
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.write_bytes(b"\0" * 8192)
    assert direct_sql.direct_function(lend) is not None  # db.call's direct road
    with pytest.raises(DatabaseCorruptError, match="skadad"):
        if route == "session":
            db.call(contacts.list_people)
        else:
            db.call(lend, None)
    db.dispose()


def test_a_database_of_a_newer_version_is_refused(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        # Replace every head (areas may add parallel heads) with one unknown, newer revision.
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    with pytest.raises(SchemaTooNewError, match="nyare version"):
        open_database(sqlite_url)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_future"
        )


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotSamverkanDatabaseError) as refused:
        open_database(f"sqlite:///{path}")
    # The file named: at start there is no other word of it. The window's message on a line of
    # its own (inside the sentence it broke at a "/"), the command line's in one line.
    assert refused.value.message == (
        f"Den här databasen innehåller tabeller som Samverkan inte har skapat:\n{path}\n\n"
        "Den har lämnats orörd."
    )
    assert refused.value.command_line == (
        f"Databasen {path} innehåller tabeller som Samverkan inte skapat; den har lämnats orörd."
    )
    # Untouched as it says: not switched to WAL (its header rewritten), no files beside it.
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_a_locked_database_gives_a_clear_message(sqlite_url: str) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    db = open_database(sqlite_url)
    blocker = sqlite3.connect(path, isolation_level=None, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        db.engine.dispose()
        from samverkan_desktop import db as db_module

        original = db_module.SQLITE_BUSY_TIMEOUT_MS
        db_module.SQLITE_BUSY_TIMEOUT_MS = 100
        try:
            with pytest.raises(DatabaseLockedError) as locked, db.session() as session:
                contacts.create_organisation(session, contacts.OrganisationInput(name="X"))
        finally:
            db_module.SQLITE_BUSY_TIMEOUT_MS = original
        # What to do, and that nothing typed is lost: the same change can be made again.
        assert locked.value.message == (
            "Databasen är upptagen av en annan dator – försök igen. Inget sparades; det du "
            "skrev finns kvar. Förblir den upptagen, stäng andra program som har databasfilen "
            "öppen."
        )
        blocker.execute("ROLLBACK")
        with db.session() as session:
            contacts.create_organisation(session, contacts.OrganisationInput(name="X"))
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
        db.dispose()
