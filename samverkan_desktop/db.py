"""Opening a database: engine settings, safety checks, automatic migration, sessions.

A database that is locked, damaged, not ours or newer than this program is refused with a clear
message; it is never overwritten or "repaired" silently. The checks and the upgrade before use
are in db_opening, the driver's errors in the user's words in db_translation; their public names
are importable from here as well.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm import exc as orm_exc

from samverkan_desktop import (
    audit_trail,
    changes,
    db_problems,
    direct_sql,
    sqlite_files,
    unit_writes,
)
from samverkan_desktop.announcer import Announcer
from samverkan_desktop.db_opening import (
    SQLITE_HEADER,
    _alembic_config,
    _alembic_revisions,
    _check_sqlite_file,
    _migrate,
    _script_revisions,
    current_revisions,
    head_revisions,
    known_revisions,
    upgrade,
)
from samverkan_desktop.db_translation import (
    DAMAGE_WORDS,
    INSUFFICIENT_PRIVILEGE,
    READ_ONLY_SQL_TRANSACTION,
    cannot_open_error,
    damaged_error,
    is_damage,
    is_locked,
    is_permission_denied,
    is_read_only,
    permission_denied_error,
    read_only_error,
    read_only_server_error,
    stale_record_error,
    translate_error,
    translate_operational_error,
)
from samverkan_desktop.direct_connections import DirectConnections, DroppedConnection
from samverkan_desktop.errors import DatabaseError, DatabaseLockedError, SchemaTooNewError
from samverkan_desktop.i18n import _

__all__ = [  # what callers import from here, though it lives in db_opening or db_translation
    "DAMAGE_WORDS",
    "INSUFFICIENT_PRIVILEGE",
    "READ_ONLY_SQL_TRANSACTION",
    "SQLITE_HEADER",
    "Database",
    "_alembic_config",
    "_alembic_revisions",
    "_script_revisions",
    "cannot_open_error",
    "current_revisions",
    "damaged_error",
    "head_revisions",
    "is_damage",
    "is_locked",
    "is_permission_denied",
    "is_read_only",
    "known_revisions",
    "make_engine",
    "open_database",
    "permission_denied_error",
    "read_only_error",
    "read_only_server_error",
    "stale_record_error",
    "translate_error",
    "translate_operational_error",
    "upgrade",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL + synchronous=FULL: a commit the UI has confirmed survives a killed process.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    # SQLite's own lower()/upper() fold ASCII only: "Åsa" and "åsa" would count as different
    # names. Python's folding matches PostgreSQL's for Swedish letters.
    dbapi_connection.create_function("lower", 1, _fold(str.lower), deterministic=True)
    dbapi_connection.create_function("upper", 1, _fold(str.upper), deterministic=True)


def _fold(method: Any) -> Any:
    def fold(value: Any) -> Any:
        return method(value) if isinstance(value, str) else value

    return fold


# A Session's connection option: its SQLite transaction begins as the writer (Database.session).
WRITER_OPTION = "samverkan_writer"


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is disabled (isolation_level=None); begin explicitly
    # so SAVEPOINT and transactional DDL work as documented by SQLAlchemy. A writer's BEGIN
    # IMMEDIATE takes the write lock now, waiting (busy_timeout) for another desk's to end.
    writer = conn.get_execution_options().get(WRITER_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            database = Path(parsed.database)
            try:
                database.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:  # a file in the path, a read-only disk: not an OSError
                from samverkan_desktop.os_errors import reason

                raise cannot_open_error(database, reason(error)) from error
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An opened, migrated database and its session factory."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        # Counted as open until disposed (or collected undisposed): see sqlite_files.
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._closed = weakref.finalize(
            self,
            sqlite_files.closed,
            sqlite_files.opened(Path(database)) if database not in (None, "", ":memory:") else None,
        )
        # Tells this program's changes from another desk's (audit rows, change notifications).
        self.client_id = changes.new_client_id()
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={"client_id": self.client_id}
        )
        audit_trail.install(self._sessions)
        unit_writes.install(engine, self._sessions)
        changes.install(self._sessions)
        self._direct = DirectConnections(engine)
        # PostgreSQL: the direct units' change notifications, sent from a thread of their own.
        self.announcer: Announcer | None = (
            None if engine.dialect.name == "sqlite" else Announcer(engine, self.client_id)
        )

    @property
    def is_open(self) -> bool:
        """Always: a Database is opened when made. ui.fast_start's stand-in, which opens at its
        first use, answers False until then; a caller asks before work that would open it."""
        return True

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        ``write``, for a unit that reads and then writes (SQLite): it takes the write lock
        first, waiting its turn behind another desk's, so nothing it read can change before
        it writes. Begun as a reader it would fail at once, "locked", when another desk
        wrote meanwhile: WAL lets a reader never wait, and a reader cannot become a writer
        after someone else's write. (``call`` finds this out by itself.)"""
        session = self._sessions()
        try:
            if write and self.is_sqlite:
                session.connection(execution_options={WRITER_OPTION: True})
            yield session
            session.commit()
        except orm_exc.StaleDataError as error:
            # A versioned record (VersionedMixin) was saved by another desk meanwhile.
            session.rollback()
            raise stale_record_error() from error
        except sa_exc.DBAPIError as error:
            # Worded for a read (the Overview, a reception desk's groups) only where the unit
            # has written nothing and holds nothing to write: a save is told nothing was saved.
            reading = not write and unit_writes.only_read(session, error.statement)
            session.rollback()
            raise translate_error(
                error, self.url, self.engine.dialect.loaded_dbapi, reading=reading
            ) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def direct(
        self, *, fresh: bool = False, autocommit: bool = False
    ) -> Iterator[direct_sql.DirectUnit]:
        """One unit of work on a pooled DBAPI connection, without a Session (see direct_sql):
        committed when the block ends, rolled back on any error; the driver's errors become
        the same DatabaseErrors as a Session's. ``fresh``: a connection checked out (and on
        PostgreSQL pinged) now, not one kept from the previous unit. ``autocommit``
        (PostgreSQL): each statement commits as it runs (direct_sql.direct's autocommit)."""
        dbapi = self.engine.dialect.loaded_dbapi
        try:
            pooled, kept = self._direct.take(fresh)
        except (sa_exc.DBAPIError, dbapi.Error) as error:
            # The connect hook's own statements (pragmas) raise the driver's error unwrapped.
            raise translate_error(error, self.url, dbapi) from error
        unit = direct_sql.DirectUnit(
            pooled.driver_connection,
            self.engine.dialect,
            self.client_id,
            autocommit,
            self.announcer.announce if self.announcer is not None else None,
            self._direct.cursor(pooled),
        )
        healthy = True
        try:
            unit.begin()
            yield unit
            unit.commit()
        except BaseException as error:
            try:
                unit.rollback()
            except dbapi.Error:
                healthy = False  # a broken connection is not used again
            if isinstance(error, dbapi.OperationalError):
                healthy = healthy and not getattr(pooled.driver_connection, "broken", False)
                if kept and not healthy and unit.retryable:
                    # A kept connection the server dropped meanwhile (restart): nothing was
                    # done, so the caller may run the unit again on a fresh one.
                    raise DroppedConnection from error
            if isinstance(error, dbapi.Error):  # the same words as a Session's (translate_error)
                raise translate_error(error, self.url, dbapi) from error
            raise
        finally:
            self._direct.give_back(pooled, healthy and unit.end())

    def call(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run one service function in its own unit of work: ``db.call(list_groups, search="x")``.

        This is how the window and the command line reach the services without handling sessions.
        A service marked ``direct_sql.direct(fast)`` (the reception's lend) runs ``fast`` on the
        driver's connection instead: the same work in a fraction of the time.
        """
        fast = direct_sql.direct_function(function)
        if fast is not None:
            autocommit = direct_sql.autocommits(fast)
            try:
                with self.direct(autocommit=autocommit) as unit:
                    return fast(unit, *args, **kwargs)  # type: ignore[no-any-return]
            except DroppedConnection:
                with self.direct(fresh=True, autocommit=autocommit) as unit:
                    return fast(unit, *args, **kwargs)  # type: ignore[no-any-return]
        if not self.is_sqlite:
            return self._in_session(False, function, *args, **kwargs)
        began = time.monotonic()
        try:
            return self._in_session(False, function, *args, **kwargs)
        except DatabaseLockedError:
            # Begun as a reader (most units only read, and readers never wait): another desk
            # wrote before this one's first write. Nothing was saved, so the unit runs again
            # from the start as the writer, after the other desk's turn; unless it already
            # waited the whole busy timeout.
            if time.monotonic() - began >= SQLITE_BUSY_TIMEOUT_MS / 1000:
                raise
            log.info("SQLite busy in %s; running it again as the writer", function)
        return self._in_session(True, function, *args, **kwargs)

    def _in_session(
        self, write: bool, function: Callable[..., T], /, *args: Any, **kwargs: Any
    ) -> T:
        with self.session(write=write) as session:
            return function(session, *args, **kwargs)

    def dispose(self) -> None:
        if self.announcer is not None:
            self.announcer.close()  # what is pending goes out first
        self._direct.close()
        self.engine.dispose()
        self._closed()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and if needed create and migrate) the database at ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(parsed.database))
    try:
        engine = make_engine(url)
    except (sa_exc.ArgumentError, ImportError) as error:
        raise DatabaseError(_("Invalid database address: {url}").format(url=url)) from error
    try:
        revisions = current_revisions(engine)
        if revisions - known_revisions():
            raise SchemaTooNewError(
                _(
                    "The database was saved by a newer version of Samverkan. "
                    "Update the program; the database was left untouched."
                )
            )
        if migrate and revisions != head_revisions():
            _migrate(engine, parsed, revisions)
    except sa_exc.OperationalError as error:
        engine.dispose()
        if is_locked(error) and parsed.get_backend_name() == "sqlite":
            # At start nothing was typed nor saved: the busy message of a unit of work says so.
            raise db_problems.locked_at_start_error(Path(parsed.database or "")) from error
        raise translate_operational_error(error, url) from error
    except sa_exc.DatabaseError as error:
        engine.dispose()
        if parsed.get_backend_name() == "sqlite":
            raise damaged_error() from error
        raise translate_operational_error(error, url) from error  # e.g. a server that only reads
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)
