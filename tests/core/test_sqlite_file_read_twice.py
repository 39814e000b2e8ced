"""A database file this program has open is never read behind SQLite's back. Closing any
descriptor of a file drops all of the process's POSIX locks on it, SQLite's too: the header
check of a second ``open_database`` (or of an ``--out`` named like the database) let another
program, closing its last connection, take the database for unused and delete its write-ahead
log under this one, and this desk's next write found the database "malformed"."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from samverkan_desktop import output_files
from samverkan_desktop.db import open_database
from samverkan_desktop.services import contacts
from tests.core.database_rules import rows

OTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT count(*) FROM organisations').fetchall()\n"
    "c.close()\n"
)


def _open_again(url: str) -> None:
    open_database(url).dispose()


def _is_out_a_database(url: str) -> None:
    assert output_files.is_sqlite_file(Path(url.removeprefix("sqlite:///")))


@pytest.mark.parametrize("look", [_open_again, _is_out_a_database])
def test_a_look_at_the_open_file_keeps_its_log_from_another_program(
    sqlite_url: str, look: Callable[[str], None]
) -> None:
    path = sqlite_url.removeprefix("sqlite:///")
    db = open_database(sqlite_url)
    try:
        with db.session() as s:
            contacts.create_organisation(s, contacts.OrganisationInput("SL"))
        look(sqlite_url)
        # Another program opens and closes the file: it must see this desk's connections.
        subprocess.run([sys.executable, "-c", OTHER_PROGRAM, path], check=True)
        assert Path(path + "-wal").exists()
        with db.session() as s:
            contacts.create_organisation(s, contacts.OrganisationInput("MTR"))
        assert rows(db, "SELECT name FROM organisations ORDER BY name") == [
            {"name": "MTR"},
            {"name": "SL"},
        ]
    finally:
        db.dispose()
