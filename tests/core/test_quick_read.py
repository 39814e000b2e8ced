"""The read-only look into SQLite used before SQLAlchemy is loaded: it answers only for a
current Samverkan database and never creates, changes or half-opens anything."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop import quick_read
from samverkan_desktop.schema_versions import head_revisions


def test_a_current_database_is_opened_read_only(sqlite_url: str) -> None:
    conn = quick_read.open_current(sqlite_url)
    assert conn is not None
    assert {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")} == (
        head_revisions()
    )
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM alembic_version")
    conn.close()


def test_an_older_schema_takes_the_full_road(sqlite_url: str) -> None:
    path = quick_read.sqlite_path(sqlite_url)
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009_loan_indexes'")
    assert quick_read.open_current(sqlite_url) is None


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_missing_damaged_or_foreign_files_are_left_to_the_full_road(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "x.sqlite3"
    assert quick_read.open_current(f"sqlite:///{path}") is None
    assert not path.exists()  # not created
    path.write_bytes(content)
    assert quick_read.open_current(f"sqlite:///{path}") is None
    assert path.read_bytes() == content  # untouched


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://u@localhost/x", "sqlite://", "sqlite:///:memory:", "sqlite:///a?x=1"],
)
def test_other_addresses_are_not_ours_to_read(url: str) -> None:
    assert quick_read.open_current(url) is None


def test_an_address_with_escapes_names_the_file_sqlalchemy_opens(tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    folder = tmp_path / "Trygghet 2026 (100%)"
    folder.mkdir()
    url = f"sqlite:///{folder}/s%C3%A4kerhet%20db.sqlite3".replace("(100%)", "(100%25)")
    path = quick_read.sqlite_path(url)
    assert path == Path(str(make_url(url).database))
    assert path == folder / "säkerhet db.sqlite3"


def test_a_data_folder_with_a_percent_sign_still_holds_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    from samverkan_desktop import paths

    home = tmp_path / "Kvot 100%20"
    monkeypatch.setenv("SAMVERKAN_HOME", str(home))
    monkeypatch.delenv("SAMVERKAN_DB", raising=False)
    url = paths.default_database_url()
    assert quick_read.sqlite_path(url) == home / "samverkan.sqlite3"
    assert make_url(url).database == str(home / "samverkan.sqlite3")
