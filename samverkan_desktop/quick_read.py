"""A read-only look into a current SQLite database without SQLAlchemy.

For the few reads that decide how fast the program *feels*: the window's first view and a
printout from the command line. Importing SQLAlchemy, declaring the models and configuring
their mappers costs over a second; Python's own sqlite3 answers in milliseconds. Anything
unusual (PostgreSQL, a missing or damaged file, a schema that is not this program's newest)
returns None, and the caller takes the full road, which explains or migrates.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote, unquote

from samverkan_desktop.schema_versions import head_revisions

SQLITE_PREFIX = "sqlite:///"


def sqlite_path(url: str) -> Path | None:
    """The file behind a plain ``sqlite:///path`` address, else None (memory, options, servers)."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    path = unquote(url.removeprefix(SQLITE_PREFIX))  # "%20" is a space, as SQLAlchemy reads it
    return Path(path) if path and path != ":memory:" else None


def open_current(url: str) -> sqlite3.Connection | None:
    """A read-only connection to the SQLite database at ``url`` if its schema is the newest this
    program knows; None otherwise (never raises, never creates or changes a file)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        stored = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        conn.close()
        return None
    if stored != head_revisions():
        conn.close()
        return None
    return conn
