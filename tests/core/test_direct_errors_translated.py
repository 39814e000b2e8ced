"""A direct unit of work (Database.direct: the reception's lend and return) gives the driver's
errors in the same Swedish sentences as a Session does, the driver's words as the details: not
sqlite3's or psycopg's own English (a traceback to the user, or "Något gick fel: division by
zero"). Each error is the driver's own, made for real."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import DatabaseCorruptError, DatabaseError
from tests.core.test_db_problem_words import UNEXPECTED


def _data_error(db: Database) -> None:
    """A statement the database cannot carry out with the value it was given."""
    with db.direct() as unit:
        if db.is_sqlite:
            unit.driver.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 10)  # a text longer than allowed
            try:
                unit.driver.execute("SELECT ?", ("x" * 100,))
            finally:
                unit.driver.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000_000)
        else:
            unit.driver.execute("SELECT 1 / 0")


def test_a_driver_error_in_a_direct_unit_is_a_swedish_sentence_with_details(
    db: Database,
) -> None:
    with pytest.raises(DatabaseError) as failed:
        _data_error(db)
    assert failed.value.message == UNEXPECTED
    said = "string or blob too big" if db.is_sqlite else "division by zero"
    assert said in (failed.value.details or "")  # for whoever helps, not in the message
    with db.direct() as unit:  # the connection is still fit for the next unit
        assert unit.driver.execute("SELECT 2").fetchall() == [(2,)]


def test_a_file_damaged_under_a_kept_direct_connection_says_it_is_damaged(
    sqlite_url: str,
) -> None:
    """The unit before kept its connection (no new connect, whose pragmas would find the
    damage first): the damage shows in the next unit's own statements."""
    db = open_database(sqlite_url)
    try:
        with db.direct() as unit:
            unit.driver.execute("SELECT count(*) FROM people").fetchall()
        Path(sqlite_url.removeprefix("sqlite:///")).write_bytes(b"\0" * 8192)
        with pytest.raises(DatabaseCorruptError) as damaged, db.direct() as unit:
            unit.driver.execute("SELECT count(*) FROM people").fetchall()
        assert damaged.value.message == (
            "Databasfilen är skadad. Inget har ändrats; återställ den från en säkerhetskopia."
        )
    finally:
        db.dispose()
