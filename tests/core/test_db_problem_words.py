"""The database's errors in a Swedish sentence naming the problem and what to do, never the
driver's English as the message ("Databasen rapporterade ett fel: near "s": syntax error"): a
full disk, a table missing (another version's database, or damaged), anything else. The driver's
words are kept as the details (the command line's "Detaljer:" line, the window's "Detaljer").
Each error is made for real: SQLite's page limit fills the file, a table is dropped from a copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import DatabaseError
from samverkan_desktop.services import contacts
from tests.core.database_rules import sql
from tests.core.test_cli import run_cli

UNEXPECTED = (
    "Databasen kunde inte utföra arbetet på grund av ett oväntat fel, så inget sparades. Försök "
    "igen; händer det igen, ge detaljerna nedan till den som ger stöd för Samverkan."
)


def _typo(session: Session) -> None:
    session.execute(text("SELEC s FROM people"))  # a statement the database cannot read


def test_any_other_error_is_a_swedish_sentence_with_the_driver_words_as_details(
    db: Database,
) -> None:
    with pytest.raises(DatabaseError) as failed:
        db.call(_typo)
    assert failed.value.message == UNEXPECTED
    assert "SELEC" in (failed.value.details or "")  # for whoever helps, not in the message


def _fill_the_file(session: Session) -> None:
    # SQLite refuses to grow the file past max_page_count with SQLITE_FULL, as on a full disk.
    session.execute(text("PRAGMA max_page_count = 1"))  # never below the file's size: its size
    for number in range(2000):
        contacts.create_organisation(
            session, contacts.OrganisationInput(name=f"Förening {number} " + "x" * 150)
        )
        session.flush()


def test_a_full_disk_names_the_folder_to_free_space_in(sqlite_db: Database) -> None:
    folder = Path(sqlite_db.url.removeprefix("sqlite:///")).resolve().parent
    with pytest.raises(DatabaseError) as full:
        sqlite_db.call(_fill_the_file)
    assert full.value.message == (
        "Disken där databasen ligger är full, så inget sparades. Frigör utrymme i "
        f"{folder} (flytta eller ta bort filer du inte behöver där) och försök sedan igen."
    )
    assert "database or disk is full" in (full.value.details or "")
    sqlite_db.engine.dispose()  # the page limit was the connection's own
    assert not sqlite_db.call(contacts.list_organisations, search="Förening")


def _drop_table(db: Database, table: str) -> None:
    if db.is_sqlite:  # as an older or damaged file lacks it
        with sqlite3.connect(db.url.removeprefix("sqlite:///")) as conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute(f"DROP TABLE {table}")
    else:
        sql(db, f"DROP TABLE {table} CASCADE")


def _named_and_said(db_url: str, table: str) -> tuple[str, str]:
    """The database as the message names it, the driver's words for ``table`` missing."""
    if db_url.startswith("sqlite"):
        named = str(Path(db_url.removeprefix("sqlite:///")).resolve())
        return named, f"sqlite3.OperationalError: no such table: {table}"
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    said = f'psycopg.errors.UndefinedTable: relation "{table}" does not exist'
    return f"{url.database} på {url.host}:{url.port}", said


LACKS = (
    "Databasen {named} saknar en tabell eller kolumn som den här versionen av Samverkan "
    "använder: den har gjorts av en annan version av programmet, eller så är den skadad. "
    "{saved}Öppna den med den version av Samverkan som gjorde den, eller återställ en "
    "säkerhetskopia."
)


def test_a_missing_table_says_the_database_is_another_version_or_damaged(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list only read: no "Inget sparades" (the Overview said it of a save never asked for)."""
    db = open_database(db_url)
    _drop_table(db, "organisations")
    db.dispose()
    named, said = _named_and_said(db_url, "organisations")
    code, out, err = run_cli(capsys, "--db", db_url, "contacts", "organisations")
    assert (code, out) == (1, "")
    first, second = err.splitlines()[:2]
    assert first == "Fel: " + LACKS.format(named=named, saved="")
    assert second.startswith(f"Detaljer: {said}")


def test_a_missing_table_met_while_saving_says_nothing_was_saved(db_url: str) -> None:
    db = open_database(db_url)
    _drop_table(db, "audit_log")  # an older database: each save writes its audit row there
    named, said = _named_and_said(db_url, "audit_log")
    new = contacts.OrganisationInput(name="Föreningen Trygga gator")
    with pytest.raises(DatabaseError) as failed:
        db.call(contacts.create_organisation, new)
    assert failed.value.message == LACKS.format(named=named, saved="Inget sparades. ")
    assert (failed.value.details or "").startswith(said)
    assert not db.call(contacts.list_organisations, search="Trygga")
    db.dispose()
