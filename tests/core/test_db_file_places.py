"""A database address whose file cannot be there (a file in the path, a name too long, a
read-only disk): one Swedish line naming the file, from the window's start and the command
line alike; it was an OSError's "unexpected error" or SQLite's English."""

from __future__ import annotations

import sqlite3
import sqlite3.dbapi2
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.errors import DatabaseError
from tests.core.test_cli import run_cli


def test_a_path_through_a_file_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Minnesanteckningar\n")
    database = notes / "samverkan.sqlite3"
    code, out, err = run_cli(capsys, "--db", f"sqlite:///{database}", "demo")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Databasen {database} kan inte öppnas: en del av sökvägen är en fil, inte en mapp.\n"
    )
    assert notes.read_text() == "Minnesanteckningar\n"


def test_a_name_too_long_is_refused_in_swedish(tmp_path: Path) -> None:
    database = tmp_path / ("protokoll" * 40 + ".sqlite3")
    with pytest.raises(DatabaseError) as refused:
        open_database(f"sqlite:///{database}")
    assert refused.value.message == f"Databasen {database} kan inte öppnas: namnet är för långt."


def test_a_file_sqlite_cannot_create_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a read-only disk (the tests run as root, where a read-only folder is written).
    database = tmp_path / "samverkan.sqlite3"
    connect = sqlite3.connect

    def read_only_disk(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(target) == str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3.dbapi2, "connect", read_only_disk)  # SQLAlchemy's
    with pytest.raises(DatabaseError) as refused:
        open_database(f"sqlite:///{database}")
    assert refused.value.message == (
        f"Databasen {database} kan inte öppnas: filen kan inte öppnas eller skapas där."
    )
