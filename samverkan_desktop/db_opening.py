"""Before a database is used: its SQLite file is one of ours, its schema version is one this
program knows, and an older one is upgraded to head (after a backup of the file)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from samverkan_desktop import schema_versions, sqlite_files
from samverkan_desktop.db_translation import (
    cannot_open_error,
    damaged_error,
    is_locked,
    is_read_only,
)
from samverkan_desktop.errors import NotSamverkanDatabaseError, not_samverkan_file
from samverkan_desktop.i18n import _
from samverkan_desktop.paths import MIGRATIONS_DIR

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database. One that has backups of its own was ours:
    a wrecked header, or a file emptied (zeros, or nothing at all: a crash, a sync tool, a
    printout written over it), is then damage, answered with the offer of a backup, never
    with "not ours" nor, for an empty file, with a fresh database in its place."""
    if sqlite_files.is_open(path):
        return  # open here: SQLite's, and a read of our own would drop SQLite's locks
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return  # a new database
    except OSError as error:  # a folder, a name too long, a file we may not read: say so
        from samverkan_desktop.os_errors import reason

        raise cannot_open_error(path, reason(error)) from error
    if header == SQLITE_HEADER:
        _refuse_foreign_tables(path)
        return
    from samverkan_desktop import backup

    if backup.list_backups(path):
        raise damaged_error()
    if header:
        raise not_samverkan_file(path)


def _refuse_foreign_tables(path: Path) -> None:
    """An SQLite file with tables but no schema version of ours is refused before the engine
    opens it: its connections set WAL (db._sqlite_pragmas), which rewrites the file's header
    and leaves -wal and -shm files beside it, though the message says it was left untouched.
    Read-only; a file this read cannot judge is left to current_revisions."""
    import sqlite3

    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except (sqlite3.Error, OSError, ValueError):
        return
    if tables and "alembic_version" not in tables:
        raise foreign_tables_error(str(path))


def foreign_tables_error(database: str | None) -> NotSamverkanDatabaseError:
    """The window's message names the database whole on a line of its own (inside the sentence
    a path broke at a "/"); the command line's keeps it in one line."""
    return NotSamverkanDatabaseError(
        _(
            "This database holds tables that Samverkan did not create:\n{database}\n\n"
            "It was left untouched."
        ).format(database=database),
        command_line=_(
            "The database {database} holds tables that Samverkan did not create; it was left "
            "untouched."
        ).format(database=database),
    )


def _alembic_config(connection: Any | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script_revisions() -> tuple[frozenset[str], frozenset[str]]:
    return schema_versions.script_revisions(_alembic_revisions)


def _alembic_revisions() -> tuple[frozenset[str], frozenset[str]]:
    return schema_versions.alembic_revisions()


head_revisions = schema_versions.head_revisions
known_revisions = schema_versions.known_revisions


def current_revisions(engine: Engine) -> set[str]:
    """The schema version(s) stored in the database, empty for an empty database.

    Raises NotSamverkanDatabaseError for a database that holds tables but no version of ours.
    """
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" in tables:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            return set(rows)
    if tables:
        url = engine.url
        named = url.database if url.get_backend_name() == "sqlite" else url.render_as_string()
        raise foreign_tables_error(named)
    return set()


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "heads")


def _backup_before_migration(database: str | None) -> Path | None:
    # A migration changes the schema in place; keep the version that worked. No backup, no
    # migration: the error (e.g. a full disk) is shown and the database stays as it was.
    from samverkan_desktop import backup

    if database in (None, "", ":memory:"):
        return None
    return backup.backup_before_migration(Path(database))  # type: ignore[arg-type]


def _migrate(engine: Engine, parsed: URL, revisions: set[str]) -> None:
    """Upgrade to head, after a backup (SQLite). A migration that fails says so, with the backup
    and the state it left; not "damaged" (the file is sound), not the driver's words. A lock
    or a read-only file kept the upgrade from starting: their own messages say what to do."""
    kept = None
    if revisions and parsed.get_backend_name() == "sqlite":
        kept = _backup_before_migration(parsed.database)
    log.info("Migrating %s from %s to head", parsed.render_as_string(), revisions)
    try:
        upgrade(engine)
    except Exception as error:
        if isinstance(error, sa_exc.DatabaseError) and (is_read_only(error) or is_locked(error)):
            raise  # open_database's own words
        from samverkan_desktop import migration_failure

        raise migration_failure.failed(error, engine, parsed, revisions, kept) from error
